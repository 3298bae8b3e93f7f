import { TIME_ZONE, toAmsterdamParts } from './amsterdam-time';

/** Dates and times are stored in UTC and shown in Europe/Amsterdam, written the Dutch way. */
export { TIME_ZONE };

/** Formatted days, per language and local date: list pages format the same days many times. */
const dayCache = new Map<string, string>();

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * An Intl date formatter in Amsterdam time for the page's language, made once per `name`
 * (creating one is slow; formatting with it is not).
 */
export function dateFormatter(
  locale: string,
  name: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}:${name}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
      timeZone: TIME_ZONE,
      ...options,
    });
    formatters.set(key, f);
  }
  return f;
}

function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string' || typeof value === 'number') {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

/** "3 december 2026" */
export function formatDate(value: unknown, locale = 'nl'): string {
  const d = toDate(value);
  if (!d) return '';
  const key = `${locale}:${toAmsterdamParts(d).date}`;
  let text = dayCache.get(key);
  if (text === undefined) {
    text = dateFormatter(locale, 'date', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      d,
    );
    if (dayCache.size > 50_000) dayCache.clear();
    dayCache.set(key, text);
  }
  return text;
}

/** "3 december 2026 14:30" */
export function formatDateTime(value: unknown, locale = 'nl'): string {
  const d = toDate(value);
  if (!d) return '';
  return `${formatDate(d, locale)} ${toAmsterdamParts(d).time}`;
}

/** ISO 8601 for <time datetime="…"> */
export function isoDateTime(value: unknown): string {
  const d = toDate(value);
  return d ? d.toISOString() : '';
}
