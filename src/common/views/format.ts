/** Dates and times are stored in UTC and shown in Europe/Amsterdam, written the Dutch way. */
export const TIME_ZONE = 'Europe/Amsterdam';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
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
  return d ? formatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(d) : '';
}

/** "3 december 2026 14:30" */
export function formatDateTime(value: unknown, locale = 'nl'): string {
  const d = toDate(value);
  if (!d) return '';
  return `${formatDate(d, locale)} ${formatter(locale, { hour: '2-digit', minute: '2-digit', hour12: false }).format(d)}`;
}

/** ISO 8601 for <time datetime="…"> */
export function isoDateTime(value: unknown): string {
  const d = toDate(value);
  return d ? d.toISOString() : '';
}
