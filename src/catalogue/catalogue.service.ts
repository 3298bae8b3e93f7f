import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In, SelectQueryBuilder } from 'typeorm';
import { User } from '../accounts/user.entity';
import { EditionTrainer } from '../scheduling/edition-trainer.entity';
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';
import { SchedulingError, SchedulingErrorCode } from '../scheduling/scheduling.error';
import type { OfferingKind } from './offering-kind';
import { Offering } from './offering.entity';

export const CATALOGUE_PAGE_SIZE = 20;

export interface CatalogueFilter {
  kind?: OfferingKind;
  region?: string;
  /** YYYY-MM: editions that start in that month (Amsterdam) */
  month?: { from: Date; to: Date; value: string };
  placesLeft?: boolean;
  page: number;
}

export interface CatalogueEntry {
  offering: Offering;
  editions: Edition[];
}

export interface PublicEdition {
  edition: Edition & { offering: Offering };
  meetings: Meeting[];
  trainers: { id: number; name: string }[];
}

/**
 * What visitors see: published offerings and their upcoming published editions.
 * A list page costs the same three queries however many offerings and editions there are.
 */
@Injectable()
export class CatalogueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(
    filter: CatalogueFilter,
    now = new Date(),
  ): Promise<{ entries: CatalogueEntry[]; total: number }> {
    const editionFilter = !!(filter.region || filter.month || filter.placesLeft);
    const offerings = this.dataSource
      .getRepository(Offering)
      .createQueryBuilder('o')
      .where('o.published = :yes', { yes: true });
    if (filter.kind) offerings.andWhere('o.kind = :kind', { kind: filter.kind });
    if (editionFilter) {
      const sub = this.upcoming(
        this.dataSource.getRepository(Edition).createQueryBuilder('e'),
        filter,
        now,
      )
        .select('1')
        .andWhere('e.offering_id = o.id');
      offerings.andWhere(`EXISTS (${sub.getQuery()})`).setParameters(sub.getParameters());
    }
    const [page, total] = await offerings
      .orderBy('o.title', 'ASC')
      // titles need not be unique: a tie-breaker keeps the pages stable (no offering on two pages)
      .addOrderBy('o.id', 'ASC')
      .skip((filter.page - 1) * CATALOGUE_PAGE_SIZE)
      .take(CATALOGUE_PAGE_SIZE)
      .getManyAndCount();
    if (!page.length) return { entries: [], total };
    const editions = await this.upcoming(
      this.dataSource.getRepository(Edition).createQueryBuilder('e'),
      filter,
      now,
    )
      .andWhere('e.offering_id IN (:...ids)', { ids: page.map((o) => o.id) })
      .orderBy('e.starts_at', 'ASC')
      .getMany();
    return {
      entries: page.map((offering) => ({
        offering,
        editions: editions.filter((e) => e.offeringId === offering.id),
      })),
      total,
    };
  }

  async offering(slug: string, now = new Date()): Promise<CatalogueEntry> {
    const offering = await this.dataSource
      .getRepository(Offering)
      .findOneBy({ slug, published: true });
    if (!offering) throw new SchedulingError(SchedulingErrorCode.OfferingNotFound);
    const editions = await this.upcoming(
      this.dataSource.getRepository(Edition).createQueryBuilder('e'),
      { page: 1 },
      now,
    )
      .andWhere('e.offering_id = :id', { id: offering.id })
      .orderBy('e.starts_at', 'ASC')
      .getMany();
    return { offering, editions };
  }

  /** A published edition of a published offering, else not found (drafts stay private). */
  async edition(id: number): Promise<PublicEdition> {
    const edition = await this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.offering', 'o')
      .leftJoinAndSelect('e.region', 'r')
      .where('e.id = :id', { id })
      .andWhere("e.status IN ('published', 'completed')")
      .andWhere('o.published = :yes', { yes: true })
      .getOne();
    if (!edition) throw new SchedulingError(SchedulingErrorCode.EditionNotFound);
    const meetings = await this.dataSource.getRepository(Meeting).find({
      where: { editionId: id },
      relations: { municipality: true },
      order: { startsAt: 'ASC' },
    });
    const links = await this.dataSource.getRepository(EditionTrainer).findBy({ editionId: id });
    const trainers = links.length
      ? await this.dataSource.getRepository(User).find({
          select: { id: true, name: true },
          where: { id: In(links.map((l) => l.userId)) },
          order: { name: 'ASC' },
        })
      : [];
    return { edition: edition as Edition & { offering: Offering }, meetings, trainers };
  }

  private upcoming(
    qb: SelectQueryBuilder<Edition>,
    filter: Omit<CatalogueFilter, 'kind'>,
    now: Date,
  ): SelectQueryBuilder<Edition> {
    qb.where("e.status = 'published'").andWhere('e.starts_at > :now', { now });
    if (filter.region) qb.andWhere('e.region_code = :region', { region: filter.region });
    if (filter.month)
      qb.andWhere(
        new Brackets((b) =>
          b
            .where('e.starts_at >= :mFrom', { mFrom: filter.month!.from })
            .andWhere('e.starts_at < :mTo', { mTo: filter.month!.to }),
        ),
      );
    if (filter.placesLeft) qb.andWhere('e.seats_taken < e.capacity');
    return qb;
  }
}
