import { fromAmsterdam } from '../common/views/amsterdam-time';
import { parsePage } from '../common/views/pagination';
import type { CatalogueFilter } from './catalogue.service';
import { OFFERING_KINDS, OfferingKind } from './offering-kind';

/**
 * The catalogue's query string (`soort`, `provincie`, `maand`, `plekken`, `pagina`), parsed
 * leniently: an unknown or malformed value is ignored, never an error page.
 * `provinces` are the known province codes (PVxx).
 */
export function parseCatalogueFilter(
  query: Record<string, unknown>,
  provinces: readonly string[],
): CatalogueFilter {
  const kind =
    typeof query.soort === 'string' && (OFFERING_KINDS as readonly string[]).includes(query.soort)
      ? (query.soort as OfferingKind)
      : undefined;
  const region =
    typeof query.provincie === 'string' && provinces.includes(query.provincie)
      ? query.provincie
      : undefined;
  return {
    kind,
    region,
    month: parseMonth(query.maand),
    placesLeft: query.plekken === '1' || undefined,
    page: parsePage(query.pagina),
  };
}

/** `2026-12` → the instants [1 December 00:00, 1 January 00:00) in Amsterdam, or undefined. */
export function parseMonth(value: unknown): CatalogueFilter['month'] {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 2000 || year > 2100 || month < 1 || month > 12) return undefined;
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  const from = fromAmsterdam(`${value}-01`, '00:00');
  const to = fromAmsterdam(`${next}-01`, '00:00');
  return from && to ? { from, to, value } : undefined;
}
