import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { User } from '../accounts/user.entity';
import { isLocale } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { JobRunner } from '../jobs/job-runner';
import { MailService } from '../mail/mail.service';
import { AdviceOverdueDigest } from './advice-overdue-digest.entity';
import { AdviceRequest } from './advice-request.entity';
import { OPEN_STATUSES } from './advice-status';
import { isOverdue, workingDaysLate } from './response-time';
import { isWorkingDay } from './working-days';

/** The digest goes out from this Amsterdam time on working days, so it lands in the morning. */
export const DIGEST_FROM = '07:00';

/**
 * The daily summary to each adviser of their assigned requests that are past the response
 * target. The AdviceOverdueDigest row (adviser, Amsterdam day) is written in the same
 * transaction as the mail, so it is sent once a day however often and wherever the job runs.
 */
@Injectable()
export class AdviceOverdueDigestJob implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register('advice.overdueDigest', (now) => this.run(now));
  }

  /** Returns the number of summaries sent. */
  async run(now = new Date()): Promise<number> {
    const { date, time } = toAmsterdamParts(now);
    if (!isWorkingDay(date) || time < DIGEST_FROM) return 0;
    const open = await this.dataSource.getRepository(AdviceRequest).find({
      where: {
        status: In([...OPEN_STATUSES]),
        adviserId: Not(IsNull()),
        firstResponseAt: IsNull(),
        anonymisedAt: IsNull(),
      },
      relations: { topic: true, municipality: true },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    const byAdviser = new Map<number, AdviceRequest[]>();
    for (const r of open) {
      if (!isOverdue(r, now, this.config.advice)) continue;
      const list = byAdviser.get(r.adviserId!) ?? [];
      list.push(r);
      byAdviser.set(r.adviserId!, list);
    }
    let sent = 0;
    for (const [adviserId, requests] of byAdviser) {
      try {
        if (await this.sendOne(adviserId, date, requests, now)) sent++;
      } catch (error) {
        // Another instance sent this one at the same moment: the others still go out.
        const sentMeanwhile = await this.dataSource
          .getRepository(AdviceOverdueDigest)
          .countBy({ adviserId, sentOn: date });
        if (!sentMeanwhile) throw error;
      }
    }
    return sent;
  }

  private sendOne(
    adviserId: number,
    day: string,
    requests: AdviceRequest[],
    now: Date,
  ): Promise<boolean> {
    return this.tx.run(async (m) => {
      const adviser = await m.getRepository(User).findOneBy({ id: adviserId });
      if (!adviser || adviser.deactivatedAt) return false;
      // Today's summary was sent already. (Two instances at once: the second insert fails on
      // the primary key and its transaction, mail included, is rolled back.)
      const digests = m.getRepository(AdviceOverdueDigest);
      if (await digests.countBy({ adviserId, sentOn: day })) return false;
      await digests.insert({ adviserId, sentOn: day });
      const locale = isLocale(adviser.locale) ? adviser.locale : 'nl';
      await this.mail.queue(m, {
        to: adviser.email,
        template: 'advice-overdue-digest',
        locale,
        data: {
          name: adviser.name,
          count: requests.length,
          requests: requests.map((r) => ({
            reference: r.reference,
            topic: locale === 'en' ? r.topic?.nameEn : r.topic?.nameNl,
            municipality: r.municipality?.name ?? r.municipalityCode,
            days: workingDaysLate(r, now, this.config.advice),
            url: `/beheer/advies/${r.id}`,
          })),
          url: '/beheer/advies?adviseur=mine',
        },
      });
      return true;
    });
  }
}
