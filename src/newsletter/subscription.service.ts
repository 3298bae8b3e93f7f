import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { Locale } from '../common/i18n/i18n';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import { CONSENT_VERSION, consentText } from './consent-text';
import { NewsletterConsent } from './consent.entity';
import { NewsletterError, NewsletterErrorCode } from './newsletter.error';
import { SubscribeThrottleService } from './subscribe-throttle.service';
import { NewsletterSubscriber } from './subscriber.entity';
import { encodeTopics, NewsletterTopic } from './topics';

/** At most one confirmation e-mail per address per hour. */
export const CONFIRM_MAIL_INTERVAL_MS = 3600_000;

/** A random secret for a personal link: 32 bytes, base64url (43 characters). */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Only something shaped like one of our tokens is looked up at all. */
function tokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{20,64}$/.test(token);
}

/**
 * An address as stored: trimmed and lower-case. Anything with white space, a control character,
 * a second address or a display name in it is refused, so it can never reach a mail header.
 */
export function normaliseEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (
    email.length > 254 ||
    !/^[^\s@<>,;:"()[\]\\\u0000-\u001f\u007f]+@[^\s@<>,;:"()[\]\\\u0000-\u001f\u007f]+\.[^\s@<>,;:"()[\]\\\u0000-\u001f\u007f]+$/.test(
      email,
    )
  )
    throw new NewsletterError(NewsletterErrorCode.EmailInvalid, 'email');
  return email;
}

export interface SubscribeRequest {
  email: string;
  name?: string;
  topics: NewsletterTopic[];
  /** The language the form (and so the consent text) was shown in. */
  locale: Locale;
  /** The client's address, for the per-address limit. */
  ip: string;
}

export interface AccountRef {
  id: number;
  email: string;
  name: string;
}

/**
 * JEPzine subscriptions: double opt-in from the public form, confirming, a subscriber's own
 * preferences and unsubscribing through the personal link, and the signed-in user's own
 * subscription. Every consent is recorded with the text that was shown.
 */
