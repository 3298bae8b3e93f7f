import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { hashToken } from '../accounts/account-tokens.service';
import { countRequest } from '../accounts/rate-limit';
import { User } from '../accounts/user.entity';
import type { Locale } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { GeoService } from '../geo/geo.service';
import { MailService } from '../mail/mail.service';
import { AdviceRequest } from './advice-request.entity';
import { AdviceStatusChange } from './advice-status-change.entity';
import type { AdviceUrgency, ContactPreference } from './advice-status';
import { AdviceTopic } from './advice-topic.entity';
import { AdviceError, AdviceErrorCode } from './advice.error';
import { pendingReference, withNextReference } from './reference';
import { addWorkingDays } from './working-days';

export const VISITOR_WINDOW_MS = 3600_000;
/** Visitor requests per client address per hour. */
export const MAX_VISITOR_REQUESTS_PER_ADDRESS = 5;
/** Unconfirmed requests per e-mail address at a time. */
export const MAX_UNVERIFIED_PER_EMAIL = 3;

export function askThrottleKey(ip: string): string {
  return `advice:${ip}`;
}

/** A random secret for a private link: 32 bytes, base64url. */
export function newAdviceToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only something shaped like one of our tokens is looked up at all. */
export function adviceTokenShaped(raw: unknown): raw is string {
  return typeof raw === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(raw);
}

export interface AskInput {
  name: string;
  email: string;
  phone?: string;
  organisation: string;
  role: string;
  municipalityCode: string;
  topicId: number;
  question: string;
  urgency: AdviceUrgency;
  contactPreference: ContactPreference;
}

export type AskResult =
  { kind: 'queued'; request: AdviceRequest } | { kind: 'verify'; request: AdviceRequest };

/**
 * Asking for advice on /advies. A signed-in user's request goes straight into the queue; a
 * visitor's waits as `unverified` until the link in the e-mail is confirmed, so unconfirmed
 * requests never reach the advisers. Visitors are limited per client address and per e-mail.
 */
