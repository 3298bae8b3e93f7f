import { buildIcs, IcsPerson } from '../calendar/ics';

export interface AppointmentIcsInput {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  /** Stable per appointment: see appointmentUid. */
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer: IcsPerson;
  attendee?: IcsPerson;
  stamp?: Date;
}

/** The UID of an appointment: the same for its invitation, every change and its cancellation. */
export function appointmentUid(appointmentId: number, baseUrl: string): string {
  const host = new URL(baseUrl).hostname;
  return `advice-appointment-${appointmentId}@${host}`;
}

/**
 * One advice appointment as an iCalendar object, through the platform's one writer (src/calendar/
 * ics.ts: Amsterdam times with their VTIMEZONE, escaped and folded). REQUEST invites (again, with
 * a higher SEQUENCE after a change); CANCEL withdraws it.
 */
export function appointmentIcs(input: AppointmentIcsInput): string {
  return buildIcs({
    method: input.method,
    organizer: input.organizer,
    stamp: input.stamp,
    events: [
      {
        uid: input.uid,
        sequence: input.sequence,
        start: input.start,
        end: input.end,
        summary: input.summary,
        description: input.description,
        location: input.location,
        url: input.url,
        attendee: input.attendee,
      },
    ],
  });
}
