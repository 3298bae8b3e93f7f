import { createHmac, timingSafeEqual } from 'node:crypto';

/** TOTP (RFC 6238) with HMAC-SHA1, 30-second steps. */
export const TOTP_STEP_SECONDS = 30;

export function timeStep(now: Date | number): number {
  const ms = typeof now === 'number' ? now : now.getTime();
  return Math.floor(ms / 1000 / TOTP_STEP_SECONDS);
}

/** HOTP (RFC 4226) for one counter value. */
export function hotp(secret: Buffer, counter: number, digits = 6): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac('sha1', secret).update(message).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const binary =
    ((hmac[offset] & 0x7f) << 24) |
    (hmac[offset + 1] << 16) |
    (hmac[offset + 2] << 8) |
    hmac[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function totp(secret: Buffer, now: Date | number, digits = 6): string {
  return hotp(secret, timeStep(now), digits);
}

/**
 * The time step a code belongs to, within ±`window` steps of now, or null. The caller refuses
 * a step at or before the last one used (replay).
 */
export function matchingStep(
  secret: Buffer,
  code: string,
  now: Date | number,
  window = 1,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = timeStep(now);
  for (let delta = -window; delta <= window; delta++) {
    const candidate = hotp(secret, current + delta);
    if (timingSafeEqual(Buffer.from(candidate), Buffer.from(code))) return current + delta;
  }
  return null;
}
