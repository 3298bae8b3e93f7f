import { csvDateTime, toCsv } from '../attendance/csv';
import { Locale, translate } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate, isoDateTime } from '../common/views/format';
import { paginate, parsePage } from '../common/views/pagination';
import { PROVINCES } from '../geo/municipalities.data';
import { isOutdated } from './freshness';
import {
  NETWORK_ADMIN_PAGE_SIZE,
  NetworkAdminResult,
  NetworkExportRow,
  PlaceRef,
} from './network-admin.service';
import type { OrganisationStatus } from './organisation.entity';
import { isOrganisationType, ORGANISATION_TYPES, OrganisationType } from './vocabulary';

export const NETWORK_ADMIN_PATH = '/beheer/netwerk';
/** Pages of the moderation (built beside this overview). */
export const NETWORK_DRAFTS_PATH = `${NETWORK_ADMIN_PATH}/wijzigingen`;
export const NETWORK_APPLICATIONS_PATH = `${NETWORK_ADMIN_PATH}/aanmeldingen`;
export const NETWORK_LINKS_PATH = `${NETWORK_ADMIN_PATH}/koppelingen`;

const STATUSES: readonly OrganisationStatus[] = ['published', 'archived'];
export const NETWORK_ADMIN_SORTS = ['naam', 'bevestigd'] as const;
export type NetworkAdminSort = (typeof NETWORK_ADMIN_SORTS)[number];

/**
 * The overview's filter, from the query string: `q` (part of the name), `status`, `type`,
 * `provincie` (PVxx), `verouderd=1`, `zonder-partner=1`, `sorteer` (naam | bevestigd), `pagina`.
 */
export interface NetworkAdminFilter {
  q?: string;
  status?: OrganisationStatus;
  type?: OrganisationType;
  province?: string;
  outdated: boolean;
  withoutPartner: boolean;
  sort: NetworkAdminSort;
  page: number;
}

/** Query strings are parsed leniently: anything unexpected is ignored, never an error page. */
export function parseNetworkAdminFilter(query: Record<string, unknown>): NetworkAdminFilter {
  const q = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : '';
  // an unknown code is ignored like any other nonsense in the URL
  const province = PROVINCES.find((p) => p.code === query.provincie)?.code;
  return {
    q: q || undefined,
    status: STATUSES.find((s) => s === query.status),
    type: isOrganisationType(query.type) ? query.type : undefined,
    province,
    outdated: query.verouderd === '1',
    withoutPartner: query['zonder-partner'] === '1',
    sort: NETWORK_ADMIN_SORTS.find((s) => s === query.sorteer) ?? 'naam',
    page: parsePage(query.pagina),
  };
}

