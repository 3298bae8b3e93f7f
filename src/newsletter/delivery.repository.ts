import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';

/** A claimed delivery with what is needed to send it. */
export interface ClaimedDelivery {
  id: number;
  issueId: number;
  subscriberId: number;
  /** Attempts including this one. */
  attempts: number;
  email: string;
  manageToken: string;
  locale: string;
  subscriberStatus: string;
}

/** Backoff after the n-th failed attempt: 30 s, 1 min, 2 min, … capped at 1 hour. */
export function deliveryRetryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3600_000);
}

const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * The delivery rows' state machine in SQL, for SQLite and PostgreSQL alike. Every change is
 * conditional on the row still being this worker's claim, so a worker that lost its claim
 * (lease expired, another took over) can never overwrite the other's result.
 */
@Injectable()
export class DeliveryRepository {
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(private readonly tx: TransactionRunner) {}

  /** A timestamp as a query parameter: TypeORM's own format on SQLite. */
  private time(date: Date): Date | string {
    return this.tx.isPostgres ? date : date.toISOString().replace('T', ' ').replace('Z', '');
  }

  /** Numbered ($1) or positional (?) parameters. */
  private params() {
    const values: unknown[] = [];
    const pg = this.tx.isPostgres;
    return {
      values,
      p: (value: unknown) => {
        values.push(value instanceof Date ? this.time(value) : value);
        return pg ? `$${values.length}` : '?';
      },
      list: (items: readonly unknown[]) =>
        items
          .map((item) => {
            values.push(item);
            return pg ? `$${values.length}` : '?';
          })
          .join(', '),
    };
  }

  private rows<T>(result: unknown): T[] {
    // PostgreSQL's UPDATE … RETURNING comes back as [rows, count] through TypeORM.
    if (Array.isArray(result) && Array.isArray(result[0])) return result[0] as T[];
    return (result as T[]) ?? [];
  }

  /**
   * Claims that a dead worker left: deliveries in `sending` whose lease ran out go back to the
   * queue, and each issue counts them as recovered in flight (they may have been accepted by the
   * SMTP server just before the crash, so they may arrive twice). Returns how many.
   */
  recoverStale(leaseMs: number, now = new Date()): Promise<number> {
    return this.tx.run(async (m) => {
      const q = this.params();
      const stale = this.rows<{ issue_id: number }>(
        await m.query(
          `UPDATE newsletter_deliveries
              SET status = 'queued', locked_by = NULL, locked_at = NULL, next_attempt_at = ${q.p(now)}
            WHERE id IN (SELECT id FROM newsletter_deliveries
                          WHERE status = 'sending' AND locked_at < ${q.p(new Date(now.getTime() - leaseMs))}
                          ${this.tx.isPostgres ? 'FOR UPDATE SKIP LOCKED' : ''})
            RETURNING issue_id`,
          q.values,
        ),
      );
      const perIssue = new Map<number, number>();
      for (const row of stale)
        perIssue.set(Number(row.issue_id), (perIssue.get(Number(row.issue_id)) ?? 0) + 1);
      for (const [issueId, count] of perIssue) {
        const u = this.params();
        await m.query(
          `UPDATE newsletter_issues SET recovered_in_flight = recovered_in_flight + ${u.p(count)}
            WHERE id = ${u.p(issueId)}`,
          u.values,
        );
      }
      return stale.length;
    });
  }

  /**
   * Claims up to `limit` due deliveries of issues that are sending; no delivery is ever claimed
   * by two workers (SKIP LOCKED on PostgreSQL; one writer at a time on SQLite).
   */
  claim(limit: number, now = new Date()): Promise<ClaimedDelivery[]> {
    return this.tx.run(async (m) => {
      const q = this.params();
      const claimed = this.rows<{ id: number }>(
        await m.query(
          `UPDATE newsletter_deliveries
              SET status = 'sending', locked_by = ${q.p(this.workerId)}, locked_at = ${q.p(now)},
                  attempts = attempts + 1
            WHERE id IN (
              SELECT d.id FROM newsletter_deliveries d
                JOIN newsletter_issues i ON i.id = d.issue_id
               WHERE d.status = 'queued' AND d.next_attempt_at <= ${q.p(now)} AND i.status = 'sending'
               ORDER BY d.id LIMIT ${q.p(limit)}
               ${this.tx.isPostgres ? 'FOR UPDATE OF d SKIP LOCKED' : ''})
            RETURNING id`,
          q.values,
        ),
      );
      if (!claimed.length) return [];
      return this.details(
        m,
        claimed.map((row) => Number(row.id)),
      );
    });
  }

  private async details(m: EntityManager, ids: number[]): Promise<ClaimedDelivery[]> {
    const out: ClaimedDelivery[] = [];
    for (const part of chunks(ids)) {
      const q = this.params();
      const rows: {
        id: number;
        issue_id: number;
        subscriber_id: number;
        attempts: number;
        email: string;
        manage_token: string;
        locale: string;
        status: string;
      }[] = await m.query(
        `SELECT d.id, d.issue_id, d.subscriber_id, d.attempts, s.email, s.manage_token, s.locale, s.status
           FROM newsletter_deliveries d JOIN newsletter_subscribers s ON s.id = d.subscriber_id
          WHERE d.id IN (${q.list(part)}) ORDER BY d.id`,
        q.values,
      );
      for (const row of rows)
        out.push({
          id: Number(row.id),
          issueId: Number(row.issue_id),
          subscriberId: Number(row.subscriber_id),
          attempts: Number(row.attempts),
          email: row.email,
          manageToken: row.manage_token,
          locale: row.locale,
          subscriberStatus: row.status,
        });
    }
    return out;
  }

