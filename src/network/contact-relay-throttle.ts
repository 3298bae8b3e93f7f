import { EntityManager } from 'typeorm';
import { countRequest } from '../accounts/rate-limit';

/** At most this many relay messages per user in each window. */
export const RELAY_LIMITS = [
  { name: 'hour', windowMs: 3600_000, max: 5 },
  { name: 'day', windowMs: 86_400_000, max: 20 },
] as const;

/** The throttle row of one user and window (the login throttle's table, its own key space). */
export function relayThrottleKey(userId: number, window: string): string {
  return `network-relay:${userId}:${window}`;
}

/**
 * Counts one relay message of `userId` in every window, in the caller's transaction. Returns
 * false when a window is full: the caller throws so the transaction, and the counts already
 * made in it, roll back and nothing is sent.
 */
export async function countRelayMessage(
  m: EntityManager,
  userId: number,
  now: Date,
): Promise<boolean> {
  for (const limit of RELAY_LIMITS)
    if (!(await countRequest(m, relayThrottleKey(userId, limit.name), limit, now))) return false;
  return true;
}