/** The filter as query parameters, for links that keep it (the pages). */
export function networkAdminQuery(filter: NetworkAdminFilter): Record<string, string | undefined> {
  return {
    q: filter.q,
    status: filter.status,
    type: filter.type,
    provincie: filter.province,
    verouderd: filter.outdated ? '1' : undefined,
    'zonder-partner': filter.withoutPartner ? '1' : undefined,
    sorteer: filter.sort === 'naam' ? undefined : filter.sort,
  };
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function formatNumber(n: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL');
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

function placeList(places: (PlaceRef & { whole?: boolean })[], locale: Locale): string {
  return places
    .map((p) =>
      p.whole ? translate(locale, 'networkAdmin.wholeProvince', { name: p.name }) : p.name,
    )
    .join(', ');
}

/** GET /beheer/netwerk */
export function networkAdminPage(
  result: NetworkAdminResult,
  filter: NetworkAdminFilter,
  provinces: PlaceRef[],
  locale: Locale,
  now = new Date(),
) {
  const query = networkAdminQuery(filter);
  const n = (x: number) => formatNumber(x, locale);
  const c = result.counts;
  return {
    pageTitle: 'networkAdmin.title',
    counts: [
      {
        label: 'networkAdmin.count.published',
        value: n(c.published),
        href: `${NETWORK_ADMIN_PATH}?status=published`,
      },
      {
        label: 'networkAdmin.count.archived',
        value: n(c.archived),
        href: `${NETWORK_ADMIN_PATH}?status=archived`,
      },
      {
        label: 'networkAdmin.count.outdated',
        value: n(c.outdated),
        href: `${NETWORK_ADMIN_PATH}?verouderd=1&sorteer=bevestigd`,
      },
      {
        label: 'networkAdmin.count.drafts',
        value: n(c.drafts),
        href: NETWORK_DRAFTS_PATH,
        attention: c.drafts > 0,
      },
      {
        label: 'networkAdmin.count.applications',
        value: n(c.applications),
        href: NETWORK_APPLICATIONS_PATH,
        attention: c.applications > 0,
      },
      {
        label: 'networkAdmin.count.links',
        value: n(c.links),
        href: NETWORK_LINKS_PATH,
        attention: c.links > 0,
      },
    ],
    filter: {
      q: filter.q ?? '',
      outdated: filter.outdated,
      withoutPartner: filter.withoutPartner,
    },
    statuses: STATUSES.map((s) => ({
      value: s,
      label: `networkAdmin.status.${s}`,
      selected: s === filter.status,
    })),
    types: ORGANISATION_TYPES.map((type) => ({
      value: type,
      label: `network.type.${type}`,
      selected: type === filter.type,
    })),
    provinces: provinces.map((p) => ({
      value: p.code,
      label: p.name,
      selected: p.code === filter.province,
    })),
    sorts: NETWORK_ADMIN_SORTS.map((s) => ({
      value: s,
      label: `networkAdmin.sort.${s}`,
      selected: s === filter.sort,
    })),
    filtered: Object.entries(query).some(([k, v]) => k !== 'sorteer' && v),
    found:
      result.total === 1
        ? translate(locale, 'networkAdmin.foundOne')
        : translate(locale, 'networkAdmin.found', { count: n(result.total) }),
    organisations: result.rows.map(({ organisation: o, provinces: places, partners }) => ({
      id: o.id,
      name: o.name,
      href: `${NETWORK_ADMIN_PATH}/${o.id}`,
      typeLabel: `network.type.${o.type}`,
      status: o.status,
      statusLabel: `networkAdmin.status.${o.status}`,
      provinces: placeList(places, locale),
      confirmedAt: formatDate(o.confirmedAt, locale),
      confirmedAtIso: isoDateTime(o.confirmedAt),
      outdated: o.status === 'published' && isOutdated(o.confirmedAt, now),
      partners: n(partners),
      freshnessSentAt: o.freshnessSentAt ? formatDate(o.freshnessSentAt, locale) : '',
      freshnessSentAtIso: isoDateTime(o.freshnessSentAt),
    })),
    action: NETWORK_ADMIN_PATH,
    resetHref: NETWORK_ADMIN_PATH,
    csvHref: `${NETWORK_ADMIN_PATH}.csv`,
    pagination: paginate(
      NETWORK_ADMIN_PATH,
      query,
      filter.page,
      NETWORK_ADMIN_PAGE_SIZE,
      result.total,
    ),
  };
}

const COLUMNS = [
  'id',
  'slug',
  'name',
  'type',
  'status',
  'summary',
  'description',
  'expertise',
  'provinces',
  'provincesWhole',
  'municipalities',
  'municipalityCodes',
  'address',
  'postcode',
  'city',
  'website',
  'publicEmail',
  'publicPhone',
  'memberSince',
  'confirmedAt',
  'outdated',
  'freshnessSentAt',
  'partners',
  'createdAt',
  'updatedAt',
] as const;

const CONTACT_COLUMNS = [
  'contactName',
  'contactJobTitle',
  'contactEmail',
  'contactPhone',
  'contactVisibility',
] as const;

/**
 * GET /beheer/netwerk.csv: every organisation, one row each, with every field staff may see;
 * its contacts (of every visibility) side by side in numbered columns, as many as the
 * organisation with the most contacts has. Lists within a cell are separated by " | ".
 */
export function networkCsv(rows: NetworkExportRow[], locale: Locale, now = new Date()): string {
  const k = (key: string, params?: Record<string, unknown>) =>
    translate(locale, `networkAdmin.csv.${key}`, params);
  const maxContacts = rows.reduce((max, r) => Math.max(max, r.contacts.length), 0);
  const header = [
    ...COLUMNS.map((c) => k(c)),
    ...Array.from({ length: maxContacts }, (_, i) =>
      CONTACT_COLUMNS.map((c) => k(c, { n: i + 1 })),
    ).flat(),
  ];
  const list = (values: string[]) => values.join(' | ');
  return toCsv([
    header,
    ...rows.map(({ organisation: o, expertise, provinces, municipalities, contacts, partners }) => [
      o.id,
      o.slug,
      o.name,
      translate(locale, `network.type.${o.type}`),
      translate(locale, `networkAdmin.status.${o.status}`),
      o.summary,
      o.description,
      list(expertise.map((e) => translate(locale, `network.expertise.${e}`))),
      list(provinces.map((p) => p.name)),
      list(provinces.filter((p) => p.whole).map((p) => p.name)),
      list(municipalities.map((m) => m.name)),
      list(municipalities.map((m) => m.code)),
      o.address ?? '',
      o.postcode ?? '',
      o.city ?? '',
      o.website ?? '',
      o.publicEmail ?? '',
      o.publicPhone ?? '',
      o.memberSince,
      csvDateTime(o.confirmedAt),
      o.status === 'published' && isOutdated(o.confirmedAt, now) ? k('yes') : k('no'),
      csvDateTime(o.freshnessSentAt),
      list(partners),
      csvDateTime(o.createdAt),
      csvDateTime(o.updatedAt),
      ...Array.from({ length: maxContacts }, (_, i) => {
        const c = contacts[i];
        return c
          ? [
              c.name,
              c.jobTitle ?? '',
              c.email ?? '',
              c.phone ?? '',
              translate(locale, `network.visibility.${c.visibility}`),
            ]
          : ['', '', '', '', ''];
      }).flat(),
    ]),
  ]);
}

export function networkCsvFilename(now: Date): string {
  return `netwerk-alles-${toAmsterdamParts(now).date}.csv`;
}
