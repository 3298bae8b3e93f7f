import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import type { PaginationView } from '../common/views/pagination';
import type { ProvinceGroup } from '../geo/geo.service';
import type { FacetCount, NetworkSearchHit, NetworkSearchResult } from './network-search.service';
import { ProvinceEntry, provinceLinkLabel, provinceMap } from './province-map';
import { NETWORK_PAGE_SIZE, NetworkSearchParams, ParsedSearch, searchUrl } from './search-query';
import { EXPERTISE, ORGANISATION_TYPES } from './vocabulary';

/** Shapes /netwerk for its view: the form with counts, the map, active filters, cards, pages. */

function typeLabel(type: string): MessageKey {
  return `network.type.${type}` as MessageKey;
}

function expertiseLabel(key: string): MessageKey {
  return `network.expertise.${key}` as MessageKey;
}

function counts(facet: FacetCount[]): Map<string, number> {
  return new Map(facet.map((f) => [f.value, f.count]));
}

/** "Jongerenwerk (12)": a facet value with its count. */
function withCount(label: string, count: number): string {
  return `${label} (${count})`;
}

/** One result: name (link to its page), type, place, provinces, expertise, summary, outdated. */
export function resultCard(hit: NetworkSearchHit, locale: Locale) {
  return {
    name: hit.name,
    href: `/netwerk/${encodeURIComponent(hit.slug)}`,
    typeLabel: translate(locale, typeLabel(hit.type)),
    city: hit.city,
    provinces: hit.provinces.join(', '),
    expertise: hit.expertise.map((key) => translate(locale, expertiseLabel(key))),
    summary: hit.summary,
    outdated: hit.outdated,
  };
}

/** The numbered pages, in the shape of the shared pagination partial. */
export function searchPagination(params: NetworkSearchParams, total: number): PaginationView {
  const pages = Math.max(1, Math.ceil(total / NETWORK_PAGE_SIZE));
  const page = params.page;
  const href = (n: number) => searchUrl(params, { page: n });
  const items = [];
  for (let n = Math.max(1, page - 3); n <= Math.min(pages, page + 3); n++)
    items.push({ number: n, href: href(n), current: n === page });
  return {
    page,
    pages,
    total,
    previous: page > 1 ? href(Math.min(page - 1, pages)) : null,
    next: page < pages ? href(page + 1) : null,
    items,
  };
}

/** Each active filter (and the query) with the link that removes it. */
export function activeFilters(
  params: NetworkSearchParams,
  names: { provinces: Map<string, string>; municipalities: Map<string, string> },
  locale: Locale,
) {
  const filters: { label: string; href: string }[] = [];
  const add = (kind: MessageKey, value: string, href: string) =>
    filters.push({ label: `${translate(locale, kind)}: ${value}`, href });
  if (params.query)
    add('networkSearch.active.query', params.query, searchUrl(params, { query: '' }));
  if (params.type)
    add(
      'networkSearch.active.type',
      translate(locale, typeLabel(params.type)),
      searchUrl(params, { type: null }),
    );
  for (const key of params.expertise)
    add(
      'networkSearch.active.expertise',
      translate(locale, expertiseLabel(key)),
      searchUrl(params, { expertise: params.expertise.filter((k) => k !== key) }),
    );
  if (params.province)
    add(
      'networkSearch.active.province',
      names.provinces.get(params.province) ?? params.province,
      searchUrl(params, { province: null }),
    );
  if (params.municipality)
    add(
      'networkSearch.active.municipality',
      names.municipalities.get(params.municipality) ?? params.municipality,
      searchUrl(params, { municipality: null }),
    );
  return filters;
}

function countText(total: number, query: string, locale: Locale): string {
  if (query)
    return total === 1
      ? translate(locale, 'networkSearch.countFor.one', { query })
      : translate(locale, 'networkSearch.countFor.many', { count: total, query });
  return total === 1
    ? translate(locale, 'networkSearch.count.one')
    : translate(locale, 'networkSearch.count.many', { count: total });
}

