import { randomBytes } from 'node:crypto';
import { EntityManager, Like } from 'typeorm';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import type { TransactionRunner } from '../database/transaction-runner';
import { AdviceRequest } from './advice-request.entity';

/** `AV-2026-0042`: the year (Amsterdam) and a number counting up within it. */
export function formatReference(year: string, n: number): string {
  return `AV-${year}-${String(n).padStart(4, '0')}`;
}

/**
 * A placeholder for a visitor's request until its address is confirmed: unconfirmed requests
 * take no number, so the numbers in the queue follow each other.
 */
export function pendingReference(): string {
  return `U-${randomBytes(8).toString('hex')}`;
}

/** The next free reference of the year of `now`, read inside the caller's transaction. */
export async function nextReference(m: EntityManager, now: Date): Promise<string> {
  const year = toAmsterdamParts(now).date.slice(0, 4);
  const prefix = `AV-${year}-`;
  // Longest first, then highest: AV-2026-10000 comes after AV-2026-9999.
  const last = await m
    .getRepository(AdviceRequest)
    .createQueryBuilder('r')
    .select('r.reference', 'reference')
    .where({ reference: Like(`${prefix}%`) })
    .orderBy('LENGTH(r.reference)', 'DESC')
    .addOrderBy('r.reference', 'DESC')
    .limit(1)
    .getRawOne<{ reference: string }>();
  const n = last ? Number(last.reference.slice(prefix.length)) : 0;
  return formatReference(year, (Number.isSafeInteger(n) ? n : 0) + 1);
}

/** A unique index refused the row (two requests taking the same number at the same moment). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code ?? '';
  return code === '23505' || code.startsWith('SQLITE_CONSTRAINT');
}

/**
 * Runs `work` in a transaction with the next reference. On PostgreSQL two requests can read the
 * same last number; the unique index refuses the second, whose whole transaction then runs again.
 */
export async function withNextReference<T>(
  tx: TransactionRunner,
  now: Date,
  work: (m: EntityManager, reference: string) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await tx.run(async (m) => work(m, await nextReference(m, now)));
    } catch (error) {
      if (attempt >= 8 || !isUniqueViolation(error)) throw error;
    }
  }
}
