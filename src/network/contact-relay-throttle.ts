import { EntityManager, LessThan, LessThanOrEqual, MoreThan } from 'typeorm';
import { LoginThrottle } from '../accounts/login-throttle.entity';

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
 * made in it, roll back and nothing is sent. Each step is one conditional statement, so
 * concurrent requests on PostgreSQL cannot both take the last place.
 */
export async function countRelayMessage(
  m: EntityManager,
  userId: number,
  now: Date,
): Promise<boolean> {
  for (const limit of RELAY_LIMITS) {
    const key = relayThrottleKey(userId, limit.name);
    let result: boolean | 'retry' = 'retry';
    // A first message makes the row and counts on the second pass.
    for (let attempt = 0; attempt < 2 && result === 'retry'; attempt++)
      result = await tryCount(m, key, limit.windowMs, limit.max, now);
    if (result !== true) return false;
  }
  return true;
}

async function tryCount(
  m: EntityManager,
  key: string,
  windowMs: number,
  max: number,
  now: Date,
): Promise<boolean | 'retry'> {
  const repo = m.getRepository(LoginThrottle);
  const windowStart = new Date(now.getTime() - windowMs);
  const counted = await repo.update(
    { key, windowStartedAt: MoreThan(windowStart), failures: LessThan(max) },
    { failures: () => 'failures + 1' },
  );
  if (counted.affected) return true;
  const restarted = await repo.update(
    { key, windowStartedAt: LessThanOrEqual(windowStart) },
    { failures: 1, windowStartedAt: now, lockedUntil: null },
  );
  if (restarted.affected) return true;
  if (await repo.existsBy({ key })) return false;
  await m
    .createQueryBuilder()
    .insert()
    .into(LoginThrottle)
    .values({ key, failures: 0, windowStartedAt: now, lockedUntil: null })
    .orIgnore()
    .execute();
  return 'retry';
}
