import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isLocale, Locale } from '../common/i18n/i18n';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailRenderer, RenderedMail } from './mail-renderer';
import { OutboxCalendarPart, OutboxMessage } from './outbox-message.entity';

export interface MailRequest {
  to: string;
  template: string;
  locale?: string;
  data?: Record<string, unknown>;
  /** iCalendar parts; the first is sent as the message's invitation, the others as attachments. */
  calendar?: OutboxCalendarPart[];
  /** Extra message headers, e.g. List-Unsubscribe on a JEPzine test message. */
  headers?: Record<string, string>;
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

  queue(manager: EntityManager, request: MailRequest): Promise<OutboxMessage> {
    const locale: Locale = isLocale(request.locale) ? request.locale : 'nl';
    const rendered = this.renderer.render(
      request.template,
      locale,
      request.data ?? {},
      this.config.baseUrl,
    );
    return this.queueRendered(manager, { ...request, ...rendered });
  }

  /** A message rendered elsewhere (a JEPzine test message), through the same outbox. */
  queueRendered(
    manager: EntityManager,
    request: Pick<MailRequest, 'to' | 'template' | 'calendar' | 'headers'> & RenderedMail,
  ): Promise<OutboxMessage> {
    const repo = manager.getRepository(OutboxMessage);
    return repo.save(
      repo.create({
        toAddress: request.to,
        subject: request.subject.slice(0, 300),
        template: request.template,
        bodyText: request.text,
        bodyHtml: request.html,
        calendar: request.calendar?.length ? JSON.stringify(request.calendar) : null,
        headers: request.headers ? JSON.stringify(request.headers) : null,
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
