import { fromAmsterdam, toAmsterdamParts } from '../common/views/amsterdam-time';

/** Easter Sunday of a year (Gregorian; the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(Date.UTC(year, month - 1, day));
}

function isoDay(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return isoDay(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

const cache = new Map<number, Set<string>>();

/**
 * The Dutch public holidays of a year as the Algemene termijnenwet (art. 3) lists them for
 * deadlines: Nieuwjaarsdag, tweede Paasdag, Koningsdag (27 April, or the 26th when the 27th is a
 * Sunday), 5 mei, Hemelvaartsdag, tweede Pinksterdag and both Christmas days. Goede Vrijdag is
 * not among them. (Eerste Paas- and Pinksterdag are Sundays anyway.)
 */
export function dutchPublicHolidays(year: number): Set<string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const kingsDay = weekday(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
  const days = new Set([
    `${year}-01-01`,
    addDays(easter, 1),
    kingsDay,
    `${year}-05-05`,
    addDays(easter, 39),
    addDays(easter, 50),
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
  cache.set(year, days);
  return days;
}

/** Is this Amsterdam date (`YYYY-MM-DD`) a working day: Monday to Friday and no public holiday? */
export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  return !dutchPublicHolidays(Number(date.slice(0, 4))).has(date);
}

/**
 * The moment a response is due: `days` working days after `from`, at the same Amsterdam time of
 * day. A request made on a Friday afternoon with 2 working days is due Tuesday afternoon; one made
 * on a Saturday counts from Monday's start, so it is due at the end of the second working day.
 */
export function addWorkingDays(from: Date, days: number): Date {
  let { date, time } = toAmsterdamParts(from);
  if (!isWorkingDay(date)) {
    // Asked in a weekend or on a holiday: the clock starts when the next working day begins.
    while (!isWorkingDay(date)) date = addDays(date, 1);
    time = '00:00';
  }
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) left -= 1;
  }
  return fromAmsterdam(date, time)!;
}

/** Working days from `from` to `to` (whole days, Amsterdam dates; 0 when `to` is not later). */
export function workingDaysBetween(from: Date, to: Date): number {
  const start = toAmsterdamParts(from).date;
  const end = toAmsterdamParts(to).date;
  let count = 0;
  for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) if (isWorkingDay(d)) count += 1;
  return count;
}
