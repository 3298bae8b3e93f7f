import type { Role } from '../common/access/role';
import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import { renderMarkdown } from '../common/markdown/markdown';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate } from '../common/views/format';
import { RELAY_MESSAGE_MAX, RELAY_SUBJECT_MAX } from './dto/contact-relay.dto';
import type { ContactVisibility, Expertise } from './vocabulary';
import { isOutdated } from './freshness';

/** Shapes /netwerk/:slug for its view: labels, links that are safe to put in an href, dates. */

export const DIRECTORY_PATH = '/netwerk';

export function organisationPath(slug: string): string {
  return `${DIRECTORY_PATH}/${encodeURIComponent(slug)}`;
}

export function relayPath(slug: string): string {
  return `${organisationPath(slug)}/bericht`;
}

/**
 * The contact visibilities a viewer may see: `public` for everyone, `members` for any signed-in
 * user, `staff` only for staff and admins.
 */
export function visibilitiesFor(role: Role | null): ContactVisibility[] {
  if (!role) return ['public'];
  if (role === 'staff' || role === 'admin') return ['public', 'members', 'staff'];
  return ['public', 'members'];
}

export function isStaff(role: Role | null): boolean {
  return role === 'staff' || role === 'admin';
}

/** A link only for an http(s) address; anything else is shown as text (or not at all). */
export function websiteLink(url: string | null): { href: string | null; text: string } | null {
  const text = (url ?? '').trim();
  if (!text) return null;
  try {
    const parsed = new URL(text);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:')
      return { href: parsed.href, text };
  } catch {
    // not a URL: shown as text
  }
  return { href: null, text };
}

/** One plain address: no second address, no `?subject=` or `&bcc=` riding along in the link. */
const EMAIL_SHAPE = /^[^\s@<>()[\]"',;:\\?&]+@[^\s@<>()[\]"',;:\\?&]+\.[^\s@<>()[\]"',;:\\?&]+$/;

export function emailLink(email: string | null): { href: string | null; text: string } | null {
  const text = (email ?? '').trim();
  if (!text) return null;
  return { href: EMAIL_SHAPE.test(text) ? `mailto:${text}` : null, text };
}

export function phoneLink(phone: string | null): { href: string | null; text: string } | null {
  const text = (phone ?? '').trim();
  if (!text) return null;
  const digits = text.replace(/(?!^\+)[^\d]/g, '');
  return { href: /^\+?\d{6,15}$/.test(digits) ? `tel:${digits}` : null, text };
}

/** `<time datetime="2024-03-01">1 maart 2024</time>` for a YYYY-MM-DD day. */
function dayView(day: string, locale: Locale) {
  const noon = new Date(`${day}T12:00:00Z`);
  return { iso: day, text: Number.isNaN(noon.getTime()) ? day : formatDate(noon, locale) };
}

function instantDay(d: Date, locale: Locale) {
  return { iso: toAmsterdamParts(d).date, text: formatDate(d, locale) };
}

const collator = new Intl.Collator('nl');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

export interface PlaceName {
  code: string;
  name: string;
}

export interface PageContact {
  name: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
  visibility: ContactVisibility;
}

/** What the service read for one page, contacts already limited to what the viewer may see. */
export interface OrganisationPageData {
  organisation: {
    id: number;
    slug: string;
    name: string;
    type: string;
    summary: string;
    description: string;
    address: string | null;
    postcode: string | null;
    city: string | null;
    website: string | null;
    publicEmail: string | null;
    publicPhone: string | null;
    memberSince: string;
    confirmedAt: Date;
  };
  expertise: Expertise[];
  /** worked in as a whole */
  provinces: PlaceName[];
  municipalities: PlaceName[];
  contacts: PageContact[];
  /** For a visitor: there are contacts a signed-in user would see (never who). */
  moreAfterLogin: boolean;
  /** The organisation has an e-mail address to relay to (public, or any contact's). */
  canRelay: boolean;
}

export interface PageViewer {
  role: Role | null;
  name?: string;
  email?: string;
}

/** The view model of /netwerk/:slug for this viewer. */
export function organisationPage(
  data: OrganisationPageData,
  viewer: PageViewer,
  locale: Locale,
  now = new Date(),
) {
  const o = data.organisation;
  const path = organisationPath(o.slug);
  const signedIn = viewer.role !== null;
  const postcodeCity = [o.postcode, o.city].filter(Boolean).join(' ');
  const addressLines = [o.address, postcodeCity].filter((line): line is string => !!line);
  return {
    pageTitle: translate(locale, 'networkOrganisation.pageTitle', { name: o.name }),
    backHref: DIRECTORY_PATH,
    organisation: {
      name: o.name,
      typeLabel: `network.type.${o.type}` as MessageKey,
      summary: o.summary,
      // Sanitised: Markdown → sanitize-html, the one place user text becomes markup
      descriptionHtml: renderMarkdown(o.description),
      expertise: data.expertise.map((key) => `network.expertise.${key}` as MessageKey),
      provinces: [...data.provinces].sort(byName).map((p) => p.name),
      municipalities: [...data.municipalities].sort(byName).map((p) => p.name),
      addressLines,
      website: websiteLink(o.website),
      email: emailLink(o.publicEmail),
      phone: phoneLink(o.publicPhone),
      memberSince: dayView(o.memberSince, locale),
    },
    outdated: isOutdated(o.confirmedAt, now) ? instantDay(o.confirmedAt, locale) : null,
    contacts: data.contacts.map((c) => ({
      name: c.name,
      jobTitle: c.jobTitle,
      email: emailLink(c.email),
      phone: phoneLink(c.phone),
      // Signed-in users see who else may see a contact; a visitor only sees public ones.
      visibilityLabel:
        signedIn && c.visibility !== 'public'
          ? (`network.visibility.${c.visibility}` as MessageKey)
          : null,
    })),
    moreAfterLogin: !signedIn && data.moreAfterLogin,
    loginHref: `/inloggen?terug=${encodeURIComponent(path)}`,
    staffHref: isStaff(viewer.role) ? `/beheer/netwerk/${o.id}` : null,
    relay: {
      /** the form, for a signed-in user when there is an address to relay to */
      form:
        signedIn && data.canRelay
          ? {
              action: relayPath(o.slug),
              senderName: viewer.name ?? '',
              senderEmail: viewer.email ?? '',
              subjectMax: RELAY_SUBJECT_MAX,
              messageMax: RELAY_MESSAGE_MAX,
            }
          : null,
      loginFirst: !signedIn && data.canRelay,
      noAddress: !data.canRelay,
    },
  };
}
