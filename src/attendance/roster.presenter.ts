import { Locale, translate } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate, formatDateTime } from '../common/views/format';
import { ATTENDANCE_STATUSES, AttendanceStatus } from '../enrolments/enrolment-status';
import type { Meeting } from '../scheduling/meeting.entity';
import { toCsv } from './csv';
import { statusField } from './dto/save-attendance.dto';
import type { Roster } from './roster.service';

export function statusLabel(status: AttendanceStatus | null): string {
  return status ? `attendance.status.${status}` : 'attendance.status.unmarked';
}

/** "Stadskantoor, Stadsplateau 1 (Utrecht)" or "Online". */
export function placeOf(meeting: Meeting, locale: Locale): string {
  if (meeting.onlineUrl) return translate(locale, 'attendance.roster.online');
  const place = [meeting.locationName, meeting.address].filter(Boolean).join(', ');
  const municipality = meeting.municipality?.name;
  return municipality ? `${place} (${municipality})` : place;
}

export function timeOf(meeting: Pick<Meeting, 'startsAt' | 'endsAt'>): string {
  return `${toAmsterdamParts(meeting.startsAt).time}–${toAmsterdamParts(meeting.endsAt).time}`;
}

export function rosterHref(meetingId: number): string {
  return `/bijeenkomsten/${meetingId}/presentie`;
}

/** What the roster, its print view and its CSV have in common: the meeting's facts. */
function meetingFacts(roster: Roster, locale: Locale) {
  const { meeting, edition } = roster;
  return {
    id: meeting.id,
    offeringTitle: edition.offering.title,
    editionTitle: edition.title,
    number: translate(locale, 'attendance.roster.meetingOf', {
      number: roster.number,
      total: roster.meetings.length,
    }),
    date: formatDate(meeting.startsAt, locale),
    isoDate: toAmsterdamParts(meeting.startsAt).date,
    time: timeOf(meeting),
    place: placeOf(meeting, locale),
    trainers: roster.trainers.join(', '),
  };
}

export function rosterCounts(roster: Roster) {
  const counts = { present: 0, absent: 0, excused: 0, unmarked: 0 };
  for (const e of roster.entries) counts[e.status ?? 'unmarked'] += 1;
  return counts;
}

/** /bijeenkomsten/:id/presentie — one form: a fieldset with three radios per participant. */
export function rosterPage(roster: Roster, locale: Locale) {
  const facts = meetingFacts(roster, locale);
  const href = rosterHref(roster.meeting.id);
  const values: Record<string, string> = {};
  for (const e of roster.entries) if (e.status) values[statusField(e.enrolmentId)] = e.status;
  return {
    pageTitle: translate(locale, 'attendance.roster.title', {
      offering: facts.offeringTitle,
      edition: facts.editionTitle,
    }),
    meeting: facts,
    back: roster.viewerIsStaff
      ? {
          href: `/beheer/uitvoeringen/${roster.edition.id}`,
          label: 'attendance.roster.backToEdition',
        }
      : { href: '/mijn', label: 'attendance.roster.backToMine' },
    counts: rosterCounts(roster),
    lastSaved: roster.lastMarked
      ? roster.lastMarked.by
        ? translate(locale, 'attendance.roster.lastSaved', {
            when: formatDateTime(roster.lastMarked.at, locale),
            name: roster.lastMarked.by,
          })
        : translate(locale, 'attendance.roster.lastSavedUnknown', {
            when: formatDateTime(roster.lastMarked.at, locale),
          })
      : null,
    printHref: `${href}/afdrukken`,
    csvHref: `${href}.csv`,
    completionHref: roster.viewerIsStaff
      ? `/beheer/uitvoeringen/${roster.edition.id}/afronding`
      : null,
    canMark: roster.canMark,
    action: href,
    people: roster.entries.map((e) => {
      const field = statusField(e.enrolmentId);
      return {
        enrolmentId: e.enrolmentId,
        name: e.name,
        organisation: e.organisation,
        field,
        statusLabel: statusLabel(e.status),
        options: ATTENDANCE_STATUSES.map((value) => ({
          value,
          id: `field-${field}-${value}`,
          label: `attendance.status.${value}`,
        })),
      };
    }),
    values,
  };
}

/** /bijeenkomsten/:id/presentie/afdrukken — a sheet to print, with a signature column. */
export function rosterPrintPage(roster: Roster, locale: Locale, now: Date) {
  const facts = meetingFacts(roster, locale);
  return {
    pageTitle: translate(locale, 'attendance.print.title', {
      offering: facts.offeringTitle,
      edition: facts.editionTitle,
    }),
    meeting: facts,
    backHref: rosterHref(roster.meeting.id),
    printed: translate(locale, 'attendance.print.printed', { when: formatDateTime(now, locale) }),
    rows: roster.entries.map((e, i) => ({
      number: i + 1,
      name: e.name,
      organisation: e.organisation,
      statusLabel: e.status ? `attendance.status.${e.status}` : null,
    })),
  };
}

/** The roster as CSV: one row per participant, header in the interface's language. */
export function rosterCsv(roster: Roster, locale: Locale): string {
  const header = ['name', 'organisation', 'status', 'markedAt'].map((k) =>
    translate(locale, `attendance.csv.${k}`),
  );
  const rows = roster.entries.map((e) => {
    const marked = e.markedAt ? toAmsterdamParts(e.markedAt) : null;
    return [
      e.name,
      e.organisation,
      e.status ? translate(locale, `attendance.status.${e.status}`) : '',
      marked ? `${marked.date} ${marked.time}` : '',
    ];
  });
  return toCsv([header, ...rows]);
}

/** attachment; filename="presentie-<offering slug>-<date>.csv" (ASCII only). */
export function rosterCsvFilename(roster: Roster): string {
  const slug =
    roster.edition.offering.slug.replace(/[^a-z0-9-]/g, '').slice(0, 60) || 'bijeenkomst';
  return `presentie-${slug}-${toAmsterdamParts(roster.meeting.startsAt).date}.csv`;
}
