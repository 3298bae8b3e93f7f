import { isEmail } from 'class-validator';
import type { FieldProblem } from '../common/forms/form-invalid.error';
import { isHttpUrl } from '../common/forms/parse';
import type { ProvinceGroup } from '../geo/geo.service';
import type { ListingContact, ListingContent } from './listing-content';
import {
  CONTACT_VISIBILITIES,
  ContactVisibility,
  EXPERTISE,
  Expertise,
  isExpertise,
  isOrganisationType,
} from './vocabulary';

/**
 * The one listing form (partner draft, application, staff) ↔ ListingContent, and its rules.
 *
 * The body parser reads forms without nesting (`extended: false`), so contact persons are flat
 * fields: a fixed number of rows, contactName1..5, contactJobTitle1..5, … Blank rows are ignored.
 * Every rule is checked in one pass, so the form comes back once with every message, in the order
 * of the page.
 */

/** How many contact rows the form has. */
export const CONTACT_ROWS = 5;

export const LISTING_MAX = {
  name: 200,
  summary: 300,
  description: 10_000,
  address: 200,
  postcode: 10,
  city: 100,
  website: 300,
  email: 254,
  phone: 30,
  contactName: 200,
  jobTitle: 200,
  applicantName: 200,
  motivation: 3_000,
} as const;

/** A new contact row is visible to JEP staff only until the partner chooses otherwise. */
export const DEFAULT_VISIBILITY: ContactVisibility = 'staff';

export type ContactField = 'name' | 'jobTitle' | 'email' | 'phone' | 'visibility';

const CONTACT_PREFIX: Record<ContactField, string> = {
  name: 'contactName',
  jobTitle: 'contactJobTitle',
  email: 'contactEmail',
  phone: 'contactPhone',
  visibility: 'contactVisibility',
};

/** The form field of one contact row's field: contactField(2, 'email') → "contactEmail2". */
export function contactField(row: number, field: ContactField): string {
  return `${CONTACT_PREFIX[field]}${row}`;
}

export const LISTING_TEXT_FIELDS = [
  'name',
  'type',
  'summary',
  'description',
  'address',
  'postcode',
  'city',
  'website',
  'publicEmail',
  'publicPhone',
] as const;
export const LISTING_LIST_FIELDS = ['expertise', 'provinces', 'municipalities'] as const;

/** Every field name of the listing form (the DTO declares exactly these). */
export const LISTING_FORM_FIELDS: string[] = [
  ...LISTING_TEXT_FIELDS,
  ...LISTING_LIST_FIELDS,
  ...Array.from({ length: CONTACT_ROWS }, (_, i) =>
    (Object.keys(CONTACT_PREFIX) as ContactField[]).map((f) => contactField(i + 1, f)),
  ).flat(),
];

export type ListingFormValues = Record<string, string | string[]>;

/** The codes that exist (from the reference list), to check the chosen places against. */
export interface KnownPlaces {
  provinces: ReadonlySet<string>;
  municipalities: ReadonlySet<string>;
}

export function knownPlacesOf(groups: ProvinceGroup[]): KnownPlaces {
  return {
    provinces: new Set(groups.map((g) => g.code)),
    municipalities: new Set(groups.flatMap((g) => g.municipalities.map((mu) => mu.code))),
  };
}

/** A listing as the form's values: what the form shows for a draft or the published version. */
export function listingFormValues(content: ListingContent): ListingFormValues {
  const values: ListingFormValues = {
    name: content.name,
    type: content.type,
    summary: content.summary,
    description: content.description,
    expertise: [...content.expertise],
    provinces: [...content.provinces],
    municipalities: [...content.municipalities],
    address: content.address,
    postcode: content.postcode,
    city: content.city,
    website: content.website,
    publicEmail: content.publicEmail,
    publicPhone: content.publicPhone,
  };
  for (let row = 1; row <= CONTACT_ROWS; row++) {
    const c = content.contacts[row - 1];
    values[contactField(row, 'name')] = c?.name ?? '';
    values[contactField(row, 'jobTitle')] = c?.jobTitle ?? '';
    values[contactField(row, 'email')] = c?.email ?? '';
    values[contactField(row, 'phone')] = c?.phone ?? '';
    values[contactField(row, 'visibility')] = c?.visibility ?? DEFAULT_VISIBILITY;
  }
  return values;
}

/** The values of a form that was posted: lists that sent nothing (no box ticked) are empty. */
export function postedFormValues(kept: Record<string, unknown>): Record<string, unknown> {
  return { expertise: [], provinces: [], municipalities: [], ...kept };
}

/** No control characters (line breaks, tabs, NUL) in one-line fields; they reach e-mails and CSV. */
const PLAIN_LINE = /^[^\u0000-\u001f\u007f]*$/;
const PHONE = /^[0-9 +\-()]*[0-9][0-9 +\-()]*$/;

