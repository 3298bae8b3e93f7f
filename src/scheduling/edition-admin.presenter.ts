import type { User } from '../accounts/user.entity';
import { isHttpUrl } from '../common/forms/parse';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate } from '../common/views/format';
import { canMoveTo, EDITION_STATUSES, EditionStatus } from './edition-status';
import type { Edition } from './edition.entity';
import type { Meeting } from './meeting.entity';

/** "3 december 2026" or "3 december 2026 – 4 februari 2027" */
export function dateRange(from: Date | null, to: Date | null, locale: string): string {
  if (!from) return '';
  const a = formatDate(from, locale);
  const b = to ? formatDate(to, locale) : a;
  return a === b ? a : `${a} – ${b}`;
}

export function fillRate(e: Pick<Edition, 'seatsTaken' | 'capacity'>): {
  text: string;
  percent: number;
} {
  const percent = e.capacity ? Math.round((e.seatsTaken / e.capacity) * 100) : 0;
  return { text: `${e.seatsTaken} / ${e.capacity} (${percent}%)`, percent };
}

export function meetingRow(m: Meeting, locale: string, index: number) {
  const start = toAmsterdamParts(m.startsAt);
  const end = toAmsterdamParts(m.endsAt);
  return {
    id: m.id,
    number: index + 1,
    date: formatDate(m.startsAt, locale),
    iso: m.startsAt.toISOString(),
    time: `${start.time}–${end.time}`,
    online: !!m.onlineUrl,
    onlineUrl: m.onlineUrl && isHttpUrl(m.onlineUrl) ? m.onlineUrl : null,
    locationName: m.locationName,
    address: m.address,
    municipality: m.municipality?.name ?? null,
    editHref: `/beheer/bijeenkomsten/${m.id}`,
    removeAction: `/beheer/bijeenkomsten/${m.id}/verwijderen`,
  };
}

export function editionFormValues(e: Edition) {
  const opens = toAmsterdamParts(e.registrationOpensAt);
  const closes = toAmsterdamParts(e.registrationClosesAt);
  return {
    offeringId: String(e.offeringId),
    title: e.title,
    capacity: String(e.capacity),
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    cancelDate: e.cancellationClosesAt ? toAmsterdamParts(e.cancellationClosesAt).date : '',
    cancelTime: e.cancellationClosesAt ? toAmsterdamParts(e.cancellationClosesAt).time : '',
    regionCode: e.regionCode ?? '',
    notes: e.notes,
  };
}

export function meetingFormValues(m: Meeting) {
  const start = toAmsterdamParts(m.startsAt);
  return {
    date: start.date,
    startTime: start.time,
    endTime: toAmsterdamParts(m.endsAt).time,
    mode: m.onlineUrl ? 'online' : 'location',
    locationName: m.locationName ?? '',
    address: m.address ?? '',
    municipalityCode: m.municipalityCode ?? '',
    onlineUrl: m.onlineUrl ?? '',
  };
}

/** The next meeting's form starts a week after the last one, same times and place. */
export function nextMeetingValues(meetings: Meeting[]) {
  const last = meetings[meetings.length - 1];
  if (!last) return { mode: 'location', startTime: '13:00', endTime: '17:00' };
  const values = meetingFormValues(last);
  const next = new Date(Date.parse(`${values.date}T00:00:00Z`) + 7 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { ...values, date: next };
}

export function statusActions(status: EditionStatus) {
  return EDITION_STATUSES.filter((to) => canMoveTo(status, to)).map((to) => ({
    value: to,
    label: `editions.action.${to}`,
  }));
}

export function trainerRows(trainers: Pick<User, 'id' | 'name' | 'email'>[], editionId: number) {
  return trainers.map((t) => ({
    ...t,
    removeAction: `/beheer/uitvoeringen/${editionId}/trainers/${t.id}/verwijderen`,
  }));
}
