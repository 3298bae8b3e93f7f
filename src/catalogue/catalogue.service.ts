import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';
import { SchedulingError, SchedulingErrorCode } from '../scheduling/scheduling.error';
import { rawDate, rawDateOrNull, rawInt } from '../database/raw';
import type { OfferingKind } from './offering-kind';
import { CatalogueCache } from './catalogue-cache';
import { Offering } from './offering.entity';

export const CATALOGUE_PAGE_SIZE = 12;

/** The cache key of a catalogue page: every filter value that changes the result. */
export function catalogueKey(filter: CatalogueFilter): string {
  return JSON.stringify([
    filter.kind,
    filter.region,
    filter.month?.value,
    filter.placesLeft,
    filter.page,
  ]);
}

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

/** An edition as the catalogue list shows it. */
export type ListEdition = Pick<
  Edition,
  | 'id'
  | 'offeringId'
  | 'title'
  | 'capacity'
  | 'seatsTaken'
  | 'regionCode'
  | 'status'
  | 'startsAt'
  | 'endsAt'
  | 'registrationOpensAt'
  | 'registrationClosesAt'
>;

export interface CatalogueListEntry {
  offering: Pick<Offering, 'id' | 'kind' | 'title' | 'slug' | 'summary'>;
  /** the first LIST_EDITIONS upcoming editions */
  editions: ListEdition[];
  /** all upcoming editions that match */
  editionCount: number;
}

/** The catalogue list shows the first few upcoming editions per offering; the offering page has all. */
export const LIST_EDITIONS = 3;

interface RankedEditionRow {
  id: number;
  offering_id: number;
  title: string;
  capacity: number;
  seats_taken: number;
  region_code: string | null;
  status: Edition['status'];
  starts_at: unknown;
  ends_at: unknown;
  registration_opens_at: unknown;
  registration_closes_at: unknown;
}

const EDITION_LIST_COLUMNS = [
  'id',
  'offering_id',
  'title',
  'capacity',
  'seats_taken',
  'region_code',
  'status',
  'starts_at',
  'ends_at',
  'registration_opens_at',
  'registration_closes_at',
] as const;

function listEdition(r: RankedEditionRow): ListEdition {
  return {
    id: rawInt(r.id),
    offeringId: rawInt(r.offering_id),
    title: r.title,
    capacity: rawInt(r.capacity),
    seatsTaken: rawInt(r.seats_taken),
    regionCode: r.region_code,
    status: r.status,
    startsAt: rawDateOrNull(r.starts_at),
    endsAt: rawDateOrNull(r.ends_at),
    registrationOpensAt: rawDate(r.registration_opens_at),
    registrationClosesAt: rawDate(r.registration_closes_at),
  };
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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: CatalogueCache,
  ) {}

  /**
   * One page of the catalogue: three lean queries (page, count, editions) whatever the size of
   * the catalogue. Only the columns the list shows are read, and at most LIST_EDITIONS editions
   * per offering, with the number of the others.
   */
  list(
    filter: CatalogueFilter,
    now = new Date(),
  ): Promise<{ entries: CatalogueListEntry[]; total: number }> {
    return this.cache.remember(`list:${catalogueKey(filter)}`, () => this.load(filter, now));
  }

  private async load(
    filter: CatalogueFilter,
    now: Date,
  ): Promise<{ entries: CatalogueListEntry[]; total: number }> {
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
      ).select('e.offering_id');
      // IN (uncorrelated) rather than a correlated EXISTS: evaluated once, not once per offering
      offerings.andWhere(`o.id IN (${sub.getQuery()})`).setParameters(sub.getParameters());
    }
    const rows = await offerings
      .clone()
      .select([
        'o.id AS id',
        'o.kind AS kind',
        'o.title AS title',
        'o.slug AS slug',
        'o.summary AS summary',
      ])
      .orderBy('o.title', 'ASC')
      // titles need not be unique: a tie-breaker keeps the pages stable (no offering on two pages)
      .addOrderBy('o.id', 'ASC')
      .offset((filter.page - 1) * CATALOGUE_PAGE_SIZE)
      .limit(CATALOGUE_PAGE_SIZE)
      .getRawMany<{
        id: number;
        kind: OfferingKind;
        title: string;
        slug: string;
        summary: string;
      }>();
    const total =
      filter.page === 1 && rows.length < CATALOGUE_PAGE_SIZE
        ? rows.length
        : rawInt((await offerings.select('COUNT(*)', 'n').getRawOne<{ n: unknown }>())?.n);
    if (!rows.length) return { entries: [], total };

    const ids = rows.map((o) => rawInt(o.id));
    const { sql: where, params } = this.upcomingSql(filter, now);
    const columns = EDITION_LIST_COLUMNS.map((c) => `e.${c}`).join(', ');
    // The first editions of each offering: one small index range per offering, in one statement.
    const firsts = ids
      .map(
        (_, i) =>
          `SELECT * FROM (SELECT ${columns} FROM editions e WHERE e.offering_id = :o${i} AND ${where} ORDER BY e.starts_at, e.id LIMIT ${LIST_EDITIONS}) p${i}`,
      )
      .join(' UNION ALL ');
    const editions = await this.raw<RankedEditionRow>(firsts, {
      ...params,
      ...Object.fromEntries(ids.map((id, i) => [`o${i}`, id])),
    });
    const counts = await this.raw<{ offering_id: unknown; n: unknown }>(
      `SELECT e.offering_id AS offering_id, COUNT(*) AS n FROM editions e WHERE e.offering_id IN (:...ids) AND ${where} GROUP BY e.offering_id`,
      { ...params, ids },
    );
    const countOf = new Map(counts.map((c) => [rawInt(c.offering_id), rawInt(c.n)]));

    return {
      entries: rows.map((o) => {
        const id = rawInt(o.id);
        return {
          offering: { ...o, id },
          editions: editions
            .filter((e) => rawInt(e.offering_id) === id)
            .map(listEdition)
            .sort(
              (a, b) => (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0) || a.id - b.id,
            ),
          editionCount: countOf.get(id) ?? 0,
        };
      }),
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
    const trainers = (
      await this.raw<{ id: unknown; name: string }>(
        'SELECT u.id AS id, u.name AS name FROM users u INNER JOIN edition_trainers et ON et.user_id = u.id WHERE et.edition_id = :id ORDER BY u.name',
        { id },
      )
    ).map((u) => ({ id: rawInt(u.id), name: u.name }));
    return { edition: edition as Edition & { offering: Offering }, meetings, trainers };
  }

  /** The catalogue's edition conditions as SQL on alias `e`, with named parameters. */
  private upcomingSql(
    filter: Omit<CatalogueFilter, 'kind'>,
    now: Date,
  ): { sql: string; params: Record<string, unknown> } {
    const parts = ["e.status = 'published'", 'e.starts_at > :now'];
    const params: Record<string, unknown> = { now };
    if (filter.region) {
      parts.push('e.region_code = :region');
      params.region = filter.region;
    }
    if (filter.month) {
      parts.push('e.starts_at >= :mFrom', 'e.starts_at < :mTo');
      Object.assign(params, { mFrom: filter.month.from, mTo: filter.month.to });
    }
    if (filter.placesLeft) parts.push('e.seats_taken < e.capacity');
    return { sql: parts.join(' AND '), params };
  }

  /** A raw query with named parameters, written the way this database driver wants them. */
  private raw<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query<T[]>(query, values);
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
