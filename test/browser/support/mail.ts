import { OutboxMessage } from '../../../src/mail/outbox-message.entity';
import type { TestApp } from '../../utils/test-app';

/** The newest outbox row for `address` (any status: without SMTP_URL mail stays in the outbox). */
export async function latestMailTo(testApp: TestApp, address: string): Promise<OutboxMessage> {
  const mail = await testApp.dataSource
    .getRepository(OutboxMessage)
    .findOne({ where: { toAddress: address.toLowerCase() }, order: { id: 'DESC' } });
  if (!mail) throw new Error(`No mail in the outbox for ${address}`);
  return mail;
}

/** The first link in `text` that starts with baseUrl + pathPrefix, made relative to the server. */
export function linkIn(text: string, baseUrl: string, pathPrefix: string): string {
  const prefix = `${baseUrl}${pathPrefix}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = text.match(new RegExp(`${prefix}[^\\s"<]+`));
  if (!match) throw new Error(`No link starting with ${baseUrl}${pathPrefix} in:\n${text}`);
  return match[0];
}
