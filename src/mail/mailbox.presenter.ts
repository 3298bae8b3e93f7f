import hbs from 'hbs';
import { formatDateTime } from '../common/views/format';
import type { OutboxMessage } from './outbox-message.entity';

/**
 * The plain-text body, escaped, with links to this platform made clickable, so that a demo user
 * can follow their verification link from the admin mailbox. Other URLs stay text.
 */
export function linkifiedText(text: string, baseUrl: string): string {
  const escape = hbs.handlebars.Utils.escapeExpression;
  const escaped = escape(text);
  const base = escape(baseUrl).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return escaped.replace(
    new RegExp(`${base}(/[A-Za-z0-9._~/?=&;%#-]*)?`, 'g'),
    (url) => `<a href="${url}">${url}</a>`,
  );
}

export function mailRow(m: OutboxMessage, locale: string) {
  return {
    id: m.id,
    href: `/beheer/mailbox/${m.id}`,
    to: m.toAddress,
    subject: m.subject,
    statusLabel:
      m.status === 'sent' && m.transport === 'local'
        ? 'mail.status.local'
        : `mail.status.${m.status}`,
    status: m.status,
    attempts: m.attempts,
    createdAt: formatDateTime(m.createdAt, locale),
    sentAt: m.sentAt ? formatDateTime(m.sentAt, locale) : '',
    lastError: m.lastError,
  };
}
