/**
 * Values from raw (non-entity) query results. SQLite returns UTC timestamps as text
 * (`2026-12-03 13:30:00.000`), PostgreSQL as Date; both become a Date.
 */
export function rawDate(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}

export function rawDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : rawDate(value);
}

/** Integers come back as strings from PostgreSQL's COUNT and BIGINT. */
export function rawInt(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