  /** Keeps this worker's claims alive while it is still sending them. */
  renew(now = new Date()): Promise<unknown> {
    return this.tx.run((m) => {
      const q = this.params();
      return m.query(
        `UPDATE newsletter_deliveries SET locked_at = ${q.p(now)}
          WHERE status = 'sending' AND locked_by = ${q.p(this.workerId)}`,
        q.values,
      );
    });
  }

  markSent(ids: readonly number[], now = new Date()): Promise<unknown> {
    if (!ids.length) return Promise.resolve();
    return this.tx.run(async (m) => {
      for (const part of chunks(ids)) {
        const q = this.params();
        await m.query(
          `UPDATE newsletter_deliveries
              SET status = 'sent', sent_at = ${q.p(now)}, locked_by = NULL, locked_at = NULL, last_error = NULL
            WHERE locked_by = ${q.p(this.workerId)} AND status = 'sending' AND id IN (${q.list(part)})`,
          q.values,
        );
      }
    });
  }

  /** Not sent: the address bounced or unsubscribed after the issue was queued. */
  markSkipped(ids: readonly number[], reason: string): Promise<unknown> {
    if (!ids.length) return Promise.resolve();
    return this.tx.run(async (m) => {
      for (const part of chunks(ids)) {
        const q = this.params();
        await m.query(
          `UPDATE newsletter_deliveries
              SET status = 'skipped', locked_by = NULL, locked_at = NULL, last_error = ${q.p(reason)}
            WHERE locked_by = ${q.p(this.workerId)} AND status = 'sending' AND id IN (${q.list(part)})`,
          q.values,
        );
      }
    });
  }

  /** Claimed but not tried (the worker is stopping): back to the queue, the attempt not counted. */
  release(ids: readonly number[]): Promise<unknown> {
    if (!ids.length) return Promise.resolve();
    return this.tx.run(async (m) => {
      for (const part of chunks(ids)) {
        const q = this.params();
        await m.query(
          `UPDATE newsletter_deliveries
              SET status = 'queued', locked_by = NULL, locked_at = NULL, attempts = attempts - 1
            WHERE locked_by = ${q.p(this.workerId)} AND status = 'sending' AND id IN (${q.list(part)})`,
          q.values,
        );
      }
    });
  }

  /** A temporary failure: queued again after a backoff, or failed when out of attempts. */
  markTemporaryFailure(
    delivery: ClaimedDelivery,
    error: string,
    maxAttempts: number,
    now = new Date(),
  ): Promise<unknown> {
    const giveUp = delivery.attempts >= maxAttempts;
    return this.tx.run((m) => {
      const q = this.params();
      return m.query(
        `UPDATE newsletter_deliveries
            SET status = ${q.p(giveUp ? 'failed' : 'queued')}, last_error = ${q.p(error.slice(0, 1000))},
                next_attempt_at = ${q.p(new Date(now.getTime() + deliveryRetryDelayMs(delivery.attempts)))},
                locked_by = NULL, locked_at = NULL
          WHERE id = ${q.p(delivery.id)} AND locked_by = ${q.p(this.workerId)} AND status = 'sending'`,
        q.values,
      );
    });
  }

  /** A permanent failure (5xx): the delivery failed and the address is bounced, never sent to again. */
  markBounced(delivery: ClaimedDelivery, error: string, now = new Date()): Promise<unknown> {
    return this.tx.run(async (m) => {
      const q = this.params();
      await m.query(
        `UPDATE newsletter_deliveries
            SET status = 'failed', last_error = ${q.p(error.slice(0, 1000))}, locked_by = NULL, locked_at = NULL
          WHERE id = ${q.p(delivery.id)} AND locked_by = ${q.p(this.workerId)} AND status = 'sending'`,
        q.values,
      );
      const s = this.params();
      await m.query(
        `UPDATE newsletter_subscribers
            SET status = 'bounced', bounced_at = ${s.p(now)}, bounce_reason = ${s.p(error.slice(0, 500))},
                updated_at = ${s.p(now)}
          WHERE id = ${s.p(delivery.subscriberId)} AND status = 'subscribed'`,
        s.values,
      );
    });
  }

  /** Issues with nothing queued or in flight any more are sent. Returns how many finished. */
  finishIssues(now = new Date()): Promise<number> {
    return this.tx.run(async (m) => {
      const q = this.params();
      const done = this.rows<{ id: number }>(
        await m.query(
          `UPDATE newsletter_issues SET status = 'sent', finished_at = ${q.p(now)}, updated_at = ${q.p(now)}
            WHERE status = 'sending' AND NOT EXISTS (
              SELECT 1 FROM newsletter_deliveries d
               WHERE d.issue_id = newsletter_issues.id AND d.status IN ('queued', 'sending'))
            RETURNING id`,
          q.values,
        ),
      );
      return done.length;
    });
  }
}
