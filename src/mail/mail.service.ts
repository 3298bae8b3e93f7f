import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isLocale, Locale } from '../common/i18n/i18n';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailRenderer } from './mail-renderer';
import { OutboxCalendarPart, OutboxMessage } from './outbox-message.entity';

export interface MailRequest {
  to: string;
  template: string;
  locale?: string;
  data?: Record<string, unknown>;
  /** iCalendar parts; the first is sent as the message's invitation, the others as attachments. */
  calendar?: OutboxCalendarPart[];
}

/**
 * Every e-mail the platform sends goes through here: rendered now, stored in the outbox with the
 * caller's transaction, sent later by the mail worker. A crash or SMTP outage delays, never loses.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly renderer: MailRenderer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async queue(manager: EntityManager, request: MailRequest): Promise<OutboxMessage> {
    const locale: Locale = isLocale(request.locale) ? request.locale : 'nl';
    const rendered = this.renderer.render(
      request.template,
      locale,
      request.data ?? {},
      this.config.baseUrl,
    );
    const repo = manager.getRepository(OutboxMessage);
    return repo.save(
      repo.create({
        toAddress: request.to,
        subject: rendered.subject.slice(0, 300),
        template: request.template,
        bodyText: rendered.text,
        bodyHtml: rendered.html,
        calendar: request.calendar?.length ? JSON.stringify(request.calendar) : null,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(),
        lockedBy: null,
        lockedAt: null,
        lastError: null,
        transport: null,
        sentAt: null,
      }),
    );
  }
}
