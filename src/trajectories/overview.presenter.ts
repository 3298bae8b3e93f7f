import { csvDate, csvDateTime, toCsv } from '../attendance/csv';
import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate, formatDateTime, isoDateTime } from '../common/views/format';
import { paginate } from '../common/views/pagination';
import {
  NO_COACH,
  OVERVIEW_STATUSES,
  OverviewFilter,
  overviewQuery,
  queryString,
} from './overview-query';
import {
  OVERVIEW_PAGE_SIZE,
  OverviewCounts,
  OverviewOptions,
  OverviewResult,
  OverviewRow,
} from './overview.service';
import type { TrajectoryPhase } from './trajectory-phase.entity';

export const OVERVIEW_PATH = '/beheer/jos';
export const OVERVIEW_LIST_PATH = `${OVERVIEW_PATH}/lijst`;
export const OVERVIEW_COUNTS_PATH = `${OVERVIEW_PATH}/aantallen`;
/** Pages of the application queue and the phase configuration (built beside this overview). */
export const APPLICATIONS_PATH = `${OVERVIEW_PATH}/aanvragen`;
export const PHASES_PATH = `${OVERVIEW_PATH}/fasen`;

export type OverviewView = 'board' | 'list' | 'counts';

function phaseName(phase: Pick<TrajectoryPhase, 'nameNl' | 'nameEn'> | undefined, locale: Locale) {
  if (!phase) return '';
  return locale === 'en' ? phase.nameEn : phase.nameNl;
}

/** "3 december 2026" for a `YYYY-MM-DD` date (noon UTC is the same day in Amsterdam). */
function day(date: string | null, locale: Locale): string {
  return date ? formatDate(`${date}T12:00:00Z`, locale) : '';
}

function overdueText(n: number, locale: Locale): string {
  if (n === 0) return translate(locale, 'trajectories.overview.overdueNone');
  return n === 1
    ? translate(locale, 'trajectories.overview.overdueOne')
    : translate(locale, 'trajectories.overview.overdueMany', { count: n });
}

function foundText(total: number, locale: Locale): string {
  if (total === 0) return translate(locale, 'trajectories.overview.foundNone');
  return total === 1
    ? translate(locale, 'trajectories.overview.foundOne')
    : translate(locale, 'trajectories.overview.found', { count: total });
}

/** The links between the three views and to the queue and the phases; the filter is kept. */
function overviewNav(filter: Omit<OverviewFilter, 'page'>, current: OverviewView) {
  const qs = queryString(overviewQuery(filter));
  return {
    views: [
      {
        href: `${OVERVIEW_PATH}${qs}`,
        label: 'trajectories.overview.nav.board',
        current: current === 'board',
      },
      {
        href: `${OVERVIEW_LIST_PATH}${qs}`,
        label: 'trajectories.overview.nav.list',
        current: current === 'list',
      },
      {
        href: `${OVERVIEW_COUNTS_PATH}${queryString({ provincie: filter.province, status: overviewQuery(filter).status })}`,
        label: 'trajectories.overview.nav.counts',
        current: current === 'counts',
      },
    ],
    applicationsHref: APPLICATIONS_PATH,
    phasesHref: PHASES_PATH,
  };
}

/** The GET filter form; `fields` says which filters the page has. */
function filterForm(
  filter: Omit<OverviewFilter, 'page'>,
  options: OverviewOptions,
  action: string,
  locale: Locale,
  fields: 'all' | 'counts',
) {
  const query = overviewQuery(filter);
  const used = fields === 'all' ? query : { provincie: query.provincie, status: query.status };
  return {
    action,
    full: fields === 'all',
    coaches: [
      {
        value: NO_COACH,
        label: translate(locale, 'trajectories.overview.noCoach'),
        selected: filter.coach === NO_COACH,
      },
      ...options.coaches.map((c) => ({
        value: String(c.id),
        label: c.name,
        selected: c.id === filter.coach,
      })),
    ],
    municipalities: options.municipalities.map((mu) => ({
      value: mu.code,
      label: mu.name,
      selected: mu.code === filter.municipality,
    })),
    provinces: options.provinces.map((p) => ({
      value: p.code,
      label: p.name,
      selected: p.code === filter.province,
    })),
    phases: options.phases.map((p) => ({
      value: p.key,
      label:
        phaseName(p, locale) +
        (p.active ? '' : ` (${translate(locale, 'trajectories.overview.phaseHidden')})`),
      selected: p.key === filter.phase,
    })),
    statuses: OVERVIEW_STATUSES.map((s) => ({
      value: s,
      label: `trajectories.overview.status.${s}` as MessageKey,
      selected: s === filter.status,
    })),
    filtered: Object.values(used).some(Boolean),
    resetHref: action,
  };
}

