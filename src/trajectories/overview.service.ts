import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import { User } from '../accounts/user.entity';
import { Municipality } from '../geo/municipality.entity';
import { Province } from '../geo/province.entity';
import { NO_COACH, OverviewFilter, statusesOf } from './overview-query';
import { TrajectoryAction } from './trajectory-action.entity';
import {
  TrajectoryOrganisation,
  TrajectoryOrganisationKind,
} from './trajectory-organisation.entity';
import { TrajectoryPhase } from './trajectory-phase.entity';
import { Trajectory } from './trajectory.entity';

export const OVERVIEW_PAGE_SIZE = 50;

/** IN lists stay well below PostgreSQL's 65,535 and SQLite's 32,766 parameters. */
const CHUNK = 500;

export interface PlaceRef {
  code: string;
  name: string;
}

export interface CoachRef {
  id: number;
  name: string;
}

/** One trajectory on the board, in the list or in the CSV. */
export interface OverviewRow {
  trajectory: Trajectory;
  coach: CoachRef | null;
  organisations: { kind: TrajectoryOrganisationKind; name: string }[];
  openActions: number;
  overdueActions: number;
}

export interface OverviewResult {
  rows: OverviewRow[];
  total: number;
}

/** What the filter form offers. */
export interface OverviewOptions {
  coaches: CoachRef[];
  municipalities: PlaceRef[];
  provinces: PlaceRef[];
  phases: TrajectoryPhase[];
}

/** One cell of the counts table: trajectories in a municipality and a phase. */
export interface OverviewCount {
  municipalityCode: string;
  phaseId: number;
  count: number;
}

export interface OverviewCounts {
  cells: OverviewCount[];
  municipalities: PlaceRef[];
  phases: TrajectoryPhase[];
}

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

const collator = new Intl.Collator('nl');

/**
 * Staff's view of all JOS trajectories: the board by phase, the list (overdue actions first)
 * and the counts per municipality and phase. Reads only; `today` is the Amsterdam date
 * (`YYYY-MM-DD`), an open action due before it is overdue.
 */
