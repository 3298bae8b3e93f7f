import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../accounts/user.entity';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { rawInt } from '../database/raw';
import { TransactionRunner } from '../database/transaction-runner';
import { EnrolmentMailer } from '../enrolments/enrolment-mailer';
import { Enrolment } from '../enrolments/enrolment.entity';
import { JobRunner } from '../jobs/job-runner';
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';

export const REMINDER_JOB = 'enrolments.reminders';
/** Reminders handled per run at most; the next run (a minute later) takes the rest. */
export const REMINDER_BATCH = 500;
const DAY = 86_400_000;

interface Due {
  enrolmentId: number;
  meetingId: number;
}

/**
 * Reminder e-mails before a meeting: REMINDER_DAYS before an edition's first meeting (or before
 * every meeting with REMIND_EVERY_MEETING), to each confirmed participant, with the invitation of
 * that meeting. "Exactly once" rests on the primary key of `enrolment_reminders`: the row and the
 * e-mail are written in one transaction, and the mail is only queued when this transaction is the
 * one that inserted the row. So a second run, a restart or a second instance at the same moment
 * sends nothing twice.
 */
@Injectable()
export class ReminderService implements OnModuleInit {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly mailer: EnrolmentMailer,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(REMINDER_JOB, (now) => this.sendDue(now));
  }

  /** Queues the reminders that are due at `now`; returns how many were queued. */
  async sendDue(now = new Date()): Promise<number> {
    if (this.config.reminderDays <= 0) return 0;
    const horizon = new Date(now.getTime() + this.config.reminderDays * DAY);
    let sent = 0;
    for (const due of await this.findDue(now, horizon)) {
      try {
        if (await this.sendOne(due, now, horizon)) sent += 1;
      } catch (error) {
        // one broken reminder must not hold up the others; it is tried again next run
        this.logger.error(
          `reminder for enrolment ${due.enrolmentId}, meeting ${due.meetingId} failed: ${
            error instanceof Error ? (error.stack ?? error.message) : String(error)
          }`,
        );
      }
    }
    return sent;
  }

  /** Confirmed places in published editions with a meeting in (now, horizon] not yet reminded. */
  private async findDue(now: Date, horizon: Date): Promise<Due[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .select('en.id', 'enrolment_id')
      .addSelect('mt.id', 'meeting_id')
      .from(Enrolment, 'en')
      .innerJoin(Edition, 'e', 'e.id = en.edition_id')
      .innerJoin(Meeting, 'mt', 'mt.edition_id = en.edition_id')
      .innerJoin(User, 'u', 'u.id = en.user_id')
      .where("en.status = 'confirmed' AND e.status = 'published' AND u.deactivated_at IS NULL")
      .andWhere('mt.starts_at > :now AND mt.starts_at <= :horizon', { now, horizon })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM enrolment_reminders r
          WHERE r.enrolment_id = en.id AND r.meeting_id = mt.id)`,
      );
    if (!this.config.remindEveryMeeting) {
      // only the edition's first meeting (the earliest; the lower id on a tie)
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM meetings m2 WHERE m2.edition_id = mt.edition_id
          AND (m2.starts_at < mt.starts_at OR (m2.starts_at = mt.starts_at AND m2.id < mt.id)))`,
      );
    }
    const rows = await qb
      .orderBy('mt.starts_at', 'ASC')
      .addOrderBy('en.id', 'ASC')
      .limit(REMINDER_BATCH)
      .getRawMany<{ enrolment_id: unknown; meeting_id: unknown }>();
    return rows.map((r) => ({
      enrolmentId: rawInt(r.enrolment_id),
      meetingId: rawInt(r.meeting_id),
    }));
  }

  /** One reminder in one transaction: claim it by inserting its row, then queue the mail. */
  private sendOne(due: Due, now: Date, horizon: Date): Promise<boolean> {
    return this.tx.run(async (m) => {
      // still due? the place or the meeting may have changed since the candidates were read
      const enrolment = await m.getRepository(Enrolment).findOne({
        where: { id: due.enrolmentId, status: 'confirmed' },
        relations: { user: true, edition: { offering: true } },
      });
      const { user, edition } = enrolment ?? {};
      if (!enrolment || !user || user.deactivatedAt || edition?.status !== 'published') {
        return false;
      }
      const meeting = await m
        .getRepository(Meeting)
        .findOneBy({ id: due.meetingId, editionId: enrolment.editionId });
      const startsAt = meeting?.startsAt.getTime() ?? 0;
      if (startsAt <= now.getTime() || startsAt > horizon.getTime()) return false;

      if (!(await this.claim(m, due, now))) return false;
      await this.mailer.enrolmentMail(
        m,
        'reminder',
        user,
        { id: edition.id, title: edition.title, offering: edition.offering! },
        enrolment,
        { meetingIds: [due.meetingId] },
      );
      return true;
    });
  }

  /**
   * Inserts the reminder's row unless it exists. On PostgreSQL a second transaction inserting the
   * same key waits for the first and then does nothing; on SQLite writers take turns. Either way
   * exactly one transaction sees one affected row.
   */
  private async claim(m: EntityManager, due: Due, now: Date): Promise<boolean> {
    const [sql, params] = m.connection.driver.escapeQueryWithParameters(
      `INSERT INTO enrolment_reminders (enrolment_id, meeting_id, sent_at)
       VALUES (:enrolmentId, :meetingId, :sentAt) ON CONFLICT DO NOTHING`,
      { enrolmentId: due.enrolmentId, meetingId: due.meetingId, sentAt: now },
    );
    const result = await m.queryRunner!.query(sql, params, true);
    return result.affected === 1;
  }
}
