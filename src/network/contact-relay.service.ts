import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import type { Locale } from '../common/i18n/i18n';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import { countRelayMessage } from './contact-relay-throttle';
import { NetworkContact } from './contact.entity';
import { NetworkOrganisation } from './organisation.entity';
import { OrganisationPageError, OrganisationPageErrorCode } from './organisation-page.error';

export interface RelayRequest {
  slug: string;
  sender: { id: number; name: string; email: string };
  subject: string;
  message: string;
  /** the sender's page language, for their copy */
  locale: Locale;
}

/** No line breaks or other control characters in what goes into a header. */
const headerSafe = (value: string) => value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

/**
 * The contact relay: a signed-in user's message to an organisation, e-mailed to the
 * organisation's address without the sender ever seeing it, with a copy to the sender. At most
 * 5 messages per user per hour and 20 per day. The message is kept nowhere but in the outbox.
 */
@Injectable()
export class ContactRelayService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly mail: MailService,
  ) {}

  /**
   * The address a relay message goes to: the public e-mail address, or else the first contact
   * (in listing order, whatever its visibility) that has one. Never shown to the sender.
   */
  async recipient(m: EntityManager, organisation: NetworkOrganisation): Promise<string | null> {
    if (organisation.publicEmail) return organisation.publicEmail;
    const contact = await m.getRepository(NetworkContact).findOne({
      where: { organisationId: organisation.id, email: Not(IsNull()) },
      order: { position: 'ASC', id: 'ASC' },
    });
    return contact?.email || null;
  }

  /** Queues both messages; returns the organisation's name for the confirmation. */
  async send(request: RelayRequest, now = new Date()): Promise<{ organisationName: string }> {
    return this.tx.run(async (m) => {
      const organisation = await m
        .getRepository(NetworkOrganisation)
        .findOneBy({ slug: request.slug, status: 'published' });
      if (!organisation) throw new OrganisationPageError(OrganisationPageErrorCode.NotFound);
      const to = await this.recipient(m, organisation);
      if (!to) throw new OrganisationPageError(OrganisationPageErrorCode.NoAddress);
      // Throwing rolls back this transaction, and with it the counts: nothing is sent.
      if (!(await countRelayMessage(m, request.sender.id, now)))
        throw new OrganisationPageError(OrganisationPageErrorCode.Throttled);
      const data = {
        organisationName: organisation.name,
        slug: organisation.slug,
        senderName: request.sender.name,
        senderEmail: request.sender.email,
        subject: request.subject,
        message: request.message,
      };
      await this.mail.queue(m, {
        to,
        template: 'network-relay',
        // Organisations in the network read Dutch.
        locale: 'nl',
        data,
        // The sender's own (verified) account address: a reply goes straight to them.
        headers: { 'Reply-To': headerSafe(request.sender.email) },
      });
      await this.mail.queue(m, {
        to: request.sender.email,
        template: 'network-relay-copy',
        locale: request.locale,
        data: {
          organisationName: organisation.name,
          slug: organisation.slug,
          subject: request.subject,
          message: request.message,
        },
      });
      return { organisationName: organisation.name };
    });
  }
}
