import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { containsPattern } from '../common/sql/like';
import { OutboxMessage } from './outbox-message.entity';

export const MAILBOX_PAGE_SIZE = 50;

/** The admin's view of the outbox: every message with its delivery state (the local mailbox). */
@Injectable()
export class MailboxService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(filter: { to?: string; page: number }) {
    const qb = this.dataSource
      .getRepository(OutboxMessage)
      .createQueryBuilder('o')
      .select([
        'o.id',
        'o.toAddress',
        'o.subject',
        'o.status',
        'o.attempts',
        'o.transport',
        'o.createdAt',
        'o.sentAt',
        'o.lastError',
      ]);
    if (filter.to) qb.where('LOWER(o.to_address) LIKE :to', { to: containsPattern(filter.to) });
    return qb
      .orderBy('o.id', 'DESC')
      .skip((filter.page - 1) * MAILBOX_PAGE_SIZE)
      .take(MAILBOX_PAGE_SIZE)
      .getManyAndCount();
  }

  get(id: number) {
    return this.dataSource.getRepository(OutboxMessage).findOneBy({ id });
  }
}