function organisationsText(row: OverviewRow): string {
  return row.organisations.map((o) => o.name).join(', ');
}

function coachText(row: OverviewRow, locale: Locale): string {
  return row.coach?.name || translate(locale, 'trajectories.overview.noCoach');
}

function statusLabel(status: string): MessageKey {
  return `trajectories.overview.status.${status}` as MessageKey;
}

/** One card on the board. */
export function boardCard(row: OverviewRow, locale: Locale) {
  const t = row.trajectory;
  return {
    id: t.id,
    href: `/jos/trajecten/${t.id}`,
    title: t.title,
    municipality: t.municipality?.name ?? t.municipalityCode,
    coach: coachText(row, locale),
    hasCoach: !!row.coach,
    organisations: organisationsText(row),
    overdue: row.overdueActions > 0,
    overdueText: overdueText(row.overdueActions, locale),
    closed: t.status !== 'active',
    statusLabel: statusLabel(t.status),
  };
}

/**
 * GET /beheer/jos: a column per active phase in order (only the chosen one when filtered by
 * phase), plus any hidden phase that still holds one of the trajectories; the cards keep the
 * list's order (overdue first).
 */
export function boardPage(
  result: OverviewResult,
  filter: OverviewFilter,
  options: OverviewOptions,
  locale: Locale,
) {
  const byPhase = new Map<number, OverviewRow[]>();
  for (const row of result.rows) {
    const list = byPhase.get(row.trajectory.phaseId) ?? [];
    list.push(row);
    byPhase.set(row.trajectory.phaseId, list);
  }
  const columns = options.phases
    .filter((p) => (filter.phase ? p.key === filter.phase : p.active || byPhase.has(p.id)))
    .map((p) => {
      const rows = byPhase.get(p.id) ?? [];
      return {
        key: p.key,
        headingId: `fase-${p.key}`,
        name: phaseName(p, locale),
        count: String(rows.length),
        cards: rows.map((row) => boardCard(row, locale)),
      };
    });
  return {
    pageTitle: 'trajectories.overview.board.title',
    nav: overviewNav(filter, 'board'),
    form: filterForm(filter, options, OVERVIEW_PATH, locale, 'all'),
    found: foundText(result.total, locale),
    columns,
  };
}

/** One row of the list (and the CSV's source). */
export function listRow(row: OverviewRow, locale: Locale) {
  const t = row.trajectory;
  return {
    id: t.id,
    href: `/jos/trajecten/${t.id}`,
    title: t.title,
    municipality: t.municipality?.name ?? t.municipalityCode,
    province: t.municipality?.province?.name ?? '',
    phase: phaseName(t.phase, locale),
    statusLabel: statusLabel(t.status),
    coach: coachText(row, locale),
    hasCoach: !!row.coach,
    start: day(t.startDate, locale),
    startIso: t.startDate ?? '',
    plannedEnd: day(t.plannedEndDate, locale),
    plannedEndIso: t.plannedEndDate ?? '',
    openActions: String(row.openActions),
    overdueActions: String(row.overdueActions),
    overdue: row.overdueActions > 0,
    updatedAt: formatDateTime(t.updatedAt, locale),
    updatedAtIso: isoDateTime(t.updatedAt),
  };
}

/** GET /beheer/jos/lijst */
export function listPage(
  result: OverviewResult,
  filter: OverviewFilter,
  options: OverviewOptions,
  locale: Locale,
) {
  const query = overviewQuery(filter);
  return {
    pageTitle: 'trajectories.overview.list.title',
    nav: overviewNav(filter, 'list'),
    form: filterForm(filter, options, OVERVIEW_LIST_PATH, locale, 'all'),
    found: foundText(result.total, locale),
    rows: result.rows.map((row) => listRow(row, locale)),
    csvHref: `${OVERVIEW_LIST_PATH}.csv${queryString(query)}`,
    pagination: paginate(OVERVIEW_LIST_PATH, query, filter.page, OVERVIEW_PAGE_SIZE, result.total),
  };
}

