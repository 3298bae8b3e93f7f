import type { MessageKey } from '../common/i18n/i18n';
import type { Locale } from '../common/i18n/i18n';
import { formatDate, formatDateTime } from '../common/views/format';
import type { TrajectoryLogEntry } from './trajectory-log-entry.entity';
import type { Participant } from './work-page';

export interface LogEntryInput {
  entry: TrajectoryLogEntry;
  attendeeIds: number[];
}

export const logHref = (trajectoryId: number) => `/jos/trajecten/${trajectoryId}/logboek`;

const KIND_LABELS: Record<TrajectoryLogEntry['kind'], MessageKey> = {
  meeting: 'trajectories.log.kind.meeting',
  note: 'trajectories.log.kind.note',
};

/** The log entries as the page lists them (newest first, as the service returns them). */
export function logEntryRows(
  entries: LogEntryInput[],
  names: Map<number, string>,
  viewer: { id: number; canManage: boolean },
  locale: Locale,
) {
  return entries.map(({ entry, attendeeIds }) => {
    const base = `${logHref(entry.trajectoryId)}/${entry.id}`;
    return {
      id: entry.id,
      anchor: `entry-${entry.id}`,
      kind: KIND_LABELS[entry.kind] ?? KIND_LABELS.note,
      isMeeting: entry.kind === 'meeting',
      date: formatDate(entry.occurredOn, locale),
      dateIso: entry.occurredOn,
      title: entry.title,
      body: entry.body,
      attendees: attendeeIds
        .map((id) => names.get(id) ?? '')
        .filter(Boolean)
        .sort((a, b) => a.localeCompare(b, 'nl'))
        .join(', '),
      otherAttendees: entry.otherAttendees,
      hasAttendees: attendeeIds.length > 0 || !!entry.otherAttendees,
      author: names.get(entry.authorId) ?? '',
      createdAt: formatDateTime(entry.createdAt, locale),
      canChange: viewer.canManage || entry.authorId === viewer.id,
      editHref: `${base}/bewerken`,
      deleteAction: `${base}/verwijderen`,
    };
  });
}

/** The attendee checkboxes: members by name, the coach marked as such. */
export function attendeeOptions(participants: Participant[], checked: string[]) {
  return participants.map((p) => ({
    value: String(p.id),
    name: p.name,
    isCoach: p.isCoach,
    checked: checked.includes(String(p.id)),
  }));
}

/** The stored entry as form values. */
export function logFormValues(entry: LogEntryInput) {
  return {
    kind: entry.entry.kind,
    occurredOn: entry.entry.occurredOn,
    title: entry.entry.title,
    body: entry.entry.body,
    otherAttendees: entry.entry.otherAttendees,
    attendees: entry.attendeeIds.map(String),
  };
}
