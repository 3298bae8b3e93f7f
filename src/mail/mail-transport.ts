import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { OutboxCalendarPart, OutboxMessage } from './outbox-message.entity';

export type SendOutcome = { ok: true } | { ok: false; permanent: boolean; error: string };

export function calendarParts(message: Pick<OutboxMessage, 'calendar'>): OutboxCalendarPart[] {
  if (!message.calendar) return [];
  const parts = JSON.parse(message.calendar) as OutboxCalendarPart[];
  return Array.isArray(parts) ? parts : [];
}

/** Sends one outbox message over SMTP; without SMTP_URL it keeps the message in the local mailbox. */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly transporter: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  }

  get kind(): 'smtp' | 'local' {
    return this.transporter ? 'smtp' : 'local';
  }

  async send(message: OutboxMessage): Promise<SendOutcome> {
    if (!this.transporter) return { ok: true };
    const host = new URL(this.config.baseUrl).hostname;
    const [invitation, ...others] = calendarParts(message);
    try {
      await this.transporter.sendMail({
        from: this.config.mailFrom,
        to: message.toAddress,
        subject: message.subject,
        text: message.bodyText,
        html: message.bodyHtml,
        // An invitation as text/calendar alternative (and .ics attachment) so calendar apps offer
        // to add or update the entry; further parts (e.g. the cancellation of a move) as files.
        ...(invitation
          ? {
              icalEvent: {
                method: invitation.method,
                filename: invitation.filename,
                content: invitation.content,
              },
            }
          : {}),
        headers: message.headers
          ? (JSON.parse(message.headers) as Record<string, string>)
          : undefined,
        attachments: others.map((part) => ({
          filename: part.filename,
          content: part.content,
          contentType: `text/calendar; charset=utf-8; method=${part.method}`,
        })),
        // Stable per outbox row: a resend after a crash carries the same id, so it can be recognised.
        messageId: `<outbox-${message.id}@${host}>`,
      });
      return { ok: true };
    } catch (error) {
      const err = error as { responseCode?: number; message?: string };
      const permanent =
        typeof err.responseCode === 'number' && err.responseCode >= 500 && err.responseCode < 600;
      return { ok: false, permanent, error: String(err.message ?? error).slice(0, 1000) };
    }
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