/** GET /beheer/jos/lijst.csv: the list's columns for every trajectory the filter keeps. */
export function listCsv(rows: OverviewRow[], locale: Locale): string {
  const k = (key: string) => translate(locale, `trajectories.overview.col.${key}`);
  return toCsv([
    [
      'id',
      k('title'),
      k('municipality'),
      k('province'),
      k('phase'),
      k('status'),
      k('coach'),
      k('organisations'),
      k('start'),
      k('plannedEnd'),
      k('openActions'),
      k('overdueActions'),
      k('updatedAt'),
    ],
    ...rows.map((row) => {
      const t = row.trajectory;
      return [
        t.id,
        t.title,
        t.municipality?.name ?? t.municipalityCode,
        t.municipality?.province?.name ?? '',
        phaseName(t.phase, locale),
        translate(locale, statusLabel(t.status)),
        row.coach?.name ?? '',
        organisationsText(row),
        t.startDate ? csvDate(t.startDate) : '',
        t.plannedEndDate ? csvDate(t.plannedEndDate) : '',
        row.openActions,
        row.overdueActions,
        csvDateTime(t.updatedAt),
      ];
    }),
  ]);
}

interface CountsTable {
  phases: { id: number; name: string }[];
  rows: { code: string; name: string; cells: number[]; total: number }[];
  totals: number[];
  total: number;
}

/** The counts as a table: municipalities (by name) × phases (in order), with both totals. */
export function countsTable(counts: OverviewCounts, locale: Locale): CountsTable {
  const phases = counts.phases.map((p) => ({ id: p.id, name: phaseName(p, locale) }));
  const cell = new Map(counts.cells.map((c) => [`${c.municipalityCode}:${c.phaseId}`, c.count]));
  const rows = counts.municipalities.map((mu) => {
    const cells = phases.map((p) => cell.get(`${mu.code}:${p.id}`) ?? 0);
    return { code: mu.code, name: mu.name, cells, total: cells.reduce((a, b) => a + b, 0) };
  });
  const totals = phases.map((_, i) => rows.reduce((sum, r) => sum + r.cells[i], 0));
  return { phases, rows, totals, total: totals.reduce((a, b) => a + b, 0) };
}

/** GET /beheer/jos/aantallen */
export function countsPage(
  counts: OverviewCounts,
  filter: OverviewFilter,
  options: OverviewOptions,
  locale: Locale,
) {
  const table = countsTable(counts, locale);
  const only = { province: filter.province, status: filter.status };
  return {
    pageTitle: 'trajectories.overview.counts.title',
    nav: overviewNav(only, 'counts'),
    form: filterForm(only, options, OVERVIEW_COUNTS_PATH, locale, 'counts'),
    phases: table.phases,
    rows: table.rows.map((r) => ({
      name: r.name,
      cells: r.cells.map(String),
      total: String(r.total),
    })),
    totals: table.totals.map(String),
    total: String(table.total),
    empty: table.rows.length === 0,
    csvHref: `${OVERVIEW_COUNTS_PATH}.csv${queryString({
      provincie: filter.province,
      status: overviewQuery(filter).status,
    })}`,
  };
}

/** GET /beheer/jos/aantallen.csv: the same table, the totals as the last row and column. */
export function countsCsv(counts: OverviewCounts, locale: Locale): string {
  const table = countsTable(counts, locale);
  const total = translate(locale, 'trajectories.overview.counts.total');
  return toCsv([
    [
      translate(locale, 'trajectories.overview.col.municipality'),
      ...table.phases.map((p) => p.name),
      total,
    ],
    ...table.rows.map((r) => [r.name, ...r.cells, r.total]),
    [total, ...table.totals, table.total],
  ]);
}

export function overviewCsvFilename(kind: 'lijst' | 'aantallen', now: Date): string {
  return `jos-${kind}-${toAmsterdamParts(now).date}.csv`;
}
