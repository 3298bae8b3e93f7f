import { createHash, randomBytes } from 'node:crypto';

/**
 * The freshness rules of a listing, pure so the job, the pages and the SQL filters agree.
 *
 * - Twice a year (every FRESHNESS_INTERVAL_DAYS since the later of "confirmed" and "last
 *   freshness e-mail") its partners get an e-mail with a one-click "still correct" link.
 * - A listing not confirmed for a year is "mogelijk verouderd" (possibly outdated).
 */
export const FRESHNESS_INTERVAL_DAYS = 182;

const DAY_MS = 86_400_000;

/** A listing whose confirmation and last e-mail are both at or before this moment is due. */
export function freshnessDueCutoff(now: Date): Date {
  return new Date(now.getTime() - FRESHNESS_INTERVAL_DAYS * DAY_MS);
}

/** Is a freshness e-mail due for this listing now? */
export function isFreshnessDue(
  listing: { confirmedAt: Date; freshnessSentAt: Date | null },
  now: Date,
): boolean {
  const last = Math.max(listing.confirmedAt.getTime(), listing.freshnessSentAt?.getTime() ?? 0);
  return last <= freshnessDueCutoff(now).getTime();
}

/** The same moment one calendar year earlier (29 February → 1 March). */
export function outdatedCutoff(now: Date): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 1);
  return cutoff;
}

/** Not confirmed for a year (or more): shown as "mogelijk verouderd". */
export function isOutdated(confirmedAt: Date, now: Date = new Date()): boolean {
  return confirmedAt.getTime() <= outdatedCutoff(now).getTime();
}

/** A random secret for the "still correct" link: 32 bytes, base64url (43 characters). */
export function newFreshnessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the SHA-256 of the token is stored. */
export function hashFreshnessToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Only something shaped like one of our tokens is looked up at all. */
export function freshnessTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
