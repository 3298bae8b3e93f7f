import { toCsv } from '../attendance/csv';
import { Locale, translate } from '../common/i18n/i18n';
import {
  periodFields,
  type PeriodField,
  type PeriodParse,
  type ReportPeriod,
} from '../common/period';
import { startOfAmsterdamDay } from '../common/views/amsterdam-time';
import { formatDate } from '../common/views/format';
import { OPEN_STATUSES } from './advice-status';
import type { DurationSummary } from './percentiles';
import { AdviceReport, COMMENTS_FROM_ANSWERS, CountRow } from './reports.service';

export const REPORTS_PATH = '/beheer/advies/rapportage';
export const ADVICE_QUEUE_PATH = '/beheer/advies';
export const REPORT_TABLES = [
  'onderwerpen',
  'gemeenten',
  'provincies',
  'maanden',
  'doorlooptijden',
  'uitkomsten',
  'doorverwijzingen',
  'nazorg',
] as const;
export type ReportTableName = (typeof REPORT_TABLES)[number];

export function isReportTable(value: unknown): value is ReportTableName {
  return typeof value === 'string' && (REPORT_TABLES as readonly string[]).includes(value);
}

/** A cell: text, a whole number, a decimal (shown with one decimal) or nothing. */
type Value = string | number | { decimal: number | null } | null;

const decimal = (n: number | null): Value => ({ decimal: n });

/** A table of the report, with its labels already in the page's language. */
export interface ReportTable {
  name: ReportTableName;
  caption: string;
  columns: { label: string; numeric: boolean }[];
  rows: Value[][];
  /** Total (and mean) rows under the body. */
  footers: Value[][];
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, decimals: boolean, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}/${decimals}/${grouping}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
      minimumFractionDigits: decimals ? 1 : 0,
      maximumFractionDigits: decimals ? 1 : 0,
      useGrouping: grouping,
    });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * A value as shown: numbers in the locale's notation (a decimal comma in Dutch, also in the CSV,
 * which Dutch spreadsheets read with `;` between fields), none as "–" (page) or empty (CSV).
 */
function formatValue(value: Value, locale: Locale, csv: boolean): string {
  const isDecimal = typeof value === 'object' && value !== null;
  const n = isDecimal ? value.decimal : value;
  if (n === null) return csv ? '' : '–';
  if (typeof n === 'string') return n;
  return numberFormat(locale, isDecimal || !Number.isInteger(n), !csv).format(n);
}

