import { dateRange } from '../catalogue/catalogue.presenter';
import { Locale } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate } from '../common/views/format';
import { meetingLocation } from '../calendar/meeting-events';
import { enrolmentStatusText } from '../enrolments/enrolment.presenter';
import type { DashboardData, DashboardEnrolment } from './dashboard.service';

function enrolmentRow(e: DashboardEnrolment, locale: Locale) {
  return {
    href: `/mijn/aanmeldingen/${e.id}`,
    offeringTitle: e.edition.offering.title,
    editionTitle: e.edition.title,
    dates: dateRange(e.edition.startsAt, e.edition.endsAt, locale)?.text ?? null,
    status: e.status,
    statusText: enrolmentStatusText(e, e.position, locale),
    needsAction: e.status === 'offered',
  };
}

/** The enrolment parts of /mijn. */
export function dashboardEnrolments(data: DashboardData, locale: Locale) {
  return {
    upcoming: data.upcoming.map((m) => ({
      isoDate: m.startsAt.toISOString(),
      date: formatDate(m.startsAt, locale),
      time: `${toAmsterdamParts(m.startsAt).time}–${toAmsterdamParts(m.endsAt).time}`,
      offeringTitle: m.enrolment.edition.offering.title,
      href: `/mijn/aanmeldingen/${m.enrolment.id}`,
      place: m.onlineUrl ? null : meetingLocation(m),
      onlineUrl: m.onlineUrl,
    })),
    current: data.current.map((e) => enrolmentRow(e, locale)),
    past: data.past.map((e) => ({
      ...enrolmentRow(e, locale),
      completion: e.completion
        ? `enrolment.completion.${e.completion}`
        : 'dashboard.completionPending',
    })),
  };
}
