import type { PublicEdition } from '../catalogue/catalogue.service';
import { dateRange, registrationWindow, seatsLeft } from '../catalogue/catalogue.presenter';
import type { Role } from '../common/access/role';
import { roleSatisfies } from '../common/access/role';
import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import type { GroupResultRow } from './enrolment-admin.service';

/** Who fills in the group form: staff (and admins) for anyone, a partner for its organisation. */
export interface GroupActor {
  role: Role;
  organisation: string;
}

function links(editionId: number, asStaff: boolean) {
  return {
    href: `/uitvoeringen/${editionId}`,
    groupHref: `/uitvoeringen/${editionId}/groep`,
    adminHref: asStaff ? `/beheer/uitvoeringen/${editionId}/aanmeldingen` : null,
  };
}

/** /uitvoeringen/:id/groep — the edition in short, what the form does for this actor, the form. */
export function groupPage(input: {
  detail: PublicEdition;
  actor: GroupActor;
  limit: number;
  now: Date;
  locale: Locale;
}) {
  const { detail, actor, limit, now, locale } = input;
  const edition = detail.edition;
  const asStaff = roleSatisfies(actor.role, ['staff']);
  const registration = registrationWindow(edition, now, locale);
  const { href, groupHref, adminHref } = links(edition.id, asStaff);
  // Partners follow the normal rules, so outside the registration window there is nothing to send.
  const open = asStaff || registration.open;
  return {
    pageTitle: translate(locale, 'group.title', {
      offering: edition.offering.title,
      edition: edition.title,
    }),
    edition: {
      id: edition.id,
      title: edition.title,
      offeringTitle: edition.offering.title,
      href,
      dates: dateRange(edition.startsAt, edition.endsAt, locale),
      seats: seatsLeft(edition, locale),
      registration: registration.text,
    },
    asStaff,
    organisation: actor.organisation,
    approvalKey: (asStaff
      ? 'group.approval.staff'
      : edition.offering.requiresApproval
        ? 'group.approval.required'
        : 'group.approval.none') satisfies MessageKey,
    limit,
    open,
    closedText: open ? null : translate(locale, 'group.closed', { window: registration.text }),
    action: groupHref,
    adminHref,
    values: {},
  };
}

/** One address's outcome in words, with the waiting-list position when there is one. */
export function outcomeText(row: GroupResultRow, actor: GroupActor, locale: Locale): string {
  const position = row.position ?? null;
  switch (row.outcome) {
    case 'waitlisted':
      return position
        ? translate(locale, 'group.outcome.waitlisted', { position })
        : translate(locale, 'group.outcome.waitlistedNoPosition');
    case 'invited':
      if (row.status === 'waitlisted')
        return translate(locale, 'group.outcome.invited.waitlisted', { position: position ?? '—' });
      return translate(
        locale,
        row.status === 'pending'
          ? 'group.outcome.invited.pending'
          : 'group.outcome.invited.confirmed',
      );
    case 'otherOrganisation':
      return translate(locale, 'group.outcome.otherOrganisation', {
        organisation: actor.organisation,
      });
    default:
      return translate(locale, `group.outcome.${row.outcome}`);
  }
}

/** Where each address ended up, counted: with a place, waiting, newly invited, not enrolled. */
export function groupSummary(rows: GroupResultRow[]) {
  const waiting = (r: GroupResultRow) =>
    r.outcome === 'waitlisted' || (r.outcome === 'invited' && r.status === 'waitlisted');
  const placed = (r: GroupResultRow) =>
    r.outcome === 'confirmed' ||
    r.outcome === 'pending' ||
    (r.outcome === 'invited' && !waiting(r));
  const counts = {
    placed: rows.filter(placed).length,
    waitlisted: rows.filter(waiting).length,
    invited: rows.filter((r) => r.outcome === 'invited').length,
    notEnrolled: rows.filter((r) => !placed(r) && !waiting(r)).length,
  };
  return {
    counts,
    items: (['placed', 'waitlisted', 'invited', 'notEnrolled'] as const).map((key) => ({
      key,
      label: `group.result.summary.${key}` satisfies MessageKey,
      count: counts[key],
    })),
  };
}

/** The answer to the group form: one row per address, in the order given, and the counts. */
export function groupResultPage(input: {
  detail: PublicEdition;
  actor: GroupActor;
  rows: GroupResultRow[];
  locale: Locale;
}) {
  const { detail, actor, rows, locale } = input;
  const edition = detail.edition;
  const asStaff = roleSatisfies(actor.role, ['staff']);
  const names = { offering: edition.offering.title, edition: edition.title };
  const { href, groupHref, adminHref } = links(edition.id, asStaff);
  return {
    pageTitle: translate(locale, 'group.result.title', names),
    edition: { id: edition.id, title: edition.title, offeringTitle: edition.offering.title, href },
    intro:
      rows.length === 1
        ? translate(locale, 'group.result.introOne', names)
        : translate(locale, 'group.result.intro', { ...names, count: rows.length }),
    summary: groupSummary(rows).items,
    rows: rows.map((row) => ({
      email: row.email,
      outcome: row.outcome,
      text: outcomeText(row, actor, locale),
    })),
    againHref: groupHref,
    adminHref,
  };
}
