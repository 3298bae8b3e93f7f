import type { Offering } from '../catalogue/offering.entity';
import { dateRange } from '../catalogue/catalogue.presenter';
import { Locale, translate } from '../common/i18n/i18n';
import { formatDateTime } from '../common/views/format';
import type { Edition } from '../scheduling/edition.entity';
import type { EnrolmentWithUser } from './enrolment-admin.service';
import type { EnrolmentStatus } from './enrolment-status';
import { statusLabel } from './enrolment.presenter';

const GROUPS: { key: string; statuses: EnrolmentStatus[] }[] = [
  { key: 'pending', statuses: ['pending'] },
  { key: 'places', statuses: ['confirmed', 'offered'] },
  { key: 'waitlist', statuses: ['waitlisted'] },
  { key: 'ended', statuses: ['cancelled', 'rejected'] },
];

function row(e: EnrolmentWithUser, index: number, locale: Locale) {
  return {
    id: e.id,
    name: e.user.name,
    email: e.user.email,
    organisation: e.user.organisation,
    invited: !e.user.emailVerifiedAt,
    status: e.status,
    statusLabel: statusLabel(e.status),
    position: e.status === 'waitlisted' ? index + 1 : null,
    since: formatDateTime(e.statusChangedAt, locale),
    offerUntil: e.offerExpiresAt ? formatDateTime(e.offerExpiresAt, locale) : null,
    cancelReason: e.cancelReason ? `enrolment.reason.${e.cancelReason}` : null,
    completion: e.completion ? `enrolment.completion.${e.completion}` : null,
    href: `/beheer/aanmeldingen/${e.id}`,
  };
}

/** /beheer/uitvoeringen/:id/aanmeldingen — everyone in an edition, by where they stand. */
export function enrolmentAdminPage(
  edition: Edition & { offering: Offering },
  rows: EnrolmentWithUser[],
  locale: Locale,
) {
  const groups = GROUPS.map((g) => {
    const members = rows.filter((r) => g.statuses.includes(r.status));
    return {
      key: g.key,
      heading: `enrolment.admin.group.${g.key}`,
      rows: members.map((r, i) => row(r, i, locale)),
    };
  });
  const pending = groups[0].rows.length;
  return {
    pageTitle: translate(locale, 'enrolment.admin.title', { edition: edition.title }),
    edition: {
      id: edition.id,
      title: edition.title,
      offeringTitle: edition.offering.title,
      href: `/beheer/uitvoeringen/${edition.id}`,
      dates: dateRange(edition.startsAt, edition.endsAt, locale),
      capacity: edition.capacity,
      seatsTaken: edition.seatsTaken,
      requiresApproval: edition.offering.requiresApproval,
      open: edition.status === 'published',
      groupHref: edition.status === 'published' ? `/uitvoeringen/${edition.id}/groep` : null,
    },
    groups,
    hasPending: pending > 0,
    decideAction: `/beheer/uitvoeringen/${edition.id}/aanmeldingen/besluit`,
    decisions: [
      { value: 'approve', label: 'enrolment.admin.approve' },
      { value: 'reject', label: 'enrolment.admin.reject' },
    ],
    values: { decision: 'approve' },
  };
}

/** /beheer/aanmeldingen/:id — one enrolment: cancel or move it. */
export function enrolmentDetailPage(
  edition: Edition & { offering: Offering },
  enrolment: EnrolmentWithUser,
  targets: Edition[],
  locale: Locale,
) {
  const active = ['pending', 'offered', 'confirmed', 'waitlisted'].includes(enrolment.status);
  return {
    pageTitle: translate(locale, 'enrolment.admin.detailTitle', { name: enrolment.user.name }),
    edition: {
      id: edition.id,
      title: edition.title,
      offeringTitle: edition.offering.title,
      listHref: `/beheer/uitvoeringen/${edition.id}/aanmeldingen`,
    },
    enrolment: row(enrolment, 0, locale),
    active,
    cancelAction: `/beheer/aanmeldingen/${enrolment.id}/annuleren`,
    moveAction: `/beheer/aanmeldingen/${enrolment.id}/verplaatsen`,
    targets: targets.map((t) => ({
      value: String(t.id),
      label: `${t.title} (${dateRange(t.startsAt, t.endsAt, locale)?.text ?? '—'}; ${Math.max(0, t.capacity - t.seatsTaken)} ${translate(locale, 'enrolment.admin.free')})`,
    })),
    values: {},
  };
}