/** The whole model of /netwerk. `groups`: provinces with their municipalities, sorted by name. */
export function directoryPage(input: {
  parsed: ParsedSearch;
  result: NetworkSearchResult;
  groups: ProvinceGroup[];
  locale: Locale;
}) {
  const { parsed, result, groups, locale } = input;
  const { params } = parsed;
  const provinceNames = new Map(groups.map((g) => [g.code, g.name]));
  const municipalityNames = new Map(
    groups.flatMap((g) => g.municipalities.map((m) => [m.code, m.name] as const)),
  );
  const typeCounts = counts(result.facets.type);
  const expertiseCounts = counts(result.facets.expertise);
  const provinceCounts = counts(result.facets.province);
  const typeTotal = result.facets.type.reduce((sum, f) => sum + f.count, 0);

  const provinces: ProvinceEntry[] = groups.map((g) => {
    const current = g.code === params.province;
    return {
      code: g.code,
      name: g.name,
      count: provinceCounts.get(g.code) ?? 0,
      // the chosen province's link takes the filter off again
      href: searchUrl(params, { province: current ? null : g.code }),
      current,
    };
  });
  const pages = Math.max(1, Math.ceil(result.total / NETWORK_PAGE_SIZE));
  const filters = activeFilters(
    params,
    { provinces: provinceNames, municipalities: municipalityNames },
    locale,
  );
  const hasFilters = !!(
    params.type ||
    params.expertise.length ||
    params.province ||
    params.municipality
  );

  return {
    pageTitle: 'networkSearch.title',
    search: {
      query: params.query,
      type: params.type,
      expertise: params.expertise,
      province: params.province,
      municipality: params.municipality,
      /** name chosen instead of relevance (kept by the filter form) */
      sortByName: params.sort === 'name',
      sortOptions: (['relevance', 'name'] as const).map((value) => ({
        value: value === 'name' ? 'naam' : 'relevantie',
        label: `networkSearch.sort.${value}`,
        selected: params.sort === value,
      })),
    },
    types: [
      {
        value: '',
        label: withCount(translate(locale, 'networkSearch.filter.allTypes'), typeTotal),
        checked: !params.type,
      },
      ...ORGANISATION_TYPES.map((type) => ({
        value: type,
        label: withCount(translate(locale, typeLabel(type)), typeCounts.get(type) ?? 0),
        checked: type === params.type,
      })),
    ],
    expertise: EXPERTISE.map((key) => ({
      value: key,
      label: withCount(translate(locale, expertiseLabel(key)), expertiseCounts.get(key) ?? 0),
      checked: params.expertise.includes(key),
    })),
    municipalityGroups: groups.map((g) => ({
      name: g.name,
      municipalities: g.municipalities.map((m) => ({
        code: m.code,
        name: m.name,
        selected: m.code === params.municipality,
      })),
    })),
    map: provinceMap(provinces, locale),
    provinceList: provinces.map((p) => ({ ...p, label: provinceLinkLabel(p, locale) })),
    municipalityFacet: result.facets.municipality.map((f) => {
      const current = f.value === params.municipality;
      return {
        name: municipalityNames.get(f.value) ?? f.value,
        count: f.count,
        href: searchUrl(params, { municipality: current ? null : f.value }),
        current,
      };
    }),
    count: countText(result.total, params.query, locale),
    ignored: parsed.ignored,
    noTerms: params.query !== '' && params.terms.length === 0,
    filters,
    clearFilters: hasFilters
      ? searchUrl(params, {
          type: null,
          expertise: [],
          province: null,
          municipality: null,
        })
      : null,
    cards: result.results.map((hit) => resultCard(hit, locale)),
    beyondLastPage: result.total > 0 && params.page > pages ? searchUrl(params) : null,
    pagination: searchPagination(params, result.total),
  };
}
