import { parsePage } from '../common/views/pagination';
import { queryTerms } from './search-document';
import {
  Expertise,
  EXPERTISE,
  expertiseList,
  isOrganisationType,
  OrganisationType,
} from './vocabulary';

/** Results per page of /netwerk. */
export const NETWORK_PAGE_SIZE = 20;
/** The query as it is kept in the form and the URL (the search uses at most 8 words of it). */
export const QUERY_MAX_LENGTH = 200;
/** A single search word longer than this is cut (a prefix of it still finds the word). */
export const TERM_MAX_LENGTH = 60;

export type NetworkSort = 'relevance' | 'name';

/** One search of the directory: what the URL asks for, with every unknown value dropped. */
export interface NetworkSearchParams {
  /** the query as typed (cut to QUERY_MAX_LENGTH), for the form and the links */
  query: string;
  /** the folded words of the query: what is searched (empty: every published organisation) */
  terms: string[];
  type: OrganisationType | null;
  /** organisations with at least one of these */
  expertise: Expertise[];
  province: string | null;
  municipality: string | null;
  /** as asked (default relevance); without terms the results are by name either way */
  sort: NetworkSort;
  page: number;
}

/** The places a filter may name (PVxx, GMxxxx). */
export interface KnownPlaces {
  provinces: ReadonlySet<string>;
  municipalities: ReadonlySet<string>;
}

export interface ParsedSearch {
  params: NetworkSearchParams;
  /** a filter in the URL named something unknown (an old or edited link): it was left out */
  ignored: boolean;
}

/** The URL's names of the parameters (Dutch, like the catalogue's). */
const NAMES = {
  query: 'q',
  type: 'type',
  expertise: 'expertise',
  province: 'provincie',
  municipality: 'gemeente',
  sort: 'sortering',
  page: 'pagina',
} as const;

function first(value: unknown): string | undefined {
  const v = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof v === 'string' ? v : undefined;
}

function all(value: unknown): string[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.filter((v): v is string => typeof v === 'string' && v !== '');
}

export function searchTerms(query: string): string[] {
  return queryTerms(query).map((term) => term.slice(0, TERM_MAX_LENGTH));
}

/**
 * /netwerk's query string, parsed leniently: a 10,000-character query is cut, an unknown type,
 * expertise, province or municipality is left out (and `ignored` says so), a page that is not a
 * number is page 1. Never an error.
 */
export function parseSearchQuery(raw: Record<string, unknown>, places: KnownPlaces): ParsedSearch {
  let ignored = false;
  // control characters (a NUL from a tampered link) cannot be typed and are not kept
  const query = (first(raw[NAMES.query]) ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .slice(0, QUERY_MAX_LENGTH)
    .trim();
  const terms = searchTerms(query);

  const typeValue = first(raw[NAMES.type]) ?? '';
  const type = isOrganisationType(typeValue) ? typeValue : null;
  if (typeValue && !type) ignored = true;

  const expertiseValues = all(raw[NAMES.expertise]);
  const expertise = expertiseList(expertiseValues);
  if (expertiseValues.some((v) => !(EXPERTISE as readonly string[]).includes(v))) ignored = true;

  const provinceValue = first(raw[NAMES.province]) ?? '';
  const province = places.provinces.has(provinceValue) ? provinceValue : null;
  if (provinceValue && !province) ignored = true;

  const municipalityValue = first(raw[NAMES.municipality]) ?? '';
  const municipality = places.municipalities.has(municipalityValue) ? municipalityValue : null;
  if (municipalityValue && !municipality) ignored = true;

  // what was asked for: without words relevance means nothing and the search sorts by name,
  // but the choice is kept for when words are added
  const sort: NetworkSort = first(raw[NAMES.sort]) === 'naam' ? 'name' : 'relevance';
  return {
    params: {
      query,
      terms,
      type,
      expertise,
      province,
      municipality,
      sort,
      page: parsePage(first(raw[NAMES.page])),
    },
    ignored,
  };
}

/** What a link changes in the current search; any change but the page goes back to page 1. */
export type SearchChange = Partial<Omit<NetworkSearchParams, 'terms'>>;

/**
 * The canonical URL of a search: parameters in a fixed order, defaults left out, so the same
 * search always has the same address (to share, bookmark and cache).
 */
export function searchUrl(params: NetworkSearchParams, change: SearchChange = {}): string {
  const next = { ...params, page: 1, ...change };
  const query = new URLSearchParams();
  if (next.query) query.append(NAMES.query, next.query);
  if (next.type) query.append(NAMES.type, next.type);
  for (const key of expertiseList(next.expertise)) query.append(NAMES.expertise, key);
  if (next.province) query.append(NAMES.province, next.province);
  if (next.municipality) query.append(NAMES.municipality, next.municipality);
  if (next.sort === 'name') query.append(NAMES.sort, 'naam');
  if (next.page > 1) query.append(NAMES.page, String(next.page));
  const qs = query.toString();
  return qs ? `/netwerk?${qs}` : '/netwerk';
}

/** The parameter names, for the form's fields. */
export const SEARCH_PARAM_NAMES = NAMES;