function monthLabel(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

function sum(rows: { count: number }[]): number {
  return rows.reduce((s, r) => s + r.count, 0);
}

function countTable(
  name: ReportTableName,
  locale: Locale,
  labelColumn: string,
  rows: { label: string; count: number }[],
): ReportTable {
  const t = (key: string) => translate(locale, key);
  return {
    name,
    caption: t(`advice.reports.table.${name}`),
    columns: [
      { label: t(labelColumn), numeric: false },
      { label: t('advice.reports.col.requests'), numeric: true },
    ],
    rows: rows.map((r) => [r.label, r.count]),
    footers: rows.length ? [[t('advice.reports.total'), sum(rows)]] : [],
  };
}

function named(rows: CountRow[], locale: Locale) {
  return rows.map((r) => ({ label: locale === 'en' ? r.nameEn : r.nameNl, count: r.count }));
}

/** Every table of the report, in the order of the page. */
export function reportTables(report: AdviceReport, locale: Locale): ReportTable[] {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const duration = (key: string, s: DurationSummary): Value[] => [
    t(`advice.reports.measure.${key}`),
    s.count,
    decimal(s.median),
    decimal(s.p90),
  ];
  const open = OPEN_STATUSES.reduce((n, s) => n + (report.statuses[s] ?? 0), 0);
  const outcomes = [
    { label: t('advice.reports.outcome.completed'), count: report.statuses.completed ?? 0 },
    { label: t('advice.reports.outcome.referred'), count: report.statuses.referred ?? 0 },
    { label: t('advice.reports.outcome.closed'), count: report.statuses.closed ?? 0 },
    { label: t('advice.reports.outcome.open'), count: open },
  ];
  const followUp = report.followUp;
  return [
    countTable('onderwerpen', locale, 'advice.reports.col.topic', named(report.topics, locale)),
    countTable(
      'gemeenten',
      locale,
      'advice.reports.col.municipality',
      named(report.municipalities, locale),
    ),
    countTable(
      'provincies',
      locale,
      'advice.reports.col.province',
      named(report.provinces, locale),
    ),
    countTable(
      'maanden',
      locale,
      'advice.reports.col.month',
      report.months.map((m) => ({ label: monthLabel(m.month, locale), count: m.count })),
    ),
    {
      name: 'doorlooptijden',
      caption: t('advice.reports.table.doorlooptijden'),
      columns: [
        { label: t('advice.reports.col.measure'), numeric: false },
        { label: t('advice.reports.col.measured'), numeric: true },
        { label: t('advice.reports.col.median'), numeric: true },
        { label: t('advice.reports.col.p90'), numeric: true },
      ],
      rows: [
        duration('firstResponseWorking', report.firstResponse.workingDays),
        duration('firstResponseCalendar', report.firstResponse.calendarDays),
        duration('closingWorking', report.closing.workingDays),
        duration('closingCalendar', report.closing.calendarDays),
      ],
      footers: [],
    },
    {
      ...countTable('uitkomsten', locale, 'advice.reports.col.outcome', outcomes),
      footers: [[t('advice.reports.total'), sum(outcomes)]],
    },
    countTable(
      'doorverwijzingen',
      locale,
      'advice.reports.col.destination',
      report.referrals.map((r) => ({ label: r.destination, count: r.count })),
    ),
    {
      name: 'nazorg',
      caption: t('advice.reports.table.nazorg'),
      columns: [
        { label: t('advice.reports.col.score'), numeric: false },
        { label: t('advice.reports.col.answers'), numeric: true },
      ],
      rows: followUp.answers
        ? followUp.distribution.map((d) => [t(`advice.reports.score.${d.score}`), d.count])
        : [],
      footers: followUp.answers
        ? [
            [t('advice.reports.total'), followUp.answers],
            [t('advice.reports.mean'), decimal(followUp.mean)],
          ]
        : [],
    },
  ];
}

function periodQuery(period: { from: string; to: string }): string {
  return new URLSearchParams({ van: period.from, tot: period.to }).toString();
}

/** The page's view of a table: formatted cells, the first one a row header. */
function tableView(table: ReportTable, locale: Locale, period: ReportPeriod) {
  const line = (values: Value[]) => ({
    header: formatValue(values[0], locale, false),
    cells: values.slice(1).map((v, i) => ({
      text: formatValue(v, locale, false),
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
    empty: table.rows.length === 0,
    colspan: table.columns.length,
    csvHref: `${REPORTS_PATH}/${table.name}.csv?${periodQuery(period)}`,
  };
}

export interface ReportsPageOptions {
  retentionMonths: number;
}

/** GET /beheer/advies/rapportage with a valid period. */
export function reportsPage(report: AdviceReport, locale: Locale, options: ReportsPageOptions) {
  const tables = reportTables(report, locale);
  const view = Object.fromEntries(
    tables.map((table) => [table.name, tableView(table, locale, report.period)]),
  );
  const followUp = report.followUp;
  return {
    ...reportsForm(report.period.from, report.period.to, []),
    hasReport: true,
    periodText: translate(locale, 'advice.reports.period', {
      from: formatDate(report.period.start, locale),
      to: formatDate(startOfAmsterdamDay(report.period.to)!, locale),
      total: report.total,
    }),
    retentionText: translate(locale, 'advice.retention.note', { months: options.retentionMonths }),
    counts: [view.onderwerpen, view.gemeenten, view.provincies, view.maanden],
    durations: view.doorlooptijden,
    outcomes: view.uitkomsten,
    referrals: view.doorverwijzingen,
    followUp: {
      table: view.nazorg,
      summary: followUp.answers
        ? translate(locale, 'advice.reports.followUp.summary', {
            answers: followUp.answers,
            mean: formatValue(decimal(followUp.mean), locale, false),
          })
        : null,
      showComments: followUp.answers >= COMMENTS_FROM_ANSWERS,
      comments: followUp.comments,
      commentsHidden: followUp.answers > 0 && followUp.answers < COMMENTS_FROM_ANSWERS,
      commentsMin: COMMENTS_FROM_ANSWERS,
    },
  };
}

/** The period form, with the values typed and the messages of a refused period. */
export function reportsForm(
  from: string,
  to: string,
  errors: { field: PeriodField; message: string }[],
  locale: Locale = 'nl',
) {
  return {
    pageTitle: 'advice.reports.title',
    action: REPORTS_PATH,
    queueHref: ADVICE_QUEUE_PATH,
    resetHref: REPORTS_PATH,
    ...periodFields(from, to, errors, locale),
    hasReport: false,
  };
}

/** A refused period: the form again with what was wrong, and no figures. */
export function reportsErrorPage(parse: Extract<PeriodParse, { ok: false }>, locale: Locale) {
  return reportsForm(parse.from, parse.to, parse.errors, locale);
}

/** One table as CSV, its header row first and the totals last. */
export function reportCsv(report: AdviceReport, name: ReportTableName, locale: Locale): string {
  const table = reportTables(report, locale).find((x) => x.name === name)!;
  const line = (values: Value[]) => values.map((v) => formatValue(v, locale, true));
  return toCsv([
    table.columns.map((c) => c.label),
    ...table.rows.map(line),
    ...table.footers.map(line),
  ]);
}

export function reportCsvFilename(name: ReportTableName, period: ReportPeriod): string {
  return `advies-${name}-${period.from}-${period.to}.csv`;
}