@Injectable()
export class SubscriptionService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly mail: MailService,
    private readonly throttle: SubscribeThrottleService,
  ) {}

  /**
   * Step one of the double opt-in. The caller always shows the same "check your mailbox" page:
   * whether the address was new, pending, subscribed or bounced is never revealed.
   */
  async subscribe(request: SubscribeRequest, now = new Date()): Promise<void> {
    const email = normaliseEmail(request.email);
    await this.throttle.hit(request.ip, now);
    await this.tx.run(async (m) => {
      const repo = m.getRepository(NewsletterSubscriber);
      const existing = await repo.findOneBy({ email });
      // Already subscribed: nothing changes and no mail goes out (an unknown sender must not be
      // able to change someone's name or topics).
      if (existing?.status === 'subscribed') return;
      // A confirmation mail went out within the hour and its link still works: no second one.
      if (
        existing?.status === 'pending' &&
        existing.confirmTokenHash &&
        existing.confirmSentAt &&
        now.getTime() - existing.confirmSentAt.getTime() < CONFIRM_MAIL_INTERVAL_MS
      )
        return;
      const subscriber = existing ?? (await this.createRow(m, email, now));
      const token = newLinkToken();
      await repo.update(
        { id: subscriber.id },
        {
          status: 'pending',
          name: request.name || subscriber.name || null,
          topics: encodeTopics(request.topics),
          locale: request.locale,
          confirmTokenHash: hashToken(token),
          confirmSentAt: now,
        },
      );
      await m.getRepository(NewsletterConsent).insert({
        subscriberId: subscriber.id,
        source: 'form',
        formVersion: CONSENT_VERSION,
        consentText: consentText(request.locale),
        importNote: null,
        requestedAt: now,
        confirmedAt: null,
        withdrawnAt: null,
      });
      await this.mail.queue(m, {
        to: email,
        template: 'newsletter-confirm',
        locale: request.locale,
        data: { name: request.name || subscriber.name || '', token },
      });
    });
  }

  /** The pending subscriber a confirmation link belongs to (for the page with the button). */
  async pendingByConfirmToken(token: string): Promise<NewsletterSubscriber> {
    const subscriber = tokenShaped(token)
      ? await this.tx.run((m) =>
          m
            .getRepository(NewsletterSubscriber)
            .findOneBy({ confirmTokenHash: hashToken(token), status: 'pending' }),
        )
      : null;
    if (!subscriber) throw new NewsletterError(NewsletterErrorCode.TokenInvalid);
    return subscriber;
  }

  /** Step two: the link's button was pressed. Returns the manage token for the next page. */
  async confirm(token: string, now = new Date()): Promise<string> {
    if (!tokenShaped(token)) throw new NewsletterError(NewsletterErrorCode.TokenInvalid);
    return this.tx.run(async (m) => {
      const repo = m.getRepository(NewsletterSubscriber);
      const subscriber = await repo.findOneBy({
        confirmTokenHash: hashToken(token),
        status: 'pending',
      });
      if (!subscriber) throw new NewsletterError(NewsletterErrorCode.TokenInvalid);
      // Conditional, so a double submit confirms once and the second one finds nothing.
      const result = await repo.update(
        { id: subscriber.id, confirmTokenHash: hashToken(token), status: 'pending' },
        { ...subscribedNow(now), confirmTokenHash: null },
      );
      if (!result.affected) throw new NewsletterError(NewsletterErrorCode.TokenInvalid);
      const consent = await m.getRepository(NewsletterConsent).findOne({
        where: {
          subscriberId: subscriber.id,
          source: 'form',
          confirmedAt: IsNull(),
          withdrawnAt: IsNull(),
        },
        order: { id: 'DESC' },
      });
      if (consent)
        await m.getRepository(NewsletterConsent).update({ id: consent.id }, { confirmedAt: now });
      return subscriber.manageToken;
    });
  }

  /** The subscriber behind a personal link (preferences, unsubscribe). */
  async byManageToken(token: string): Promise<NewsletterSubscriber> {
    const subscriber = tokenShaped(token)
      ? await this.tx.run((m) =>
          m.getRepository(NewsletterSubscriber).findOneBy({ manageToken: token }),
        )
      : null;
    if (!subscriber) throw new NewsletterError(NewsletterErrorCode.TokenInvalid);
    return subscriber;
  }

  async savePreferences(
    token: string,
    input: { name?: string; topics: NewsletterTopic[] },
  ): Promise<void> {
    const subscriber = await this.byManageToken(token);
    await this.tx.run((m) =>
      m
        .getRepository(NewsletterSubscriber)
        .update(
          { id: subscriber.id },
          { name: input.name || null, topics: encodeTopics(input.topics) },
        ),
    );
  }

  /** RFC 8058 one-click or the button: unsubscribed at once. Already unsubscribed: no change. */
  async unsubscribeByToken(token: string, now = new Date()): Promise<void> {
    const subscriber = await this.byManageToken(token);
    await this.tx.run((m) => this.unsubscribe(m, subscriber.id, now));
  }

  // ---- the signed-in user's own subscription (/mijn/jepzine) ----

  /** The subscription of the account's address, if there is one. */
  forAccount(account: AccountRef): Promise<NewsletterSubscriber | null> {
    const email = account.email.trim().toLowerCase();
    return this.tx.run((m) => m.getRepository(NewsletterSubscriber).findOneBy({ email }));
  }

  /**
   * Subscribes the account's address at once: the account's address is verified, so asking and
   * confirming are the same moment. A bounced address becomes subscribed again (the user says
   * it works now).
   */
  async subscribeAccount(
    account: AccountRef,
    topics: NewsletterTopic[],
    locale: Locale,
    now = new Date(),
  ): Promise<void> {
    const email = normaliseEmail(account.email);
    await this.tx.run(async (m) => {
      const repo = m.getRepository(NewsletterSubscriber);
      const subscriber = (await repo.findOneBy({ email })) ?? (await this.createRow(m, email, now));
      if (subscriber.status === 'subscribed') {
        await repo.update({ id: subscriber.id }, { userId: account.id });
        return;
      }
      await repo.update(
        { id: subscriber.id },
        {
          ...subscribedNow(now),
          name: subscriber.name ?? account.name,
          topics: encodeTopics(topics),
          locale,
          userId: account.id,
          confirmTokenHash: null,
        },
      );
      await m.getRepository(NewsletterConsent).insert({
        subscriberId: subscriber.id,
        source: 'profile',
        formVersion: CONSENT_VERSION,
        consentText: consentText(locale),
        importNote: null,
        requestedAt: now,
        confirmedAt: now,
        withdrawnAt: null,
      });
    });
  }

  async unsubscribeAccount(account: AccountRef, now = new Date()): Promise<void> {
    const subscriber = await this.forAccount(account);
    if (!subscriber) return;
    await this.tx.run((m) => this.unsubscribe(m, subscriber.id, now));
  }

  async saveAccountTopics(account: AccountRef, topics: NewsletterTopic[]): Promise<void> {
    const subscriber = await this.forAccount(account);
    if (!subscriber) throw new NewsletterError(NewsletterErrorCode.NotFound);
    await this.tx.run((m) =>
      m
        .getRepository(NewsletterSubscriber)
        .update({ id: subscriber.id }, { topics: encodeTopics(topics) }),
    );
  }

  // ---- shared ----

  private async unsubscribe(m: EntityManager, subscriberId: number, now: Date): Promise<void> {
    const result = await m
      .getRepository(NewsletterSubscriber)
      .createQueryBuilder()
      .update()
      .set({ status: 'unsubscribed', unsubscribedAt: now, confirmTokenHash: null })
      .where('id = :id AND status <> :status', { id: subscriberId, status: 'unsubscribed' })
      .execute();
    if (!result.affected) return;
    await m
      .getRepository(NewsletterConsent)
      .update({ subscriberId, withdrawnAt: IsNull() }, { withdrawnAt: now });
  }

  /** A new row for an address; a concurrent request that made it first is simply reused. */
  private async createRow(
    m: EntityManager,
    email: string,
    now: Date,
  ): Promise<NewsletterSubscriber> {
    const repo = m.getRepository(NewsletterSubscriber);
    await m
      .createQueryBuilder()
      .insert()
      .into(NewsletterSubscriber)
      .values({
        email,
        name: null,
        status: 'pending',
        topics: '',
        locale: 'nl',
        manageToken: newLinkToken(),
        confirmTokenHash: null,
        confirmSentAt: null,
        userId: null,
        subscribedAt: null,
        unsubscribedAt: null,
        bouncedAt: null,
        bounceReason: null,
        createdAt: now,
        updatedAt: now,
      })
      .orIgnore()
      .execute();
    return repo.findOneByOrFail({ email });
  }
}

/** The columns of a subscriber who is (again) subscribed from now on. */
function subscribedNow(now: Date) {
  return {
    status: 'subscribed' as const,
    subscribedAt: now,
    unsubscribedAt: null,
    bouncedAt: null,
    bounceReason: null,
  };
}
