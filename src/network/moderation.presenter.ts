import type { Request } from 'express';
import type { User } from '../accounts/user.entity';
import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import { renderMarkdown } from '../common/markdown/markdown';
import { formatDateTime } from '../common/views/format';
import type { ProvinceGroup } from '../geo/geo.service';
import type { NetworkApplication } from './application.entity';
import type { NetworkDraft } from './draft.entity';
import { DiffRow, ListingDescriber, listingDiff } from './listing-diff';
import type { ListingContent } from './listing-content';
import { CONTACT_ROWS, contactField, LISTING_MAX } from './listing-form';
import type { NetworkMembership } from './membership.entity';
import { editHref } from './membership.service';
import type { NetworkOrganisation } from './organisation.entity';
import { CONTACT_VISIBILITIES, EXPERTISE, ORGANISATION_TYPES } from './vocabulary';

export function reviewHref(draftId: number): string {
  return `/beheer/netwerk/wijzigingen/${draftId}`;
}

export function applicationHref(id: number): string {
  return `/beheer/netwerk/aanmeldingen/${id}`;
}

export function staffOrganisationHref(id: number): string {
  return `/beheer/netwerk/${id}`;
}

export function publicHref(organisation: Pick<NetworkOrganisation, 'slug'>): string {
  return `/netwerk/${organisation.slug}`;
}

/** Names for a listing's codes in the page's language (places from the reference list). */
export function describer(locale: Locale, groups: ProvinceGroup[]): ListingDescriber {
  const provinces = new Map(groups.map((g) => [g.code, g.name]));
  const municipalities = new Map(
    groups.flatMap((g) => g.municipalities.map((mu) => [mu.code, mu.name] as const)),
  );
  return {
    type: (key) => translate(locale, `network.type.${key}`),
    expertise: (key) => translate(locale, `network.expertise.${key}`),
    province: (code) => provinces.get(code) ?? code,
    municipality: (code) => municipalities.get(code) ?? code,
    visibility: (key) => translate(locale, `network.visibility.${key}`),
  };
}

/** The options and rows of the listing form (views/partials/network/listing-fields.hbs). */
export function listingFormOptions(groups: ProvinceGroup[], action: string) {
  return {
    action,
    max: LISTING_MAX,
    types: ORGANISATION_TYPES.map((value) => ({ value, label: `network.type.${value}` })),
    expertise: EXPERTISE.map((value) => ({ value, label: `network.expertise.${value}` })),
    provinces: groups.map((g) => ({ value: g.code, name: g.name })),
    municipalityGroups: groups,
    visibilities: CONTACT_VISIBILITIES.map((value) => ({
      value,
      label: `network.visibility.${value}`,
    })),
    contacts: Array.from({ length: CONTACT_ROWS }, (_, i) => ({
      n: i + 1,
      name: contactField(i + 1, 'name'),
      jobTitle: contactField(i + 1, 'jobTitle'),
      email: contactField(i + 1, 'email'),
      phone: contactField(i + 1, 'phone'),
      visibility: contactField(i + 1, 'visibility'),
    })),
  };
}

/** The form's preview button: the description as it will look (sanitised), nothing stored. */
export function previewOf(req: Pick<Request, 'method' | 'body'>): string | null {
  const body = req.body as { action?: unknown; description?: unknown } | undefined;
  if (req.method !== 'POST' || body?.action !== 'preview') return null;
  const text = typeof body.description === 'string' ? body.description : '';
  return renderMarkdown(text.slice(0, LISTING_MAX.description));
}

/** One row of the difference table as the partial shows it. */
export interface DiffRowView extends DiffRow {
  label: MessageKey;
  long: boolean;
  list: boolean;
  beforeEmpty: boolean;
  afterEmpty: boolean;
}

/**
 * The difference table (views/partials/network/listing-diff.hbs): every field, the changed ones
 * marked in words, and which fields changed for the summary above it.
 */
export function diffView(
  before: ListingContent | null,
  after: ListingContent,
  locale: Locale,
  groups: ProvinceGroup[],
) {
  const rows: DiffRowView[] = listingDiff(before, after, describer(locale, groups)).map((row) => ({
    ...row,
    label: `networkModeration.field.${row.field}` as MessageKey,
    long: row.kind === 'long',
    list: row.kind === 'list',
    beforeEmpty: row.kind === 'list' ? row.beforeItems.length === 0 : row.before === '',
    afterEmpty: row.kind === 'list' ? row.afterItems.length === 0 : row.after === '',
  }));
  const changed = rows.filter((r) => r.changed);
  return {
    rows,
    changedCount: changed.length,
    changedText: changed.length
      ? translate(locale, 'networkModeration.diff.changedFields', {
          count: changed.length,
          fields: changed.map((r) => translate(locale, r.label)).join(', '),
        })
      : translate(locale, 'networkModeration.diff.noChanges'),
  };
}

/** A listing on its own (an application, the staff page's summary): the same table, one column. */
export function listingView(content: ListingContent, locale: Locale, groups: ProvinceGroup[]) {
  return diffView(null, content, locale, groups).rows;
}

