import { Locale, translate } from '../common/i18n/i18n';
import { startOfAmsterdamDay } from '../common/views/amsterdam-time';
import { formatDate } from '../common/views/format';
import { MIN_RESPONSES } from '../evaluations/evaluation-moment';
import { EDITION_STATUSES } from '../scheduling/edition-status';
import { barChart } from './charts/bar-chart';
import { lineChart } from './charts/line-chart';
import { provinceTiles } from './charts/province-tiles';
import type { DashboardReport } from './dashboard.service';
import {
  periodFields,
  type PeriodField,
  type PeriodParse,
  type ReportPeriod,
} from '../common/period';

export const DASHBOARD_PATH = '/beheer/rapportages';
export const ADVICE_REPORT_PATH = '/beheer/advies/rapportage';
export const JOS_COUNTS_PATH = '/beheer/jos/aantallen';

export const DASHBOARD_TABLES = [
  'bereik-per-jaar',
  'bereik-per-provincie',
  'bereik-per-gemeente',
  'bereik-per-sector',
  'uitvoeringen',
  'kerncijfers',
  'evaluatiescores',
  'advies',
  'jos-status',
  'jos-fase',
] as const;
export type DashboardTableName = (typeof DASHBOARD_TABLES)[number];

export function isDashboardTable(value: unknown): value is DashboardTableName {
  return typeof value === 'string' && (DASHBOARD_TABLES as readonly string[]).includes(value);
}

/** A cell: text, a whole number, a decimal (two decimals), a percentage or nothing. */
export type Value =
  string | number | { decimal: number | null } | { percent: number | null } | null;

export interface DashboardTable {
  name: DashboardTableName;
  caption: string;
  columns: { label: string; numeric: boolean }[];
  rows: Value[][];
  footers: Value[][];
}

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}/${decimals}/${grouping}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    formats.set(key, f);
  }
  return f;
}

/** A share 0–1 as "12,5 %" (nl) or "12.5%" (en); null as "–". */
export function formatPercent(share: number | null, locale: Locale, csv = false): string {
  if (share === null) return csv ? '' : '–';
  const n = numberFormat(locale, 1, !csv).format(share * 100);
  return locale === 'en' ? `${n}%` : `${n} %`;
}

