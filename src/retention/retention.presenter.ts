import type { Locale } from '../common/i18n/i18n';
import { translate } from '../common/i18n/i18n';
import { formatDateTime, isoDateTime } from '../common/views/format';
import { RETENTION_KINDS, RetentionKind, RetentionPeriods } from './retention-kinds';
import type { RetentionOverview } from './retention.service';

/** A period in words: "direct", "1 dag", "30 dagen", "3 jaar", "24 maanden". */
export function periodInWords(period: number, unit: RetentionKind['unit'], locale: Locale): string {
  if (unit === 'months') {
    if (period % 12 === 0)
      return translate(locale, period === 12 ? 'retention.period.year' : 'retention.period.years', {
        count: period / 12,
      });
    return translate(locale, period === 1 ? 'retention.period.month' : 'retention.period.months', {
      count: period,
    });
  }
  if (period === 0) return translate(locale, 'retention.period.immediately');
  if (period % 365 === 0)
    return translate(locale, period === 365 ? 'retention.period.year' : 'retention.period.years', {
      count: period / 365,
    });
  return translate(locale, period === 1 ? 'retention.period.day' : 'retention.period.days', {
    count: period,
  });
}

/** "30 dagen na het aanmaken", or for a period of 0 "direct na het verlopen". */
export function periodSentence(kind: RetentionKind, period: number, locale: Locale): string {
  return translate(locale, 'retention.period.after', {
    period: periodInWords(period, kind.unit, locale),
    from: translate(locale, kind.from),
  });
}

export interface RetentionRow {
  key: string;
  label: string;
  what: string;
  why: string;
  mode: string;
  defaultPeriod: string;
  current: string;
  changed: boolean;
  editable: boolean;
  min: number;
  max: number;
  source: string;
  lastRemoval: string;
  lastRemovalIso: string | null;
}

/** The admin page: every kind with its default, current period and last removal. */
export function retentionPage(
  overview: RetentionOverview,
  locale: Locale,
  posted?: Record<string, unknown>,
) {
  const rows: RetentionRow[] = RETENTION_KINDS.map((kind) => {
    const period = overview.periods[kind.key];
    const last = overview.lastRemoval[kind.key];
    return {
      key: kind.key,
      label: translate(locale, kind.label),
      what: translate(locale, kind.what),
      why: translate(locale, kind.why),
      mode: translate(locale, `retention.mode.${kind.mode}`),
      defaultPeriod: periodInWords(kind.defaultPeriod, kind.unit, locale),
      current: periodSentence(kind, period, locale),
      changed: kind.source === 'setting' && period !== kind.defaultPeriod,
      editable: kind.source === 'setting',
      min: kind.min,
      max: kind.max,
      source: translate(locale, `retention.source.${kind.source}`),
      lastRemoval: last
        ? translate(locale, 'retention.admin.removed', {
            count: last.count,
            at: formatDateTime(last.at, locale),
          })
        : translate(locale, 'retention.admin.neverRemoved'),
      lastRemovalIso: last ? isoDateTime(last.at) : null,
    };
  });
  const values: Record<string, string> = {};
  for (const row of rows)
    if (row.editable) values[row.key] = String(overview.periods[row.key as keyof RetentionPeriods]);
  if (posted)
    for (const key of Object.keys(values))
      if (typeof posted[key] === 'string') values[key] = posted[key];
  return {
    pageTitle: 'retention.admin.title',
    rows,
    editableRows: rows.filter((r) => r.editable),
    values,
    inactiveDue: overview.inactiveDue,
    inactivePeriod: periodInWords(overview.periods.inactiveAccounts, 'days', locale),
    lastRun: overview.lastRun
      ? translate(locale, 'retention.admin.lastRun', {
          at: formatDateTime(overview.lastRun.at, locale),
          count: overview.lastRun.count,
        })
      : translate(locale, 'retention.admin.noRun'),
  };
}

/** The flash after "Nu toepassen": how many were removed in all. */
export function appliedCount(counts: Record<string, number | undefined>): number {
  return Object.values(counts).reduce<number>((sum, n) => sum + (n ?? 0), 0);
}
