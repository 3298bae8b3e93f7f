/** Dates and times are stored in UTC and shown and entered in Europe/Amsterdam. */
export const TIME_ZONE = 'Europe/Amsterdam';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Amsterdam's offset from UTC at an instant, in milliseconds (1 h in winter, 2 h in summer). */
export function amsterdamOffsetMs(instant: Date): number {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

const HOUR = 3600_000;
const offsetByHour = new Map<number, number>();

/**
 * The offset at an instant, cached per UTC hour: Amsterdam's offset changes only on whole hours
 * (the DST switches), so this is exact and saves an Intl call per date on list pages.
 */
function cachedOffsetMs(instant: Date): number {
  const hour = Math.floor(instant.getTime() / HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = amsterdamOffsetMs(new Date(hour * HOUR));
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Stored instants repeat on every page view (meeting starts, registration deadlines). */
const partsCache = new Map<number, { date: string; time: string }>();

/** The local date and time fields of an instant in Amsterdam: `2026-12-03`, `14:30`. */
export function toAmsterdamParts(instant: Date): { date: string; time: string } {
  const t = instant.getTime();
  let parts = partsCache.get(t);
  if (!parts) {
    const local = new Date(t + cachedOffsetMs(instant));
    parts = {
      date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
      time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    };
    if (partsCache.size > 100_000) partsCache.clear();
    partsCache.set(t, parts);
  }
  return { ...parts };
}

/**
 * A date (`YYYY-MM-DD`) and time (`HH:MM`) entered in Amsterdam → the UTC instant, or null when
 * the input is no real date or time. A time in the spring-forward gap moves forward an hour.
 */
export function fromAmsterdam(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  const t = /^(\d{2}):(\d{2})$/.exec(time ?? '');
  if (!d || !t) return null;
  const [y, mo, da, h, mi] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
  const naive = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(naive);
  if (check.getUTCDate() !== da || check.getUTCMonth() !== mo - 1) return null;
  let instant = naive - amsterdamOffsetMs(new Date(naive));
  instant = naive - amsterdamOffsetMs(new Date(instant));
  return new Date(instant);
}

/** Midnight in Amsterdam at the start of the given local date. */
export function startOfAmsterdamDay(date: string): Date | null {
  return fromAmsterdam(date, '00:00');
}
