import type { ListingContact, ListingContent } from './listing-content';
import type { ContactVisibility, Expertise, OrganisationType } from './vocabulary';

/** Names for the codes in a listing, in the page's language. */
export interface ListingDescriber {
  type(key: OrganisationType): string;
  expertise(key: Expertise): string;
  province(code: string): string;
  municipality(code: string): string;
  visibility(key: ContactVisibility): string;
}

export type DiffField =
  | 'name'
  | 'type'
  | 'summary'
  | 'description'
  | 'expertise'
  | 'provinces'
  | 'municipalities'
  | 'address'
  | 'postcode'
  | 'city'
  | 'website'
  | 'publicEmail'
  | 'publicPhone'
  | 'contacts';

/** One item of a list field: in both versions, only in the proposed one, or only in the published. */
export interface DiffItem {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export interface DiffRow {
  field: DiffField;
  kind: 'text' | 'long' | 'list';
  changed: boolean;
  /** text and long fields: the whole value of each version */
  before: string;
  after: string;
  /** list fields: the items of each version, marked */
  beforeItems: DiffItem[];
  afterItems: DiffItem[];
  added: string[];
  removed: string[];
}

const TEXT_FIELDS = ['name', 'type', 'summary', 'description'] as const;
const TAIL_FIELDS = [
  'address',
  'postcode',
  'city',
  'website',
  'publicEmail',
  'publicPhone',
] as const;
const LONG: ReadonlySet<DiffField> = new Set(['summary', 'description']);

const collator = new Intl.Collator('nl');

/** "Sanne de Vries, coördinator — sanne@example.nl — 058 123 (Iedereen)" */
export function contactText(c: ListingContact, d: ListingDescriber): string {
  const who = [c.name, c.jobTitle].filter(Boolean).join(', ');
  const reach = [c.email, c.phone].filter(Boolean);
  return [who, ...reach].join(' — ') + ` (${d.visibility(c.visibility)})`;
}

function textRow(field: DiffField, before: string, after: string): DiffRow {
  return {
    field,
    kind: LONG.has(field) ? 'long' : 'text',
    changed: before !== after,
    before,
    after,
    beforeItems: [],
    afterItems: [],
    added: [],
    removed: [],
  };
}

function listRow(field: DiffField, before: string[], after: string[], sort: boolean): DiffRow {
  const order = (items: string[]) => (sort ? [...items].sort(collator.compare) : items);
  const had = new Set(before);
  const has = new Set(after);
  const added = order(after.filter((t) => !had.has(t)));
  const removed = order(before.filter((t) => !has.has(t)));
  return {
    field,
    kind: 'list',
    changed: added.length > 0 || removed.length > 0 || before.join('\n') !== after.join('\n'),
    before: '',
    after: '',
    beforeItems: order(before).map((text) => ({
      text,
      change: has.has(text) ? 'same' : 'removed',
    })),
    afterItems: order(after).map((text) => ({ text, change: had.has(text) ? 'same' : 'added' })),
    added,
    removed,
  };
}

/**
 * The field-by-field difference between the published version (null: there is none yet, as for
 * an application) and the proposed one, in the order of the form. Lists (expertise, places,
 * contacts) say which items were added and removed; a changed contact is its old version removed
 * and its new one added.
 */
export function listingDiff(
  before: ListingContent | null,
  after: ListingContent,
  d: ListingDescriber,
): DiffRow[] {
  const text = (c: ListingContent | null, field: (typeof TEXT_FIELDS)[number]) =>
    !c ? '' : field === 'type' ? d.type(c.type) : c[field];
  const rows: DiffRow[] = TEXT_FIELDS.map((field) =>
    textRow(field, text(before, field), text(after, field)),
  );
  rows.push(
    listRow(
      'expertise',
      (before?.expertise ?? []).map((k) => d.expertise(k)),
      after.expertise.map((k) => d.expertise(k)),
      false,
    ),
    listRow(
      'provinces',
      (before?.provinces ?? []).map((c) => d.province(c)),
      after.provinces.map((c) => d.province(c)),
      true,
    ),
    listRow(
      'municipalities',
      (before?.municipalities ?? []).map((c) => d.municipality(c)),
      after.municipalities.map((c) => d.municipality(c)),
      true,
    ),
  );
  for (const field of TAIL_FIELDS) rows.push(textRow(field, before?.[field] ?? '', after[field]));
  rows.push(
    listRow(
      'contacts',
      (before?.contacts ?? []).map((c) => contactText(c, d)),
      after.contacts.map((c) => contactText(c, d)),
      false,
    ),
  );
  return rows;
}
