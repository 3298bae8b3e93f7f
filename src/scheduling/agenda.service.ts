import { startOfAmsterdamDay, toAmsterdamParts } from '../common/views/amsterdam-time';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Offering } from '../catalogue/offering.entity';
import { GeoService } from '../geo/geo.service';
import { Edition } from './edition.entity';
import { EditionStatus } from './edition-status';
import { EditionTrainer } from './edition-trainer.entity';
import { Meeting } from './meeting.entity';

export interface AgendaFilter {
  offeringId?: number;
  trainerId?: number;
  region?: string;
}

export interface AgendaMeeting {
  meeting: Meeting;
  edition: Edition;
  offeringTitle: string;
}

export const EDITIONS_PAGE_SIZE = 50;

export type ListedEdition = Edition & { offering: NonNullable<Edition['offering']> };

export interface EditionListFilter {
  status?: EditionStatus;
  offeringId?: number;
  upcomingOnly: boolean;
}

/** The choices of the agenda's filter form. */
export interface AgendaFilterOptions {
  offerings: { id: number; title: string }[];
  trainers: { id: number; name: string }[];
  regions: { code: string; name: string }[];
}

/** Staff and trainer views of the planning: meetings in a period, editions with their fill rate. */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly geo: GeoService,
  ) {}

  /** All meetings that start in [from, to), not of cancelled editions, with their municipality; one query. */
  async meetings(from: Date, to: Date, filter: AgendaFilter): Promise<AgendaMeeting[]> {
    const qb = this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('mt')
      .innerJoinAndSelect('mt.edition', 'e')
      .innerJoinAndSelect('e.offering', 'o')
      .leftJoinAndSelect('mt.municipality', 'mu')
      .where('mt.starts_at >= :from AND mt.starts_at < :to', { from, to })
      .andWhere("e.status <> 'cancelled'");
    if (filter.offeringId)
      qb.andWhere('e.offering_id = :offeringId', { offeringId: filter.offeringId });
    if (filter.region) qb.andWhere('e.region_code = :region', { region: filter.region });
    if (filter.trainerId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM edition_trainers et WHERE et.edition_id = e.id AND et.user_id = :trainerId)',
        { trainerId: filter.trainerId },
      );
    }
    const rows = await qb.orderBy('mt.starts_at', 'ASC').addOrderBy('mt.id', 'ASC').getMany();
    return rows.map((meeting) => ({
      meeting,
      edition: meeting.edition!,
      offeringTitle: meeting.edition!.offering!.title,
    }));
  }

  /** The upcoming meetings a trainer teaches. */
  trainerMeetings(trainerId: number, now = new Date()): Promise<AgendaMeeting[]> {
    // from the start of today (Amsterdam), so a meeting in progress is still listed
    const today = startOfAmsterdamDay(toAmsterdamParts(now).date) ?? now;
    return this.meetings(today, new Date(now.getTime() + 366 * 86_400_000), { trainerId });
  }

  /** The names of the trainers of these editions, by edition; one query whatever the number. */
  async trainerNames(editionIds: number[]): Promise<Map<number, string[]>> {
    const names = new Map<number, string[]>();
    const ids = [...new Set(editionIds)];
    if (!ids.length) return names;
    const rows = await this.dataSource
      .getRepository(EditionTrainer)
      .createQueryBuilder('et')
      .innerJoin(User, 'u', 'u.id = et.user_id')
      .select(['et.edition_id AS edition_id', 'u.name AS name'])
      .where('et.edition_id IN (:...ids)', { ids })
      .orderBy('u.name', 'ASC')
      .getRawMany<{ edition_id: number | string; name: string }>();
    for (const r of rows) {
      const id = Number(r.edition_id);
      names.set(id, [...(names.get(id) ?? []), r.name]);
    }
    return names;
  }

  /** All offerings (published or not), for a filter; one query. */
  async offeringOptions(): Promise<AgendaFilterOptions['offerings']> {
    const offerings = await this.dataSource
      .getRepository(Offering)
      .find({ select: { id: true, title: true }, order: { title: 'ASC', id: 'ASC' } });
    return offerings.map((o) => ({ id: o.id, title: o.title }));
  }

  /** All offerings, the users with the trainer role and the provinces; two queries (provinces are cached). */
  async filterOptions(): Promise<AgendaFilterOptions> {
    const [offerings, trainers, regions] = await Promise.all([
      this.offeringOptions(),
      this.dataSource.getRepository(User).find({
        select: { id: true, name: true },
        where: { role: 'trainer' },
        order: { name: 'ASC', id: 'ASC' },
      }),
      this.geo.provinces(),
    ]);
    return {
      offerings,
      trainers: trainers.map((u) => ({ id: u.id, name: u.name })),
      regions,
    };
  }

  /** Editions with offering, sorted by first meeting (editions without meetings last); one query. */
  editions(filter: EditionListFilter, now = new Date()): Promise<ListedEdition[]> {
    return this.editionsQuery(filter, now).getMany() as Promise<ListedEdition[]>;
  }

  /** One page of editions (EDITIONS_PAGE_SIZE) and how many there are in all. */
  async editionsPage(
    filter: EditionListFilter,
    page: number,
    now = new Date(),
  ): Promise<{ editions: ListedEdition[]; total: number }> {
    // offset/limit (not skip/take): the join is many-to-one, so rows are editions; and the
    // count is always run, so the number of queries does not depend on the data
    const query = this.editionsQuery(filter, now);
    const [editions, total] = await Promise.all([
      query
        .clone()
        .offset((page - 1) * EDITIONS_PAGE_SIZE)
        .limit(EDITIONS_PAGE_SIZE)
        .getMany(),
      query.getCount(),
    ]);
    return { editions: editions as ListedEdition[], total };
  }

  private editionsQuery(filter: EditionListFilter, now: Date) {
    const qb = this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.offering', 'o');
    if (filter.status) qb.andWhere('e.status = :status', { status: filter.status });
    if (filter.offeringId)
      qb.andWhere('e.offering_id = :offeringId', { offeringId: filter.offeringId });
    if (filter.upcomingOnly) qb.andWhere('(e.ends_at IS NULL OR e.ends_at >= :now)', { now });
    // NULLS LAST: SQLite and PostgreSQL differ in where they put NULLs by default.
    return qb.orderBy('e.starts_at', 'ASC', 'NULLS LAST').addOrderBy('e.id', 'ASC');
  }
}
