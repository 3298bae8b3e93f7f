import { fromAmsterdam, toAmsterdamParts } from '../common/views/amsterdam-time';

/**
 * Calendar maths for the agenda, on dates as they are in Amsterdam. A day is a local date
 * (`YYYY-MM-DD`), a month `YYYY-MM`. Arithmetic on these civil dates runs on UTC midnights, where
 * every day has 24 hours; only turning a day into instants (`period`) involves the time zone, so
 * a week with a clock change is 167 or 169 hours long, as it really is.
 */
export type LocalDate = string;
export type LocalMonth = string;

/** A span of time [from, to) as UTC instants. */
export interface Period {
  from: Date;
  to: Date;
}

export interface CalendarDay {
  date: LocalDate;
  day: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  inMonth: boolean;
}

export interface CalendarWeek {
  /** ISO 8601 week-numbering year and week */
  year: number;
  week: number;
  days: CalendarDay[];
}

const DAY_MS = 86_400_000;
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

function civil(date: LocalDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function format(d: Date): LocalDate {
  return d.toISOString().slice(0, 10);
}

/** `2026-12-03` when it is a real date (years 1900–2999), else null. */
export function parseLocalDate(value: unknown): LocalDate | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [m[1], m[2], m[3]].map(Number);
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** `2026-12` when it is a real month (years 1900–2999), else null. */
export function parseLocalMonth(value: unknown): LocalMonth | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12) return null;
  return `${m[1]}-${m[2]}`;
}

/** The local date in Amsterdam of an instant: 2026-10-31T23:30Z is 1 November there. */
export function amsterdamDate(instant: Date): LocalDate {
  return toAmsterdamParts(instant).date;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return format(new Date(civil(date).getTime() + days * DAY_MS));
}

export function addMonths(month: LocalMonth, months: number): LocalMonth {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return format(d).slice(0, 7);
}

export function monthOf(date: LocalDate): LocalMonth {
  return date.slice(0, 7);
}

export function firstOfMonth(month: LocalMonth): LocalDate {
  return `${month}-01`;
}

/** 1 = Monday … 7 = Sunday */
export function isoWeekday(date: LocalDate): number {
  return civil(date).getUTCDay() || 7;
}

/** The Monday of the ISO week the date is in. */
export function startOfIsoWeek(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The ISO 8601 week: the week with the year's first Thursday is week 1; 28 December is always in the last week. */
export function isoWeek(date: LocalDate): { year: number; week: number } {
  const thursday = civil(addDays(date, 4 - isoWeekday(date)));
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** Monday to Sunday of the week the date is in. */
export function weekDays(date: LocalDate): LocalDate[] {
  const monday = startOfIsoWeek(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The weeks (Monday to Sunday) that show a month, with the days of the months around it. */
export function monthGrid(month: LocalMonth): CalendarWeek[] {
  const first = firstOfMonth(month);
  const last = addDays(firstOfMonth(addMonths(month, 1)), -1);
  const weeks: CalendarWeek[] = [];
  for (let monday = startOfIsoWeek(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push({
      ...isoWeek(monday),
      days: weekDays(monday).map((date) => ({
        date,
        day: Number(date.slice(8)),
        weekday: isoWeekday(date),
        inMonth: monthOf(date) === month,
      })),
    });
  }
  return weeks;
}

/** From the start of day `first` to the start of day `end` (exclusive), in Amsterdam. */
export function period(first: LocalDate, end: LocalDate): Period {
  // Midnight exists on every day in Amsterdam (the clocks change at 02:00 and 03:00).
  return { from: fromAmsterdam(first, '00:00')!, to: fromAmsterdam(end, '00:00')! };
}

/** All days the month grid shows, from its first Monday to the Monday after its last Sunday. */
export function monthGridPeriod(month: LocalMonth): Period {
  const weeks = monthGrid(month);
  return period(weeks[0].days[0].date, addDays(weeks[weeks.length - 1].days[6].date, 1));
}

/** The ISO week the date is in. */
export function weekPeriod(date: LocalDate): Period {
  const monday = startOfIsoWeek(date);
  return period(monday, addDays(monday, 7));
}
