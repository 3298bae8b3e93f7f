import { Injectable } from '@nestjs/common';
import { countRequest } from '../accounts/rate-limit';
import { TransactionRunner } from '../database/transaction-runner';
import { NewsletterError, NewsletterErrorCode } from './newsletter.error';

export const SUBSCRIBE_WINDOW_MS = 3600_000;
export const MAX_SUBSCRIBES_PER_ADDRESS = 10;

/** The throttle row of one client address (the login throttle's table, its own key space). */
export function subscribeThrottleKey(ip: string): string {
  return `jepzine:${ip}`;
}

/** At most MAX_SUBSCRIBES_PER_ADDRESS subscribe requests per client address per hour. */
@Injectable()
export class SubscribeThrottleService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Counts one request from `ip`, or throws Throttled when its hour is full. */
  async hit(ip: string, now = new Date()): Promise<void> {
    const allowed = await this.tx.run((m) =>
      countRequest(
        m,
        subscribeThrottleKey(ip),
        { windowMs: SUBSCRIBE_WINDOW_MS, max: MAX_SUBSCRIBES_PER_ADDRESS },
        now,
      ),
    );
    if (!allowed) throw new NewsletterError(NewsletterErrorCode.Throttled);
  }
}
