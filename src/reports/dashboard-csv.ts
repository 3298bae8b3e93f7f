import { toCsv } from '../attendance/csv';
import type { Locale } from '../common/i18n/i18n';
import { DashboardTable, DashboardTableName, formatValue } from './dashboard.presenter';
import type { ReportPeriod } from '../common/period';

/** One dashboard table as CSV: the header row, the rows, the totals last (numbers without grouping). */
export function dashboardCsv(table: DashboardTable, locale: Locale): string {
  const line = (values: DashboardTable['rows'][number]) =>
    values.map((v) => formatValue(v, locale, true));
  return toCsv([
    table.columns.map((c) => c.label),
    ...table.rows.map(line),
    ...table.footers.map(line),
  ]);
}

/** rapportage-<table>-<from>-<to>.csv (ASCII only). */
export function dashboardCsvFilename(name: DashboardTableName, period: ReportPeriod): string {
  return `rapportage-${name}-${period.from}-${period.to}.csv`;
}

/** rapportage-<from>-<to>.pdf */
export function reportPdfFilename(period: ReportPeriod): string {
  return `rapportage-${period.from}-${period.to}.pdf`;
}