@Injectable()
export class AskService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly mail: MailService,
    private readonly geo: GeoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get responseWorkingDays(): number {
    return this.config.advice.responseWorkingDays;
  }

  /** The active topics in their order, for the form. */
  activeTopics(): Promise<AdviceTopic[]> {
    return this.tx.run((m) =>
      m.getRepository(AdviceTopic).find({ where: { active: true }, order: { position: 'ASC' } }),
    );
  }

  /** The signed-in user's account, to prefill the form. */
  account(id: number): Promise<User | null> {
    return this.tx.run((m) => m.getRepository(User).findOneBy({ id }));
  }

  /** When the first response is due for a request that entered the queue at `submittedAt`. */
  responseDue(submittedAt: Date): Date {
    return addWorkingDays(submittedAt, this.config.advice.responseWorkingDays);
  }

  async ask(
    input: AskInput,
    asker: { user: Pick<User, 'id' | 'email'> | null; ip: string; locale: Locale },
    now = new Date(),
  ): Promise<AskResult> {
    if (!(await this.geo.municipality(input.municipalityCode)))
      throw new AdviceError(AdviceErrorCode.UnknownMunicipality, 'municipalityCode');
    const topic = await this.tx.run((m) =>
      m.getRepository(AdviceTopic).findOneBy({ id: input.topicId, active: true }),
    );
    if (!topic) throw new AdviceError(AdviceErrorCode.UnknownTopic, 'topicId');
    const user = asker.user;
    const fields = {
      requesterId: user?.id ?? null,
      requesterName: input.name,
      requesterEmail: user ? user.email : input.email.trim().toLowerCase(),
      requesterPhone: input.phone || null,
      organisation: input.organisation,
      requesterRole: input.role,
      locale: asker.locale,
      municipalityCode: input.municipalityCode,
      topicId: topic.id,
      question: input.question,
      urgency: input.urgency,
      contactPreference: input.contactPreference,
      adviserId: null,
      referredTo: null,
      closeReason: null,
      accessTokenHash: null,
      followUpTokenHash: null,
      firstResponseAt: null,
      closedAt: null,
      followUpSentAt: null,
      anonymisedAt: null,
    };

    if (user) {
      const request = await withNextReference(this.tx, now, async (m, reference) => {
        const saved = await m.getRepository(AdviceRequest).save(
          m.getRepository(AdviceRequest).create({
            ...fields,
            reference,
            status: 'new',
            verificationTokenHash: null,
            submittedAt: now,
          }),
        );
        await this.enterQueue(m, saved, null, now);
        return saved;
      });
      return { kind: 'queued', request };
    }

    // A visitor: the per-address count is its own transaction, so a refused request still counts.
    const allowed = await this.tx.run((m) =>
      countRequest(
        m,
        askThrottleKey(asker.ip),
        { windowMs: VISITOR_WINDOW_MS, max: MAX_VISITOR_REQUESTS_PER_ADDRESS },
        now,
      ),
    );
    if (!allowed) throw new AdviceError(AdviceErrorCode.Throttled);
    const token = newAdviceToken();
    const request = await this.tx.run(async (m) => {
      const waiting = await m.getRepository(AdviceRequest).countBy({
        requesterEmail: fields.requesterEmail,
        status: 'unverified',
      });
      if (waiting >= MAX_UNVERIFIED_PER_EMAIL)
        throw new AdviceError(AdviceErrorCode.TooManyUnverified);
      const saved = await m.getRepository(AdviceRequest).save(
        m.getRepository(AdviceRequest).create({
          ...fields,
          reference: pendingReference(),
          status: 'unverified',
          verificationTokenHash: hashToken(token),
          submittedAt: null,
        }),
      );
      await this.mail.queue(m, {
        to: saved.requesterEmail,
        template: 'advice-verify',
        locale: saved.locale,
        data: { name: saved.requesterName, token, topic: topicName(topic, saved.locale) },
      });
      return saved;
    });
    return { kind: 'verify', request };
  }

  /** The unconfirmed request a confirmation link belongs to (the page with the button). */
  async unverifiedByToken(raw: string): Promise<AdviceRequest> {
    const request = adviceTokenShaped(raw)
      ? await this.tx.run((m) =>
          m.getRepository(AdviceRequest).findOne({
            where: { verificationTokenHash: hashToken(raw), status: 'unverified' },
            relations: { topic: true },
          }),
        )
      : null;
    if (!request) throw new AdviceError(AdviceErrorCode.TokenInvalid);
    return request;
  }

  /**
   * The button of the confirmation link: the request takes its number and enters the queue, and
   * the requester gets the private link to follow it. Returns that link's raw token.
   */
  async confirm(raw: string, now = new Date()): Promise<string> {
    if (!adviceTokenShaped(raw)) throw new AdviceError(AdviceErrorCode.TokenInvalid);
    const accessToken = newAdviceToken();
    await withNextReference(this.tx, now, async (m, reference) => {
      const repo = m.getRepository(AdviceRequest);
      const request = await repo.findOneBy({
        verificationTokenHash: hashToken(raw),
        status: 'unverified',
      });
      if (!request) throw new AdviceError(AdviceErrorCode.TokenInvalid);
      // Conditional, so a double submit confirms once and the second finds nothing.
      const result = await repo.update(
        { id: request.id, status: 'unverified', verificationTokenHash: hashToken(raw) },
        {
          reference,
          status: 'new',
          submittedAt: now,
          verificationTokenHash: null,
          accessTokenHash: hashToken(accessToken),
        },
      );
      if (!result.affected) throw new AdviceError(AdviceErrorCode.TokenInvalid);
      await this.enterQueue(
        m,
        { ...request, reference, status: 'new', submittedAt: now },
        accessToken,
        now,
      );
    });
    return accessToken;
  }

  /** The status history's first row and the confirmation e-mail that repeats the request. */
  private async enterQueue(
    m: EntityManager,
    request: AdviceRequest,
    accessToken: string | null,
    now: Date,
  ): Promise<void> {
    await m.getRepository(AdviceStatusChange).insert({
      requestId: request.id,
      fromStatus: request.requesterId ? null : 'unverified',
      toStatus: 'new',
      changedBy: null,
      changedAt: now,
    });
    const topic = await m.getRepository(AdviceTopic).findOneByOrFail({ id: request.topicId });
    await this.mail.queue(m, {
      to: request.requesterEmail,
      template: 'advice-received',
      locale: request.locale,
      data: {
        name: request.requesterName,
        reference: request.reference,
        topic: topicName(topic, request.locale),
        question: request.question,
        urgencyKey: `advice.urgency.${request.urgency}`,
        contactKey: `advice.contact.${request.contactPreference}`,
        due: formatDate(this.responseDue(now), request.locale),
        workingDays: String(this.config.advice.responseWorkingDays),
        link: accessToken ? `/advies/vraag/${accessToken}` : `/mijn/advies/${request.id}`,
        private: accessToken !== null,
      },
    });
  }
}

export function topicName(topic: Pick<AdviceTopic, 'nameNl' | 'nameEn'>, locale: string): string {
  return locale === 'en' ? topic.nameEn : topic.nameNl;
}
