import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In, IsNull, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { fromAmsterdam, toAmsterdamParts } from '../common/views/amsterdam-time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { JobRunner } from '../jobs/job-runner';
import { AdviceAppointment } from './advice-appointment.entity';
import { AdviceFollowUp } from './advice-follow-up.entity';
import { AdviceMessage } from './advice-message.entity';
import { AdviceNote } from './advice-note.entity';
import { AdviceRequest } from './advice-request.entity';
import { CLOSED_STATUSES } from './advice-status';

/** Requests anonymised per transaction. */
export const RETENTION_BATCH = 200;

/**
 * A visitor's request whose e-mail address was not confirmed within this many days is deleted:
 * it never reached the queue, and it holds what a stranger typed in someone's name. Its
 * confirmation link stops working with it.
 */
export const UNCONFIRMED_DAYS = 7;

/**
 * The moment `months` calendar months before `now`, on the Amsterdam calendar: 31 March minus one
 * month is 28 (or 29) February, at the same time of day.
 */
export function monthsBefore(now: Date, months: number): Date {
  const { date, time } = toAmsterdamParts(now);
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return fromAmsterdam(iso, time)!;
}

/**
 * Anonymisation after the retention period (ADVICE_RETENTION_MONTHS, default 24): a request that
 * was closed (afgerond, doorverwezen, gesloten zonder advies) longer ago than that loses every
 * personal field — who asked, how to reach them, the question, the messages, the internal notes,
 * the appointment's place or link, the follow-up comment and the secret links — and keeps what
 * the reports count: topic, municipality, dates, status, where it was referred to and why it was
 * closed, the follow-up score.
 *
 * Message and note rows stay with an empty body rather than being deleted: their number and dates
 * still tell how a request was handled, and nothing personal is left in them.
 *
 * Idempotent through `anonymised_at`: the job only picks requests where it is empty, and sets it
 * in the same transaction as the clearing, so a second run (or a second instance) does nothing.
 * Every transaction that anonymised something records `advice.anonymised` with the count.
 */
@Injectable()
export class AdviceRetentionService implements OnModuleInit {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'advice.retention',
      async (now) => (await this.anonymiseExpired(now)) + (await this.deleteUnconfirmed(now)),
    );
  }

  /** Deletes visitors' requests left unconfirmed for UNCONFIRMED_DAYS; returns how many. */
  deleteUnconfirmed(now: Date): Promise<number> {
    const before = new Date(now.getTime() - UNCONFIRMED_DAYS * 86_400_000);
    return this.tx.run(async (m) => {
      const result = await m
        .getRepository(AdviceRequest)
        .delete({ status: 'unverified', createdAt: LessThan(before) });
      const count = result.affected ?? 0;
      if (count > 0)
        await this.audit.record(m, null, 'advice.unconfirmedDeleted', undefined, { count });
      return count;
    });
  }

  /** The closing moment before which a closed request is anonymised. */
  cutoff(now: Date): Date {
    return monthsBefore(now, this.config.advice.retentionMonths);
  }

  /** Anonymises every expired closed request, a batch per transaction; returns how many. */
  async anonymiseExpired(now: Date): Promise<number> {
    const cutoff = this.cutoff(now);
    let total = 0;
    for (;;) {
      const { picked, changed } = await this.tx.run((m) => this.anonymiseBatch(m, cutoff, now));
      total += changed;
      if (picked < RETENTION_BATCH) return total;
    }
  }

  private async anonymiseBatch(
    m: EntityManager,
    cutoff: Date,
    now: Date,
  ): Promise<{ picked: number; changed: number }> {
    const requests = m.getRepository(AdviceRequest);
    const due = await requests.find({
      select: { id: true },
      where: {
        status: In([...CLOSED_STATUSES]),
        closedAt: LessThan(cutoff),
        anonymisedAt: IsNull(),
      },
      order: { id: 'ASC' },
      take: RETENTION_BATCH,
    });
    if (due.length === 0) return { picked: 0, changed: 0 };
    const ids = due.map((r) => r.id);
    const count = await anonymiseAdviceRequests(m, ids, now);
    if (count === 0) return { picked: due.length, changed: 0 };
    await this.audit.record(m, null, 'advice.anonymised', undefined, { count });
    return { picked: due.length, changed: count };
  }
}

/**
 * Clears every personal field of the given requests (and their messages, notes, appointment
 * places and follow-up comments); used by the retention job and by deleting an account.
 * Returns how many requests changed; one already anonymised is left alone.
 */
export async function anonymiseAdviceRequests(
  m: EntityManager,
  ids: number[],
  now: Date,
): Promise<number> {
  if (ids.length === 0) return 0;
  // Guarded by anonymised_at: a run that raced this one on PostgreSQL changes nothing twice.
  const result = await m
    .getRepository(AdviceRequest)
    .createQueryBuilder()
    .update(AdviceRequest)
    .set({
      requesterId: null,
      requesterName: '',
      requesterEmail: '',
      requesterPhone: null,
      organisation: '',
      requesterRole: '',
      question: '',
      verificationTokenHash: null,
      accessTokenHash: null,
      followUpTokenHash: null,
      anonymisedAt: now,
    })
    .where({ id: In(ids), anonymisedAt: IsNull() })
    .execute();
  const count = result.affected ?? ids.length;
  if (count === 0) return 0;
  await m.getRepository(AdviceMessage).update({ requestId: In(ids) }, { body: '' });
  await m.getRepository(AdviceNote).update({ requestId: In(ids) }, { body: '' });
  await m.getRepository(AdviceAppointment).update({ requestId: In(ids) }, { location: '' });
  await m.getRepository(AdviceFollowUp).update({ requestId: In(ids) }, { comment: '' });
  return count;
}
