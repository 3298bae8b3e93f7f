import { NotFoundException } from '@nestjs/common';

/** An id from the URL: anything but a positive whole number is simply not found. */
export function parseId(value: string): number {
  const n = Number(value);
  if (!/^\d{1,12}$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new NotFoundException();
  return n;
}
