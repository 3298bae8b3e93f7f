import { parsePage } from '../common/views/pagination';
import { MUNICIPALITIES, PROVINCES } from '../geo/municipalities.data';
import type { TrajectoryStatus } from './trajectory.entity';

export const OVERVIEW_STATUSES = ['active', 'completed', 'stopped', 'declined', 'all'] as const;
export type OverviewStatus = (typeof OVERVIEW_STATUSES)[number];

/** `coach=geen`: trajectories without a coach. */
export const NO_COACH = 'geen';

/**
 * The staff overview's filter, from the query string (the same for the board, the list and the
 * CSV): `coach` (a user id or `geen`), `gemeente` (GMxxxx), `provincie` (PVxx), `fase` (a phase
 * key), `status` (active by default, or `all`), `pagina` (the list only).
 */
export interface OverviewFilter {
  coach?: number | typeof NO_COACH;
  municipality?: string;
  province?: string;
  phase?: string;
  status: OverviewStatus;
  page: number;
}

const PHASE_KEY = /^[a-z0-9_-]{1,40}$/;

/** Query strings are parsed leniently: anything unexpected is ignored, never an error page. */
export function parseOverviewFilter(query: Record<string, unknown>): OverviewFilter {
  const coachText = typeof query.coach === 'string' ? query.coach.trim() : '';
  const coachId = /^\d{1,9}$/.test(coachText) ? Number(coachText) : NaN;
  const coach =
    coachText === NO_COACH
      ? NO_COACH
      : Number.isSafeInteger(coachId) && coachId > 0
        ? coachId
        : undefined;
  const phase =
    typeof query.fase === 'string' && PHASE_KEY.test(query.fase) ? query.fase : undefined;
  return {
    coach,
    municipality: MUNICIPALITIES.find((mu) => mu.code === query.gemeente)?.code,
    province: PROVINCES.find((p) => p.code === query.provincie)?.code,
    phase,
    status: OVERVIEW_STATUSES.find((s) => s === query.status) ?? 'active',
    page: parsePage(query.pagina),
  };
}

/** The statuses a filter status stands for (`all`: none left out). */
export function statusesOf(status: OverviewStatus): TrajectoryStatus[] | null {
  return status === 'all' ? null : [status];
}

/** The filter as query parameters, for links that keep it (pages, the other views, the CSV). */
export function overviewQuery(
  filter: Omit<OverviewFilter, 'page'>,
): Record<string, string | undefined> {
  return {
    coach: filter.coach === undefined ? undefined : String(filter.coach),
    gemeente: filter.municipality,
    provincie: filter.province,
    fase: filter.phase,
    status: filter.status === 'active' ? undefined : filter.status,
  };
}

export function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  const qs = search.toString();
  return qs ? `?${qs}` : '';
}