function userLabel(user: Pick<User, 'name' | 'email'> | null, locale: Locale): string {
  return user ? `${user.name} (${user.email})` : translate(locale, 'networkModeration.unknownUser');
}

/** The draft's state in words, for the partner and for staff. */
export function draftStatusLabel(status: NetworkDraft['status']): MessageKey {
  return `networkModeration.draftStatus.${status}` as MessageKey;
}

/** The partner's overview (/mijn/organisatie): one entry per link or request. */
export function membershipEntry(
  membership: NetworkMembership,
  organisation: NetworkOrganisation,
  latest: NetworkDraft | undefined,
  locale: Locale,
) {
  const active = membership.status === 'active';
  return {
    name: organisation.name,
    status: membership.status,
    statusLabel: `networkModeration.membershipStatus.${membership.status}` as MessageKey,
    active,
    requestedAt: formatDateTime(membership.createdAt, locale),
    publicHref: organisation.status === 'published' ? publicHref(organisation) : null,
    archived: organisation.status === 'archived',
    editHref: active ? editHref(organisation.id) : null,
    draft:
      active && latest
        ? {
            statusLabel: draftStatusLabel(latest.status),
            submitted: latest.status === 'submitted',
            returned: latest.status === 'returned',
            staffMessage: latest.status === 'returned' ? latest.staffMessage : null,
            when: formatDateTime(
              latest.decidedAt ?? latest.submittedAt ?? latest.updatedAt,
              locale,
            ),
          }
        : null,
  };
}

export function applicationEntry(application: NetworkApplication, locale: Locale) {
  return {
    name: safeName(application.content),
    status: application.status,
    statusLabel: `networkModeration.applicationStatus.${application.status}` as MessageKey,
    createdAt: formatDateTime(application.createdAt, locale),
    decisionMessage: application.status === 'declined' ? application.decisionMessage : null,
    href: `/mijn/organisatie`,
  };
}

/** The organisation's name in an application's content (JSON), or '' when unreadable. */
function safeName(content: string): string {
  try {
    return (JSON.parse(content) as Partial<ListingContent>).name ?? '';
  } catch {
    return '';
  }
}

/** The staff queue of submitted drafts. */
export function queueRow(
  draft: NetworkDraft,
  organisation: NetworkOrganisation,
  author: User | null,
  locale: Locale,
) {
  return {
    href: reviewHref(draft.id),
    organisation: organisation.name,
    author: userLabel(author, locale),
    submittedAt: formatDateTime(draft.submittedAt, locale),
  };
}

/** A draft in the staff organisation page's history. */
export function historyRow(draft: NetworkDraft, author: User | null, locale: Locale) {
  return {
    href: reviewHref(draft.id),
    statusLabel: draftStatusLabel(draft.status),
    author: userLabel(author, locale),
    updatedAt: formatDateTime(draft.updatedAt, locale),
    decidedAt: draft.decidedAt ? formatDateTime(draft.decidedAt, locale) : '',
    staffMessage: draft.staffMessage,
  };
}

/** The facts above the difference view. */
export function reviewFacts(
  draft: NetworkDraft,
  organisation: NetworkOrganisation,
  author: User | null,
  locale: Locale,
) {
  return {
    organisation: organisation.name,
    staffHref: staffOrganisationHref(organisation.id),
    publicHref: publicHref(organisation),
    archived: organisation.status === 'archived',
    author: userLabel(author, locale),
    statusLabel: draftStatusLabel(draft.status),
    submitted: draft.status === 'submitted',
    submittedAt: draft.submittedAt ? formatDateTime(draft.submittedAt, locale) : '',
    decidedAt: draft.decidedAt ? formatDateTime(draft.decidedAt, locale) : '',
    staffMessage: draft.staffMessage,
  };
}

/** An open link request on /beheer/netwerk/koppelingen. */
export function requestRow(
  membership: NetworkMembership,
  user: User,
  organisation: NetworkOrganisation,
  locale: Locale,
) {
  return {
    id: membership.id,
    user: userLabel(user, locale),
    role: `role.${user.role}`,
    organisation: organisation.name,
    organisationHref: staffOrganisationHref(organisation.id),
    note: membership.note,
    requestedAt: formatDateTime(membership.createdAt, locale),
  };
}

/** A linked or requesting user on the staff organisation page. */
export function memberRow(membership: NetworkMembership, user: User, locale: Locale) {
  return {
    id: membership.id,
    user: userLabel(user, locale),
    statusLabel: `networkModeration.membershipStatus.${membership.status}` as MessageKey,
    since: formatDateTime(membership.decidedAt ?? membership.createdAt, locale),
  };
}

/** An application in the staff list. */
export function applicationRow(application: NetworkApplication, locale: Locale) {
  return {
    href: applicationHref(application.id),
    name: safeName(application.content),
    applicant: `${application.applicantName} (${application.applicantEmail})`,
    statusLabel: `networkModeration.applicationStatus.${application.status}` as MessageKey,
    pending: application.status === 'pending',
    createdAt: formatDateTime(application.createdAt, locale),
  };
}
