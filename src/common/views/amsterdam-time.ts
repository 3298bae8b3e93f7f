import { TIME_ZONE } from './format';

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

/** The local date and time fields of an instant in Amsterdam: `2026-12-03`, `14:30`. */
export function toAmsterdamParts(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
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
