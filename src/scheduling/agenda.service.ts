import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Edition } from './edition.entity';
import { EditionStatus } from './edition-status';
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

export interface EditionListFilter {
  status?: EditionStatus;
  offeringId?: number;
  upcomingOnly: boolean;
}

/** Staff and trainer views of the planning: meetings in a period, editions with their fill rate. */
@Injectable()
export class AgendaService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** All meetings that start in [from, to), not of cancelled editions; one query. */
  async meetings(from: Date, to: Date, filter: AgendaFilter): Promise<AgendaMeeting[]> {
    const qb = this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('mt')
      .innerJoinAndSelect('mt.edition', 'e')
      .innerJoinAndSelect('e.offering', 'o')
      .where('mt.starts_at >= :from AND mt.starts_at < :to', { from, to })
      .andWhere("e.status <> 'cancelled'");
    if (filter.offeringId) qb.andWhere('e.offering_id = :offeringId', { offeringId: filter.offeringId });
    if (filter.region) qb.andWhere('e.region_code = :region', { region: filter.region });
    if (filter.trainerId) {
      qb.andWhere('EXISTS (SELECT 1 FROM edition_trainers et WHERE et.edition_id = e.id AND et.user_id = :trainerId)', { trainerId: filter.trainerId });
    }
    const rows = await qb.orderBy('mt.starts_at', 'ASC').getMany();
    return rows.map((meeting) => ({ meeting, edition: meeting.edition!, offeringTitle: meeting.edition!.offering!.title }));
  }

  /** The upcoming meetings a trainer teaches. */
  trainerMeetings(trainerId: number, now = new Date()): Promise<AgendaMeeting[]> {
    return this.meetings(now, new Date(now.getTime() + 366 * 86_400_000), { trainerId });
  }

  /** Editions with offering, sorted by first meeting; one query. */
  editions(filter: EditionListFilter, now = new Date()): Promise<(Edition & { offering: NonNullable<Edition['offering']> })[]> {
    const qb = this.dataSource.getRepository(Edition).createQueryBuilder('e').innerJoinAndSelect('e.offering', 'o');
    if (filter.status) qb.andWhere('e.status = :status', { status: filter.status });
    if (filter.offeringId) qb.andWhere('e.offering_id = :offeringId', { offeringId: filter.offeringId });
    if (filter.upcomingOnly) qb.andWhere('(e.ends_at IS NULL OR e.ends_at >= :now)', { now });
    return qb.orderBy('e.starts_at', 'ASC').addOrderBy('e.id', 'ASC').getMany() as Promise<(Edition & { offering: NonNullable<Edition['offering']> })[]>;
  }
}