@Injectable()
export class TrajectoryOverviewService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The trajectories the filter keeps (every filter narrows; none means all). */
  private filtered(
    filter: Omit<OverviewFilter, 'page' | 'phase'> & { phase?: string },
  ): SelectQueryBuilder<Trajectory> {
    const qb = this.dataSource
      .getRepository(Trajectory)
      .createQueryBuilder('t')
      .innerJoin('t.municipality', 'mu')
      .innerJoin('t.phase', 'p');
    const statuses = statusesOf(filter.status);
    if (statuses) qb.andWhere('t.status IN (:...statuses)', { statuses });
    if (filter.coach === NO_COACH) qb.andWhere('t.coachId IS NULL');
    else if (filter.coach !== undefined) qb.andWhere('t.coachId = :coach', { coach: filter.coach });
    if (filter.municipality)
      qb.andWhere('t.municipalityCode = :municipality', { municipality: filter.municipality });
    if (filter.province) qb.andWhere('mu.provinceCode = :province', { province: filter.province });
    if (filter.phase) qb.andWhere('p.key = :phase', { phase: filter.phase });
    return qb;
  }

  /**
   * The trajectories in order: those with overdue actions first, the longest overdue first
   * (then the most overdue actions), then by last change. `paged` false: all of them (the board,
   * the CSV). The ordering and the action counts are one query with a grouped join.
   */
  async search(filter: OverviewFilter, today: string, paged: boolean): Promise<OverviewResult> {
    const qb = this.filtered(filter)
      .leftJoin(
        (sq) =>
          sq
            .select('a.trajectory_id', 'trajectory_id')
            .addSelect('COUNT(*)', 'open_count')
            .addSelect('SUM(CASE WHEN a.due_on < :today THEN 1 ELSE 0 END)', 'overdue_count')
            .addSelect('MIN(CASE WHEN a.due_on < :today THEN a.due_on ELSE NULL END)', 'oldest_due')
            .from(TrajectoryAction, 'a')
            .where("a.status = 'open'")
            .groupBy('a.trajectory_id'),
        'ac',
        'ac.trajectory_id = t.id',
      )
      .setParameter('today', today)
      .select('t.id', 'id')
      .addSelect('COALESCE(ac.open_count, 0)', 'open_count')
      .addSelect('COALESCE(ac.overdue_count, 0)', 'overdue_count')
      .orderBy('CASE WHEN ac.oldest_due IS NULL THEN 1 ELSE 0 END', 'ASC')
      .addOrderBy('ac.oldest_due', 'ASC')
      .addOrderBy('COALESCE(ac.overdue_count, 0)', 'DESC')
      .addOrderBy('t.updatedAt', 'DESC')
      .addOrderBy('t.id', 'DESC');
    if (paged) qb.offset((filter.page - 1) * OVERVIEW_PAGE_SIZE).limit(OVERVIEW_PAGE_SIZE);
    const [raw, total] = await Promise.all([
      qb.getRawMany<{
        id: number | string;
        open_count: number | string;
        overdue_count: number | string;
      }>(),
      this.filtered(filter).getCount(),
    ]);
    const ids = raw.map((r) => Number(r.id));
    const [trajectories, organisations] = await Promise.all([
      this.load(ids),
      this.organisationsOf(ids),
    ]);
    const coachIds = [...new Set(trajectories.map((t) => t.coachId).filter((id) => id !== null))];
    const coaches = await this.names(coachIds);
    const byId = new Map(trajectories.map((t) => [t.id, t]));
    const rows: OverviewRow[] = [];
    for (const r of raw) {
      const trajectory = byId.get(Number(r.id));
      if (!trajectory) continue;
      rows.push({
        trajectory,
        coach:
          trajectory.coachId === null
            ? null
            : { id: trajectory.coachId, name: coaches.get(trajectory.coachId) ?? '' },
        organisations: organisations.get(trajectory.id) ?? [],
        openActions: Number(r.open_count),
        overdueActions: Number(r.overdue_count),
      });
    }
    return { rows, total };
  }

  /**
   * Trajectories per municipality and phase (GROUP BY in the database), filtered by province and
   * status; the municipalities that have any, and the phases to show as columns (the active
   * ones, and any hidden one that still has trajectories).
   */
  async counts(filter: Pick<OverviewFilter, 'province' | 'status'>): Promise<OverviewCounts> {
    const raw = await this.filtered({ province: filter.province, status: filter.status })
      .select('t.municipalityCode', 'municipality_code')
      .addSelect('t.phaseId', 'phase_id')
      .addSelect('COUNT(*)', 'n')
      .groupBy('t.municipalityCode')
      .addGroupBy('t.phaseId')
      .getRawMany<{ municipality_code: string; phase_id: number | string; n: number | string }>();
    const cells = raw.map((r) => ({
      municipalityCode: r.municipality_code,
      phaseId: Number(r.phase_id),
      count: Number(r.n),
    }));
    const codes = [...new Set(cells.map((c) => c.municipalityCode))];
    const phaseIds = new Set(cells.map((c) => c.phaseId));
    const [municipalities, phases] = await Promise.all([
      this.municipalityRefs(codes),
      this.phases(),
    ]);
    return {
      cells,
      municipalities,
      phases: phases.filter((p) => p.active || phaseIds.has(p.id)),
    };
  }

  /** The choices of the filter form. */
  async options(): Promise<OverviewOptions> {
    const ds = this.dataSource;
    const [staff, assigned, codes, provinces, phases] = await Promise.all([
      ds.getRepository(User).find({
        where: { role: In(['staff', 'admin']) },
        select: { id: true, name: true, deactivatedAt: true },
      }),
      ds
        .getRepository(Trajectory)
        .createQueryBuilder('t')
        .select('DISTINCT t.coachId', 'coach_id')
        .where('t.coachId IS NOT NULL')
        .getRawMany<{ coach_id: number | string }>(),
      ds
        .getRepository(Trajectory)
        .createQueryBuilder('t')
        .select('DISTINCT t.municipalityCode', 'code')
        .getRawMany<{ code: string }>(),
      ds.getRepository(Province).find(),
      this.phases(),
    ]);
    // every active staff member, and whoever coaches a trajectory now (also if deactivated since)
    const assignedIds = new Set(assigned.map((a) => Number(a.coach_id)));
    const coaches = staff
      .filter((u) => !u.deactivatedAt || assignedIds.has(u.id))
      .map((u) => ({ id: u.id, name: u.name }));
    const known = new Set(coaches.map((c) => c.id));
    const missing = [...assignedIds].filter((id) => !known.has(id));
    if (missing.length)
      for (const [id, name] of await this.names(missing)) coaches.push({ id, name });
    return {
      coaches: coaches.sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id),
      municipalities: await this.municipalityRefs(codes.map((c) => c.code)),
      provinces: provinces
        .map((p) => ({ code: p.code, name: p.name }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      phases,
    };
  }

  /** Every phase in order (hidden ones too: they may still hold trajectories). */
  async phases(): Promise<TrajectoryPhase[]> {
    return this.dataSource
      .getRepository(TrajectoryPhase)
      .find({ order: { position: 'ASC', id: 'ASC' } });
  }

  private async load(ids: number[]): Promise<Trajectory[]> {
    const out: Trajectory[] = [];
    for (const part of chunks(ids))
      out.push(
        ...(await this.dataSource.getRepository(Trajectory).find({
          where: { id: In(part) },
          relations: { phase: true, municipality: { province: true } },
        })),
      );
    return out;
  }

  private async organisationsOf(
    ids: number[],
  ): Promise<Map<number, { kind: TrajectoryOrganisationKind; name: string }[]>> {
    const result = new Map<number, { kind: TrajectoryOrganisationKind; name: string }[]>();
    for (const part of chunks(ids)) {
      const rows = await this.dataSource.getRepository(TrajectoryOrganisation).find({
        where: { trajectoryId: In(part) },
        order: { position: 'ASC', id: 'ASC' },
      });
      for (const o of rows) {
        const list = result.get(o.trajectoryId) ?? [];
        list.push({ kind: o.kind, name: o.name });
        result.set(o.trajectoryId, list);
      }
    }
    return result;
  }

  private async names(ids: number[]): Promise<Map<number, string>> {
    const result = new Map<number, string>();
    for (const part of chunks(ids)) {
      const users = await this.dataSource
        .getRepository(User)
        .find({ where: { id: In(part) }, select: { id: true, name: true } });
      for (const u of users) result.set(u.id, u.name);
    }
    return result;
  }

  private async municipalityRefs(codes: string[]): Promise<PlaceRef[]> {
    const out: PlaceRef[] = [];
    for (const part of chunks(codes)) {
      const rows = await this.dataSource
        .getRepository(Municipality)
        .find({ where: { code: In(part) }, select: { code: true, name: true } });
      out.push(...rows.map((mu) => ({ code: mu.code, name: mu.name })));
    }
    return out.sort((a, b) => collator.compare(a.name, b.name));
  }
}
