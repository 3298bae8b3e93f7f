import { Injectable } from '@nestjs/common';
import { EntityManager, LessThan, LessThanOrEqual, MoreThan } from 'typeorm';
import { LoginThrottle } from '../accounts/login-throttle.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { NewsletterError, NewsletterErrorCode } from './newsletter.error';

export const SUBSCRIBE_WINDOW_MS = 3600_000;
export const MAX_SUBSCRIBES_PER_ADDRESS = 10;

/** The throttle row of one client address (the login throttle's table, its own key space). */
export function subscribeThrottleKey(ip: string): string {
  return `jepzine:${ip}`.slice(0, 300);
}

/**
 * At most MAX_SUBSCRIBES_PER_ADDRESS subscribe requests per client address per hour, counted in
 * the database so every instance shares the count. Each step is one conditional statement, so
 * concurrent requests on PostgreSQL cannot both take the last place.
 */
@Injectable()
export class SubscribeThrottleService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Counts one request from `ip`, or throws Throttled when its hour is full. */
  async hit(ip: string, now = new Date()): Promise<void> {
    const key = subscribeThrottleKey(ip);
    const allowed = await this.tx.run(async (m) => {
      // A first request makes the row and counts on the second pass.
      for (let attempt = 0; attempt < 2; attempt++) {
        const result = await this.tryHit(m, key, now);
        if (result !== 'retry') return result;
      }
      return false;
    });
    if (!allowed) throw new NewsletterError(NewsletterErrorCode.Throttled);
  }

  private async tryHit(m: EntityManager, key: string, now: Date): Promise<boolean | 'retry'> {
    const repo = m.getRepository(LoginThrottle);
    const windowStart = new Date(now.getTime() - SUBSCRIBE_WINDOW_MS);
    const counted = await repo.update(
      {
        key,
        windowStartedAt: MoreThan(windowStart),
        failures: LessThan(MAX_SUBSCRIBES_PER_ADDRESS),
      },
      { failures: () => 'failures + 1' },
    );
    if (counted.affected) return true;
    const restarted = await repo.update(
      { key, windowStartedAt: LessThanOrEqual(windowStart) },
      { failures: 1, windowStartedAt: now, lockedUntil: null },
    );
    if (restarted.affected) return true;
    if (await repo.existsBy({ key })) return false;
    // A first request from this address: an empty row, then count it like any other.
    await m
      .createQueryBuilder()
      .insert()
      .into(LoginThrottle)
      .values({ key, failures: 0, windowStartedAt: now, lockedUntil: null })
      .orIgnore()
      .execute();
    return 'retry';
  }
}