/** An address that is one address: no spaces, line breaks or separators ("a@b.nl\r\nBcc: x"). */
export function isPlainEmail(value: string): boolean {
  return (
    value.length <= LISTING_MAX.email &&
    !/[\s,;<>"]/.test(value) &&
    PLAIN_LINE.test(value) &&
    isEmail(value)
  );
}

export function isPhone(value: string): boolean {
  return value.length <= LISTING_MAX.phone && PHONE.test(value);
}

type Body = Record<string, unknown>;

class Reader {
  readonly problems: FieldProblem[] = [];

  constructor(private readonly body: Body) {}

  /** The first problem of a field is the one shown. */
  problem(field: string, message: FieldProblem['message'], params?: FieldProblem['params']) {
    if (this.problems.some((p) => p.field === field)) return;
    this.problems.push({ field, message, ...(params ? { params } : {}) });
  }

  /** A one-value field, trimmed; a repeated or missing field is '' (a repeat is reported). */
  raw(field: string): string {
    const value = this.body[field];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      this.problem(field, 'validation.invalid');
      return '';
    }
    return value.replace(/\r\n?/g, '\n').trim();
  }

  /** A one-line text of at most `max` characters. */
  line(field: string, max: number, required = false): string {
    const value = this.raw(field);
    if (required && !value) this.problem(field, 'validation.required');
    else if (value.length > max) this.problem(field, 'validation.tooLong', { max });
    else if (!PLAIN_LINE.test(value)) this.problem(field, 'validation.invalid');
    return value;
  }

  /** A text that may have line breaks. */
  text(field: string, max: number, required = false): string {
    const value = this.raw(field);
    if (required && !value) this.problem(field, 'validation.required');
    else if (value.length > max) this.problem(field, 'validation.tooLong', { max });
    else if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(value))
      this.problem(field, 'validation.invalid');
    return value;
  }

  /** A multi-value field (checkboxes, a multiple select): one value, several or none. */
  list(field: string): string[] {
    const value = this.body[field];
    const values = Array.isArray(value)
      ? value
      : value === undefined || value === ''
        ? []
        : [value];
    return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
  }

  email(field: string): string {
    const value = this.raw(field);
    if (value && !isPlainEmail(value)) this.problem(field, 'validation.email');
    return value.toLowerCase();
  }

  phone(field: string): string {
    const value = this.raw(field);
    if (value.length > LISTING_MAX.phone)
      this.problem(field, 'validation.tooLong', { max: LISTING_MAX.phone });
    else if (value && !isPhone(value)) this.problem(field, 'networkModeration.error.phone');
    return value;
  }
}

function asBody(body: unknown): Body {
  return body && typeof body === 'object' ? (body as Body) : {};
}

/** Reads `body` (the posted form) as ListingContent, with every problem found, in page order. */
export function readListingForm(
  body: unknown,
  known: KnownPlaces,
): { content: ListingContent; problems: FieldProblem[] } {
  const r = new Reader(asBody(body));
  const name = r.line('name', LISTING_MAX.name, true);
  const type = r.raw('type');
  if (!isOrganisationType(type)) r.problem('type', 'validation.choose');
  const summary = r.text('summary', LISTING_MAX.summary, true).replace(/\s+/g, ' ');
  const description = r.text('description', LISTING_MAX.description);

  const chosenExpertise = r.list('expertise');
  if (!chosenExpertise.every(isExpertise))
    r.problem('expertise', 'networkModeration.error.unknownExpertise');
  const expertise: Expertise[] = EXPERTISE.filter((key) => chosenExpertise.includes(key));

  const provinces = r.list('provinces');
  if (!provinces.every((code) => known.provinces.has(code)))
    r.problem('provinces', 'network.error.unknownPlace');
  const municipalities = r.list('municipalities');
  if (!municipalities.every((code) => known.municipalities.has(code)))
    r.problem('municipalities', 'network.error.unknownPlace');

  const address = r.line('address', LISTING_MAX.address);
  const postcode = r.line('postcode', LISTING_MAX.postcode).toUpperCase();
  const city = r.line('city', LISTING_MAX.city);
  const website = r.line('website', LISTING_MAX.website);
  if (website && website.length <= LISTING_MAX.website && !isHttpUrl(website))
    r.problem('website', 'networkModeration.error.website');
  const publicEmail = r.email('publicEmail');
  const publicPhone = r.phone('publicPhone');

  const contacts: ListingContact[] = [];
  for (let row = 1; row <= CONTACT_ROWS; row++) {
    const nameField = contactField(row, 'name');
    const contactName = r.line(nameField, LISTING_MAX.contactName);
    const jobTitle = r.line(contactField(row, 'jobTitle'), LISTING_MAX.jobTitle);
    const email = r.email(contactField(row, 'email'));
    const phone = r.phone(contactField(row, 'phone'));
    const visibilityField = contactField(row, 'visibility');
    const visibility = r.raw(visibilityField) || DEFAULT_VISIBILITY;
    // A row with nothing typed in it is no contact (its visibility select always sends a value).
    if (!contactName && !jobTitle && !email && !phone) continue;
    if (!contactName) r.problem(nameField, 'networkModeration.error.contactName', { n: row });
    if (!(CONTACT_VISIBILITIES as readonly string[]).includes(visibility))
      r.problem(visibilityField, 'validation.choose');
    contacts.push({
      name: contactName,
      jobTitle,
      email,
      phone,
      visibility: visibility as ContactVisibility,
    });
  }

  return {
    content: {
      name,
      type: isOrganisationType(type) ? type : 'overig',
      summary,
      description,
      expertise,
      provinces: [...provinces].sort(),
      municipalities: [...municipalities].sort(),
      address,
      postcode,
      city,
      website,
      publicEmail,
      publicPhone,
      contacts,
    },
    problems: r.problems,
  };
}

/** The application's own fields (before the listing on its page): who applies and why. */
export function readApplicantFields(body: unknown): {
  applicantName: string;
  motivation: string;
  problems: FieldProblem[];
} {
  const r = new Reader(asBody(body));
  const applicantName = r.line('applicantName', LISTING_MAX.applicantName, true);
  const motivation = r.text('motivation', LISTING_MAX.motivation, true);
  return { applicantName, motivation, problems: r.problems };
}
