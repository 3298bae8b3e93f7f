/**
 * The period of a report from the query string (`?van=&tot=`, Amsterdam dates): one parser for
 * the dashboard and the Advies op Maat reports, with the same default and the same messages.
 */
import { Locale, translate } from './i18n/i18n';
import { startOfAmsterdamDay, toAmsterdamParts } from './views/amsterdam-time';

/** A period of whole Amsterdam days, both ends included; `start`/`end` are the UTC bounds [start, end). */
export interface ReportPeriod {
  from: string;
  to: string;
  start: Date;
  end: Date;
}

export type PeriodField = 'van' | 'tot';

export type PeriodParse =
  | { ok: true; period: ReportPeriod }
  | { ok: false; from: string; to: string; errors: { field: PeriodField; message: string }[] };

/** The longest period a report covers: ten years. */
export const MAX_PERIOD_YEARS = 10;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The default period: the last twelve months — the current month and the eleven before it,
 * from the first of that month up to and including today (Amsterdam).
 */
export function defaultPeriodDates(now: Date): { from: string; to: string } {
  const today = toAmsterdamParts(now).date;
  const [y, m] = today.split('-').map(Number);
  const total = y * 12 + (m - 1) - 11;
  const from = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
  return { from, to: today };
}

function validDate(value: string): boolean {
  if (!ISO_DATE.test(value) || value < '2000-01-01' || value > '2999-12-31') return false;
  // a real calendar day: 2025-02-30 is refused, not rolled over
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function makePeriod(from: string, to: string): ReportPeriod {
  return { from, to, start: startOfAmsterdamDay(from)!, end: startOfAmsterdamDay(addDays(to, 1))! };
}

/**
 * The period from the query string: `van` and `tot` (YYYY-MM-DD, both included). Either one left
 * out or empty takes its default (the last twelve months); a value that is no real date, an end
 * before the start or a period of more than ten years is refused with a message per field.
 */
export function parsePeriod(query: Record<string, unknown>, now: Date): PeriodParse {
  const defaults = defaultPeriodDates(now);
  const raw = (name: PeriodField): string | null => {
    const value = query[name];
    if (value === undefined || value === '') return '';
    return typeof value === 'string' ? value.trim().slice(0, 40) : null;
  };
  const rawFrom = raw('van');
  const rawTo = raw('tot');
  const from = rawFrom === '' ? defaults.from : rawFrom;
  const to = rawTo === '' ? defaults.to : rawTo;
  const errors: { field: PeriodField; message: string }[] = [];
  if (from === null || !validDate(from))
    errors.push({ field: 'van', message: 'period.error.fromInvalid' });
  if (to === null || !validDate(to))
    errors.push({ field: 'tot', message: 'period.error.toInvalid' });
  if (errors.length === 0 && from! > to!)
    errors.push({ field: 'tot', message: 'period.error.order' });
  if (
    errors.length === 0 &&
    Number(to!.slice(0, 4)) - Number(from!.slice(0, 4)) >= MAX_PERIOD_YEARS
  )
    errors.push({ field: 'tot', message: 'period.error.tooLong' });
  if (errors.length) return { ok: false, from: from ?? '', to: to ?? '', errors };
  return { ok: true, period: makePeriod(from!, to!) };
}

/** The calendar years the period touches, each with the UTC moment its 1 January begins. */
export function yearsOf(period: ReportPeriod): { year: number; start: Date }[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  const years: { year: number; start: Date }[] = [];
  for (let y = first; y <= last; y++)
    years.push({ year: y, start: startOfAmsterdamDay(`${y}-01-01`)! });
  return years;
}

/** The quarters the period touches, as `{ year, quarter }` in order. */
export function quartersOf(period: ReportPeriod): { year: number; quarter: number }[] {
  const q = (date: string) =>
    Number(date.slice(0, 4)) * 4 + Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const result: { year: number; quarter: number }[] = [];
  for (let i = q(period.from); i <= q(period.to); i++)
    result.push({ year: Math.floor(i / 4), quarter: (i % 4) + 1 });
  return result;
}

/**
 * The period form's fields for a view (views/partials/…/period.hbs): the values typed, the
 * message at each refused field, and the list for the error summary.
 */
export function periodFields(
  from: string,
  to: string,
  errors: { field: PeriodField; message: string }[],
  locale: Locale,
) {
  const errorFor = (field: PeriodField) => {
    const e = errors.find((x) => x.field === field);
    return e ? translate(locale, e.message) : null;
  };
  return {
    from: { value: from, error: errorFor('van') },
    to: { value: to, error: errorFor('tot') },
    errorList: errors.map((e) => ({ field: e.field, message: translate(locale, e.message) })),
  };
}