/** A value as shown (page, PDF) or written (CSV: no thousands separator, none as empty). */
export function formatValue(value: Value, locale: Locale, csv = false): string {
  if (value === null) return csv ? '' : '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberFormat(locale, 0, !csv).format(value);
  if ('percent' in value) return formatPercent(value.percent, locale, csv);
  if (value.decimal === null) return csv ? '' : '–';
  return numberFormat(locale, 2, !csv).format(value.decimal);
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function fillRate(report: DashboardReport): number | null {
  return ratio(report.editions.seatsTaken, report.editions.capacity);
}

/** absent / (present + absent + excused): excused counts as a known absence, not a no-show. */
export function noShowRate(report: DashboardReport): number | null {
  const a = report.attendance;
  return ratio(a.absent, a.present + a.absent + a.excused);
}

export function quarterLabel(year: number, quarter: number, locale: Locale): string {
  return translate(locale, 'reports.quarter', { year, quarter });
}

function sectorLabel(sector: string, locale: Locale): string {
  const key = `sector.${sector}`;
  const label = translate(locale, key);
  return label === key ? sector : label;
}

/** Every table of the dashboard, in the order of the page (the CSV and the PDF use the same). */
export function dashboardTables(report: DashboardReport, locale: Locale): DashboardTable[] {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const col = (key: string, numeric = false) => ({ label: t(`reports.col.${key}`), numeric });
  const total = (rows: { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);
  const caption = (name: DashboardTableName) => t(`reports.table.${name}`);
  const r = report.reach;
  const statusCount = (status: string) =>
    report.editions.byStatus.find((s) => s.status === status)?.count ?? 0;
  const a = report.attendance;
  return [
    {
      name: 'bereik-per-jaar',
      caption: caption('bereik-per-jaar'),
      columns: [col('year'), col('professionals', true)],
      rows: r.years.map((y) => [String(y.year), y.count]),
      footers: r.years.length ? [[t('reports.reach.distinctTotal'), r.total]] : [],
    },
    {
      name: 'bereik-per-provincie',
      caption: caption('bereik-per-provincie'),
      columns: [col('province'), col('professionals', true)],
      rows: r.provinces.map((p) => [p.name, p.count]),
      footers: [],
    },
    {
      name: 'bereik-per-gemeente',
      caption: caption('bereik-per-gemeente'),
      columns: [col('municipality'), col('province'), col('professionals', true)],
      rows: r.municipalities.map((m) => [m.name, m.province, m.count]),
      footers: [],
    },
    {
      name: 'bereik-per-sector',
      caption: caption('bereik-per-sector'),
      columns: [col('sector'), col('professionals', true)],
      rows: r.sectors.map((s) => [sectorLabel(s.sector, locale), s.count]),
      footers: [],
    },
    {
      name: 'uitvoeringen',
      caption: caption('uitvoeringen'),
      columns: [col('status'), col('editions', true)],
      rows: EDITION_STATUSES.map((s) => [t(`reports.editionStatus.${s}`), statusCount(s)]),
      footers: [[t('reports.total'), report.editions.total]],
    },
    {
      name: 'kerncijfers',
      caption: caption('kerncijfers'),
      columns: [col('measure'), col('value', true)],
      rows: [
        [t('reports.measure.seatsTaken'), report.editions.seatsTaken],
        [t('reports.measure.capacity'), report.editions.capacity],
        [t('reports.measure.fillRate'), { percent: fillRate(report) }],
        [t('reports.measure.present'), a.present],
        [t('reports.measure.absent'), a.absent],
        [t('reports.measure.excused'), a.excused],
        [t('reports.measure.noShowRate'), { percent: noShowRate(report) }],
        [t('reports.measure.certificates'), report.certificates.issued],
        [t('reports.measure.skjPoints'), report.certificates.skjPoints],
      ],
      footers: [],
    },
    {
      name: 'evaluatiescores',
      caption: caption('evaluatiescores'),
      columns: [col('quarter'), col('responses', true), col('mean', true)],
      rows: report.scores.map((s) => [
        quarterLabel(s.year, s.quarter, locale),
        s.responses,
        s.mean === null && s.responses > 0
          ? t('reports.scores.hidden', { min: MIN_RESPONSES })
          : { decimal: s.mean },
      ]),
      footers: [],
    },
    {
      name: 'advies',
      caption: caption('advies'),
      columns: [col('group'), col('requests', true)],
      rows: [
        [t('reports.advice.open'), report.advice.open],
        [t('reports.advice.closed'), report.advice.closed],
      ],
      footers: [[t('reports.total'), report.advice.open + report.advice.closed]],
    },
    {
      name: 'jos-status',
      caption: caption('jos-status'),
      columns: [col('status'), col('trajectories', true)],
      rows: report.jos.byStatus.map((s) => [t(`trajectories.status.${s.status}`), s.count]),
      footers: report.jos.byStatus.length ? [[t('reports.total'), total(report.jos.byStatus)]] : [],
    },
    {
      name: 'jos-fase',
      caption: caption('jos-fase'),
      columns: [col('phase'), col('trajectories', true)],
      rows: report.jos.byPhase.map((p) => [locale === 'en' ? p.nameEn : p.nameNl, p.count]),
      footers: report.jos.byPhase.length ? [[t('reports.total'), total(report.jos.byPhase)]] : [],
    },
  ];
}

export function periodQuery(period: { from: string; to: string }): string {
  return new URLSearchParams({ van: period.from, tot: period.to }).toString();
}

/** The page's view of a table: formatted cells, the first one a row header, its CSV link. */
function tableView(table: DashboardTable, locale: Locale, period: ReportPeriod) {
  const line = (values: Value[]) => ({
    header: formatValue(values[0], locale),
    cells: values.slice(1).map((v, i) => ({
      text: formatValue(v, locale),
      numeric: table.columns[i + 1]?.numeric ?? false,
    })),
  });
  return {
    id: `rapport-${table.name}`,
    caption: table.caption,
    firstColumn: table.columns[0].label,
    columns: table.columns.slice(1),
    rows: table.rows.map(line),
    footers: table.footers.map(line),
    colspan: table.columns.length,
    csvHref: `${DASHBOARD_PATH}/${table.name}.csv?${periodQuery(period)}`,
  };
}

/** "2025: 3, 2026: 4" — the numbers of a chart in its description. */
function listed(items: { label: string; text: string }[], locale: Locale): string {
  return items.length
    ? items.map((i) => `${i.label}: ${i.text}`).join('; ')
    : translate(locale, 'reports.empty');
}

function bars(
  id: string,
  titleKey: string,
  items: { label: string; value: number }[],
  locale: Locale,
): string {
  const title = translate(locale, titleKey);
  const withText = items.map((i) => ({ ...i, valueText: formatValue(i.value, locale) }));
  return barChart({
    id,
    title,
    description: translate(locale, 'reports.chart.desc', {
      title,
      items: listed(
        withText.map((i) => ({ label: i.label, text: i.valueText })),
        locale,
      ),
    }),
    bars: withText,
    emptyText: translate(locale, 'reports.empty'),
  });
}

/** GET /beheer/rapportages with a valid period. */
export function dashboardPage(report: DashboardReport, locale: Locale) {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const tables = dashboardTables(report, locale);
  const view = Object.fromEntries(
    tables.map((table) => [table.name, tableView(table, locale, report.period)]),
  ) as Record<DashboardTableName, ReturnType<typeof tableView>>;
  const r = report.reach;
  const mapTitle = t('reports.chart.provinces');
  const scorePoints = report.scores.map((s) => ({
    label: quarterLabel(s.year, s.quarter, locale),
    value: s.mean,
    valueText: s.mean === null ? '–' : formatValue({ decimal: s.mean }, locale),
  }));
  const scoreTitle = t('reports.chart.scores');
  return {
    ...dashboardForm(report.period.from, report.period.to, [], locale),
    hasReport: true,
    periodText: t('reports.period.text', {
      from: formatDate(report.period.start, locale),
      to: formatDate(startOfAmsterdamDay(report.period.to)!, locale),
    }),
    pdfHref: `${DASHBOARD_PATH}/rapport.pdf?${periodQuery(report.period)}`,
    reachTotal: t('reports.reach.total', { count: formatValue(r.total, locale) }),
    charts: {
      years: bars(
        'grafiek-jaar',
        'reports.chart.years',
        r.years.map((y) => ({ label: String(y.year), value: y.count })),
        locale,
      ),
      provinces: provinceTiles({
        id: 'grafiek-provincies',
        title: mapTitle,
        description: t('reports.chart.desc', {
          title: mapTitle,
          items: listed(
            r.provinces.map((p) => ({ label: p.name, text: formatValue(p.count, locale) })),
            locale,
          ),
        }),
        provinces: r.provinces.map((p) => ({
          code: p.key,
          name: p.name,
          count: p.count,
          countText: formatValue(p.count, locale),
        })),
      }),
      sectors: bars(
        'grafiek-sector',
        'reports.chart.sectors',
        r.sectors.map((s) => ({ label: sectorLabel(s.sector, locale), value: s.count })),
        locale,
      ),
      scores: lineChart({
        id: 'grafiek-scores',
        title: scoreTitle,
        description: t('reports.chart.scoresDesc', {
          items: listed(
            scorePoints.map((p, i) => ({
              label: p.label,
              text:
                p.value === null
                  ? report.scores[i].responses > 0
                    ? t('reports.scores.hidden', { min: MIN_RESPONSES })
                    : t('reports.scores.none')
                  : t('reports.scores.point', {
                      mean: p.valueText,
                      responses: report.scores[i].responses,
                    }),
            })),
            locale,
          ),
        }),
        points: scorePoints,
        min: 1,
        max: 5,
        emptyText: t('reports.scores.noneInPeriod'),
      }),
    },
    tables: view,
    scoresLead: t('reports.scores.lead', { min: MIN_RESPONSES }),
    adviceHref: `${ADVICE_REPORT_PATH}?${periodQuery(report.period)}`,
    josHref: JOS_COUNTS_PATH,
  };
}

/** The period form, with the values typed and the messages of a refused period. */
export function dashboardForm(
  from: string,
  to: string,
  errors: { field: PeriodField; message: string }[],
  locale: Locale = 'nl',
) {
  return {
    pageTitle: 'reports.title',
    action: DASHBOARD_PATH,
    resetHref: DASHBOARD_PATH,
    ...periodFields(from, to, errors, locale),
    hasReport: false,
  };
}

/** A refused period: the form again with what was wrong, and no figures. */
export function dashboardErrorPage(parse: Extract<PeriodParse, { ok: false }>, locale: Locale) {
  return dashboardForm(parse.from, parse.to, parse.errors, locale);
}
