import { EntityManager, LessThan, LessThanOrEqual, MoreThan } from 'typeorm';
import { LoginThrottle } from './login-throttle.entity';

export interface RateLimit {
  windowMs: number;
  max: number;
}

/**
 * Counts one request under `key` (the login throttle's table, each caller with its own key
 * prefix) in the caller's transaction: true while the window has room, false when it is full.
 * Every step is one conditional statement, so concurrent requests on PostgreSQL cannot both take
 * the last place, and every instance shares the count.
 */
export async function countRequest(
  m: EntityManager,
  key: string,
  limit: RateLimit,
  now: Date,
): Promise<boolean> {
  // A first request makes the row and counts on the second pass.
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await tryCount(m, key.slice(0, 300), limit, now);
    if (result !== 'retry') return result;
  }
  return false;
}

async function tryCount(
  m: EntityManager,
  key: string,
  limit: RateLimit,
  now: Date,
): Promise<boolean | 'retry'> {
  const repo = m.getRepository(LoginThrottle);
  const windowStart = new Date(now.getTime() - limit.windowMs);
  const counted = await repo.update(
    { key, windowStartedAt: MoreThan(windowStart), failures: LessThan(limit.max) },
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
