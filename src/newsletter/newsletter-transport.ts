import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { OutboxMessage } from '../mail/outbox-message.entity';
import type { PersonalMail } from './issue-mail';

export type NewsletterSendOutcome = { ok: true } | { ok: false; permanent: boolean; error: string };

/** SMTP reply 5xx: the server refuses for good (unknown mailbox, rejected); 4xx and lost connections pass. */
export function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Sends JEPzine messages over a pool of SMTP connections (NEWSLETTER_CONNECTIONS, at most
 * NEWSLETTER_RATE_PER_SECOND), apart from the transactional mail so a large issue never holds up a
 * password reset. Without SMTP_URL each message is kept in the local mailbox (/beheer/mailbox).
 */
@Injectable()
export class NewsletterTransport implements OnModuleDestroy {
  private readonly transporter: Transporter | null;
  private readonly host: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {
    const settings = config.newsletter;
    this.transporter = config.smtpUrl
      ? nodemailer.createTransport({
          url: config.smtpUrl,
          pool: true,
          maxConnections: settings.connections,
          maxMessages: Infinity,
          ...(settings.ratePerSecond ? { rateLimit: settings.ratePerSecond, rateDelta: 1000 } : {}),
        } as Parameters<typeof nodemailer.createTransport>[0])
      : null;
    this.host = new URL(config.baseUrl).hostname;
  }

  get kind(): 'smtp' | 'local' {
    return this.transporter ? 'smtp' : 'local';
  }

  /** The Message-ID of one delivery: stable, so a resend after a crash can be recognised. */
  messageId(issueId: number, subscriberId: number): string {
    return `<jepzine-${issueId}-${subscriberId}@${this.host}>`;
  }

  async send(
    to: string,
    mail: PersonalMail,
    ids: { issueId: number; subscriberId: number },
  ): Promise<NewsletterSendOutcome> {
    if (!this.transporter) return this.keepLocally(to, mail);
    try {
      await this.transporter.sendMail({
        from: this.config.mailFrom,
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId: this.messageId(ids.issueId, ids.subscriberId),
      });
      return { ok: true };
    } catch (error) {
      const message = (error as { message?: string })?.message ?? String(error);
      return { ok: false, permanent: isPermanent(error), error: message.slice(0, 1000) };
    }
  }

  private async keepLocally(to: string, mail: PersonalMail): Promise<NewsletterSendOutcome> {
    const now = new Date();
    await this.tx.run((m) =>
      m.getRepository(OutboxMessage).insert({
        toAddress: to,
        subject: mail.subject.slice(0, 300),
        template: 'newsletter-issue',
        bodyText: mail.text,
        bodyHtml: mail.html,
        calendar: null,
        headers: JSON.stringify(mail.headers),
        status: 'sent',
        attempts: 1,
        nextAttemptAt: now,
        lockedBy: null,
        lockedAt: null,
        lastError: null,
        transport: 'local',
        sentAt: now,
      }),
    );
    return { ok: true };
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
