import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { IsNull, LessThanOrEqual } from 'typeorm';
import { hashToken } from '../accounts/account-tokens.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { JobRunner } from '../jobs/job-runner';
import { MailService } from '../mail/mail.service';
import { AdviceFollowUp } from './advice-follow-up.entity';
import { AdviceRequest } from './advice-request.entity';
import { AdviceError, AdviceErrorCode } from './advice.error';
import { adviceTokenShaped, newAdviceToken } from './ask.service';
import { isUniqueViolation } from './reference';

const DAY_MS = 86_400_000;
/** Requests handled per run; the rest follow on the next run. */
const BATCH = 200;

/**
 * The one follow-up questionnaire: config.advice.followUpDays after a request was completed
 * (afgerond, not referred or closed without advice) the requester gets one e-mail with a link,
 * and answers once.
 */
@Injectable()
export class FollowUpService implements OnModuleInit {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly mail: MailService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register('advice.followUps', (now) => this.sendDue(now));
  }

  /** The job: one e-mail per due request, marked sent in the same transaction. */
  async sendDue(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.advice.followUpDays * DAY_MS);
    const due = await this.tx.run((m) =>
      m.getRepository(AdviceRequest).find({
        select: { id: true },
        where: {
          status: 'completed',
          closedAt: LessThanOrEqual(cutoff),
          followUpSentAt: IsNull(),
          anonymisedAt: IsNull(),
        },
        order: { closedAt: 'ASC', id: 'ASC' },
        take: BATCH,
      }),
    );
    let sent = 0;
    for (const { id } of due) {
      const token = newAdviceToken();
      const done = await this.tx.run(async (m) => {
        const repo = m.getRepository(AdviceRequest);
        // Conditional: another instance running the job at the same moment sends nothing twice.
        const result = await repo.update(
          { id, status: 'completed', followUpSentAt: IsNull(), anonymisedAt: IsNull() },
          { followUpSentAt: now, followUpTokenHash: hashToken(token) },
        );
        if (!result.affected) return false;
        const request = await repo.findOneByOrFail({ id });
        await this.mail.queue(m, {
          to: request.requesterEmail,
          template: 'advice-follow-up',
          locale: request.locale,
          data: { name: request.requesterName, reference: request.reference, token },
        });
        return true;
      });
      if (done) sent += 1;
    }
    return sent;
  }

  /** The request a follow-up link belongs to, and whether it was answered already. */
  async byToken(raw: string): Promise<{ request: AdviceRequest; answered: boolean }> {
    const request = adviceTokenShaped(raw)
      ? await this.tx.run((m) =>
          m.getRepository(AdviceRequest).findOneBy({
            followUpTokenHash: hashToken(raw),
            anonymisedAt: IsNull(),
          }),
        )
      : null;
    if (!request) throw new AdviceError(AdviceErrorCode.TokenInvalid);
    const answered = await this.tx.run((m) =>
      m.getRepository(AdviceFollowUp).existsBy({ requestId: request.id }),
    );
    return { request, answered };
  }

  /** Stores the one answer; a second one changes nothing and says so. */
  async answer(raw: string, usefulness: number, comment: string, now = new Date()) {
    const { request } = await this.byToken(raw);
    try {
      await this.tx.run(async (m) => {
        const repo = m.getRepository(AdviceFollowUp);
        if (await repo.existsBy({ requestId: request.id }))
          throw new AdviceError(AdviceErrorCode.FollowUpAnswered);
        await repo.insert({ requestId: request.id, usefulness, comment, answeredAt: now });
      });
    } catch (error) {
      // Two answers at the same moment: the primary key keeps the first.
      if (isUniqueViolation(error)) throw new AdviceError(AdviceErrorCode.FollowUpAnswered);
      throw error;
    }
  }
}
