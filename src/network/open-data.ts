import { toCsv } from '../attendance/csv';
import { translate } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import type { OrganisationType } from './vocabulary';

/**
 * The network's open data (/netwerk.json, /netwerk.csv): the PUBLIC fields of published listings
 * and their public contacts, nothing else. What is here is what the world may copy (CC0); a
 * field added to a listing is not open data until it is added here on purpose.
 */

export const OPEN_DATA_LICENSE = 'CC0-1.0';
export const OPEN_DATA_LICENSE_URL = 'https://creativecommons.org/publicdomain/zero/1.0/';
/** Lists in one CSV cell (expertise, places, contacts' fields) are joined with this. */
export const CSV_LIST_SEPARATOR = ' | ';

export interface OpenDataPlace {
  code: string;
  name: string;
}

/** A contact person with visibility `public`: the only contacts in the open data. */
export interface OpenDataContact {
  name: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
}

/** One published listing as the service reads it for the open data. */
export interface OpenDataOrganisation {
  slug: string;
  name: string;
  type: OrganisationType;
  summary: string;
  /** Markdown source */
  description: string;
  expertise: string[];
  /** worked in as a whole */
  provinces: OpenDataPlace[];
  municipalities: OpenDataPlace[];
  address: string | null;
  postcode: string | null;
  city: string | null;
  website: string | null;
  publicEmail: string | null;
  publicPhone: string | null;
  /** YYYY-MM-DD */
  memberSince: string;
  confirmedAt: Date;
  contacts: OpenDataContact[];
}

/** A listing in /netwerk.json. Empty optional fields are null. */
export interface OpenDataRecord {
  slug: string;
  url: string;
  name: string;
  type: { key: string; label: string };
  summary: string;
  description: string;
  expertise: string[];
  provinces: OpenDataPlace[];
  municipalities: OpenDataPlace[];
  address: string | null;
  postcode: string | null;
  city: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  memberSince: string;
  /** YYYY-MM-DD (Amsterdam): the day the listing was last published or confirmed */
  lastConfirmed: string;
  contacts: OpenDataContact[];
}

export interface OpenDataDocument {
  generated: string;
  license: typeof OPEN_DATA_LICENSE;
  licenseUrl: string;
  organisations: OpenDataRecord[];
}

const orNull = (value: string | null | undefined) => (value ? value : null);

/** The Dutch label: the data is published in the platform's language, whatever the reader's. */
function typeLabel(type: string): string {
  try {
    return translate('nl', `network.type.${type}`);
  } catch {
    return type;
  }
}

export function openDataRecord(o: OpenDataOrganisation, baseUrl: string): OpenDataRecord {
  return {
    slug: o.slug,
    url: `${baseUrl}/netwerk/${encodeURIComponent(o.slug)}`,
    name: o.name,
    type: { key: o.type, label: typeLabel(o.type) },
    summary: o.summary,
    description: o.description,
    expertise: [...o.expertise],
    provinces: o.provinces.map(({ code, name }) => ({ code, name })),
    municipalities: o.municipalities.map(({ code, name }) => ({ code, name })),
    address: orNull(o.address),
    postcode: orNull(o.postcode),
    city: orNull(o.city),
    website: orNull(o.website),
    email: orNull(o.publicEmail),
    phone: orNull(o.publicPhone),
    memberSince: o.memberSince,
    lastConfirmed: toAmsterdamParts(o.confirmedAt).date,
    contacts: o.contacts.map((c) => ({
      name: c.name,
      jobTitle: orNull(c.jobTitle),
      email: orNull(c.email),
      phone: orNull(c.phone),
    })),
  };
}

export function openDataDocument(
  organisations: OpenDataOrganisation[],
  baseUrl: string,
  generated: Date,
): OpenDataDocument {
  return {
    generated: generated.toISOString(),
    license: OPEN_DATA_LICENSE,
    licenseUrl: OPEN_DATA_LICENSE_URL,
    organisations: organisations.map((o) => openDataRecord(o, baseUrl)),
  };
}

/** The CSV's columns: the JSON's fields, lists flattened; the contacts' fields side by side. */
export const OPEN_DATA_CSV_COLUMNS = [
  'slug',
  'url',
  'name',
  'type',
  'typeLabel',
  'summary',
  'description',
  'expertise',
  'provinceCodes',
  'provinces',
  'municipalityCodes',
  'municipalities',
  'address',
  'postcode',
  'city',
  'website',
  'email',
  'phone',
  'memberSince',
  'lastConfirmed',
  'contactNames',
  'contactJobTitles',
  'contactEmails',
  'contactPhones',
] as const;

const list = (values: (string | null)[]) => values.map((v) => v ?? '').join(CSV_LIST_SEPARATOR);

/**
 * One row per organisation (toCsv: `;`, BOM, formula cells neutralised). The n-th entry of each
 * contact column belongs to the n-th public contact, so an empty job title stays in its place.
 */
export function openDataCsv(organisations: OpenDataOrganisation[], baseUrl: string): string {
  const rows = organisations.map((o) => {
    const r = openDataRecord(o, baseUrl);
    return [
      r.slug,
      r.url,
      r.name,
      r.type.key,
      r.type.label,
      r.summary,
      r.description,
      list(r.expertise),
      list(r.provinces.map((p) => p.code)),
      list(r.provinces.map((p) => p.name)),
      list(r.municipalities.map((p) => p.code)),
      list(r.municipalities.map((p) => p.name)),
      r.address,
      r.postcode,
      r.city,
      r.website,
      r.email,
      r.phone,
      r.memberSince,
      r.lastConfirmed,
      list(r.contacts.map((c) => c.name)),
      list(r.contacts.map((c) => c.jobTitle)),
      list(r.contacts.map((c) => c.email)),
      list(r.contacts.map((c) => c.phone)),
    ];
  });
  return toCsv([[...OPEN_DATA_CSV_COLUMNS], ...rows]);
}

/** `jep-netwerk-2026-05-01.csv` (the day in Amsterdam). */
export function openDataFilename(now: Date): string {
  return `jep-netwerk-${toAmsterdamParts(now).date}.csv`;
}
