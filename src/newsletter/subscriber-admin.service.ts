import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '../common/sql/like';
import { NewsletterConsent } from './consent.entity';
import type { SubscriberFilter } from './dto/subscriber-filter.dto';
import { NewsletterSubscriber, SUBSCRIBER_STATUSES, SubscriberStatus } from './subscriber.entity';

export const SUBSCRIBERS_PAGE_SIZE = 50;

/** IN lists stay well below PostgreSQL's 65,535 and SQLite's 32,766 parameters. */
const CHUNK = 500;

export interface SubscriberSearchResult {
  subscribers: NewsletterSubscriber[];
  total: number;
  /** per status, for the other filters (search, topic) as they are */
  statusCounts: Record<SubscriberStatus, number>;
}

export interface SubscriberExportRow {
  subscriber: NewsletterSubscriber;
  /** the newest consent record, if any */
  consent: NewsletterConsent | null;
}

/** Staff's view of the subscribers: search, filter, count and export. Reads only. */
@Injectable()
export class SubscriberAdminService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private filtered(
    filter: SubscriberFilter,
    withStatus = true,
  ): SelectQueryBuilder<NewsletterSubscriber> {
    const qb = this.dataSource.getRepository(NewsletterSubscriber).createQueryBuilder('s');
    if (filter.q) {
      // addresses are stored in lower case
      qb.andWhere('(s.email LIKE :q OR LOWER(s.name) LIKE :q)', { q: containsPattern(filter.q) });
    }
    if (filter.topic) {
      // who chose no topic gets everything, so receives this topic too
      qb.andWhere(`(s.topics = '' OR (',' || s.topics || ',') LIKE :topic)`, {
        topic: `%,${filter.topic},%`,
      });
    }
    if (withStatus && filter.status) qb.andWhere('s.status = :status', { status: filter.status });
    return qb;
  }

  async search(filter: SubscriberFilter): Promise<SubscriberSearchResult> {
    const [subscribers, total] = await this.filtered(filter)
      .orderBy('s.email', 'ASC')
      .skip((filter.page - 1) * SUBSCRIBERS_PAGE_SIZE)
      .take(SUBSCRIBERS_PAGE_SIZE)
      .getManyAndCount();
    const counts = await this.filtered(filter, false)
      .select('s.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('s.status')
      .getRawMany<{ status: string; count: string | number }>();
    const statusCounts = Object.fromEntries(SUBSCRIBER_STATUSES.map((s) => [s, 0])) as Record<
      SubscriberStatus,
      number
    >;
    for (const c of counts)
      if (c.status in statusCounts) statusCounts[c.status as SubscriberStatus] = Number(c.count);
    return { subscribers, total, statusCounts };
  }

  /** Every subscriber the filter selects (no pages), each with the newest consent record. */
  async exportRows(filter: SubscriberFilter): Promise<SubscriberExportRow[]> {
    const subscribers = await this.filtered(filter)
      .orderBy('s.email', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    const latest = new Map<number, NewsletterConsent>();
    const consents = this.dataSource.getRepository(NewsletterConsent);
    for (let i = 0; i < subscribers.length; i += CHUNK) {
      const ids = subscribers.slice(i, i + CHUNK).map((s) => s.id);
      const rows = await consents.find({ where: { subscriberId: In(ids) }, order: { id: 'ASC' } });
      for (const c of rows) latest.set(c.subscriberId, c);
    }
    return subscribers.map((subscriber) => ({
      subscriber,
      consent: latest.get(subscriber.id) ?? null,
    }));
  }
}
