import { dateRange, meetingRow } from '../catalogue/catalogue.presenter';
import { Locale, translate } from '../common/i18n/i18n';
import { formatDateTime } from '../common/views/format';
import { holdsSeat } from './enrolment-status';
import type { Enrolment } from './enrolment.entity';
import { cancelUntil, enrolmentStatusText } from './enrolment.presenter';
import type { OwnEnrolment } from './enrolment.service';
import type { LockedEdition } from './seats';

/** /mijn/aanmeldingen/:id — one's own enrolment, with what one can do with it. */
export function myEnrolmentPage(detail: OwnEnrolment, now: Date, locale: Locale) {
  const { enrolment, meetings, position } = detail;
  const edition = enrolment.edition;
  const waitlisted = enrolment.status === 'waitlisted';
  const active = holdsSeat(enrolment.status) || waitlisted;
  const until = waitlisted ? (edition.startsAt ?? cancelUntil(edition)) : cancelUntil(edition);
  const canCancel = active && edition.status === 'published' && now < until;
  return {
    pageTitle: translate(locale, 'enrolment.mine.title', { offering: edition.offering.title }),
    enrolment: {
      id: enrolment.id,
      status: enrolment.status,
      statusText: enrolmentStatusText(enrolment, position, locale),
      waitlisted,
      offered: enrolment.status === 'offered',
      confirmed: enrolment.status === 'confirmed',
      cancelled: enrolment.status === 'cancelled' || enrolment.status === 'rejected',
    },
    offering: { title: edition.offering.title },
    edition: {
      id: edition.id,
      title: edition.title,
      href: `/uitvoeringen/${edition.id}`,
      dates: dateRange(edition.startsAt, edition.endsAt, locale),
    },
    meetings: meetings.map((m) => meetingRow(m, locale, enrolment.status === 'confirmed')),
    icsHref:
      enrolment.status === 'confirmed' ? `/mijn/aanmeldingen/${enrolment.id}/agenda.ics` : null,
    cancel: canCancel
      ? {
          action: `/mijn/aanmeldingen/${enrolment.id}/annuleren`,
          label: waitlisted ? 'enrolment.mine.leaveWaitlist' : 'enrolment.mine.cancel',
          until: waitlisted ? null : formatDateTime(until, locale),
        }
      : null,
    cancelClosed: active && !canCancel,
    confirmAction:
      enrolment.status === 'offered' ? `/mijn/aanmeldingen/${enrolment.id}/bevestigen` : null,
  };
}

/** /aanmelding/bevestigen/:token — the offered place and one button to take it. */
export function offerPage(
  offer: Enrolment & { edition: LockedEdition },
  token: string,
  now: Date,
  locale: Locale,
) {
  const expired = !!offer.offerExpiresAt && offer.offerExpiresAt <= now;
  return {
    pageTitle: 'enrolment.offer.title',
    offering: offer.edition.offering.title,
    edition: offer.edition.title,
    dates: dateRange(offer.edition.startsAt, offer.edition.endsAt, locale),
    deadline: offer.offerExpiresAt ? formatDateTime(offer.offerExpiresAt, locale) : null,
    expired,
    action: `/aanmelding/bevestigen/${encodeURIComponent(token)}`,
  };
}
