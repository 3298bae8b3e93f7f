import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { In, LessThan, LessThanOrEqual } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { OutboxMessage } from './outbox-message.entity';

/** A message left in `sending` this long (a crashed worker) is claimed again. */
export const STALE_LOCK_MS = 10 * 60 * 1000;

/** Backoff after the n-th failed attempt: 30 s, 1 min, 2 min, … capped at 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** Atomic claiming and result recording for the outbox, on SQLite and PostgreSQL. */
@Injectable()
export class OutboxRepository {
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(private readonly tx: TransactionRunner) {}

  /** Claims up to `limit` due messages for this worker; no message is ever claimed by two workers. */
  claim(limit: number, now = new Date()): Promise<OutboxMessage[]> {
    const staleBefore = new Date(now.getTime() - STALE_LOCK_MS);
    return this.tx.run(async (m) => {
      if (this.tx.isPostgres) {
        const rows: { id: number }[] = await m.query(
          `UPDATE outbox_messages SET status = 'sending', locked_by = $1, locked_at = $2
            WHERE id IN (
              SELECT id FROM outbox_messages
               WHERE (status = 'pending' AND next_attempt_at <= $2) OR (status = 'sending' AND locked_at < $3)
               ORDER BY id LIMIT $4
               FOR UPDATE SKIP LOCKED)
            RETURNING id`,
          [this.workerId, now, staleBefore, limit],
        );
        const ids = (Array.isArray(rows[0]) ? (rows[0] as { id: number }[]) : rows).map(
          (r) => r.id,
        );
        return ids.length
          ? m.getRepository(OutboxMessage).find({ where: { id: In(ids) }, order: { id: 'ASC' } })
          : [];
      }
      const repo = m.getRepository(OutboxMessage);
      const due = await repo.find({
        where: [
          { status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
          { status: 'sending', lockedAt: LessThan(staleBefore) },
        ],
        order: { id: 'ASC' },
        take: limit,
      });
      const claimed: OutboxMessage[] = [];
      for (const message of due) {
        // Conditional update: another process on the same file may have claimed it meanwhile.
        const result = await repo
          .createQueryBuilder()
          .update()
          .set({ status: 'sending', lockedBy: this.workerId, lockedAt: now })
          .where('id = :id AND status = :status', { id: message.id, status: message.status })
          .execute();
        if (result.affected === 1)
          claimed.push({ ...message, status: 'sending', lockedBy: this.workerId, lockedAt: now });
      }
      return claimed;
    });
  }

  markSent(message: OutboxMessage, transport: string, now = new Date()): Promise<unknown> {
    return this.tx.run((m) =>
      m.getRepository(OutboxMessage).update(
        { id: message.id, lockedBy: this.workerId },
        {
          status: 'sent',
          sentAt: now,
          transport,
          attempts: message.attempts + 1,
          lockedBy: null,
          lockedAt: null,
          lastError: null,
        },
      ),
    );
  }

  markFailed(
    message: OutboxMessage,
    error: string,
    permanent: boolean,
    maxAttempts: number,
    now = new Date(),
  ) {
    const attempts = message.attempts + 1;
    const giveUp = permanent || attempts >= maxAttempts;
    return this.tx.run((m) =>
      m.getRepository(OutboxMessage).update(
        { id: message.id, lockedBy: this.workerId },
        {
          status: giveUp ? 'failed' : 'pending',
          attempts,
          lastError: error,
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
          lockedBy: null,
          lockedAt: null,
        },
      ),
    );
  }
}
