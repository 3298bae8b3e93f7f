import { escapeText, foldLine, IcsPerson } from '../calendar/ics';

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

/** `20270114T083000Z` */
export function icsUtc(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime()))
    throw new RangeError('ICS: invalid date');
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function clean(value: string): string {
  return value
    .replace(/[\r\n"]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * One advice appointment as an iCalendar object (RFC 5545/5546), with DTSTART/DTEND in UTC, so
 * every client places it right without time-zone data. REQUEST invites (again, with a higher
 * SEQUENCE after a change); CANCEL withdraws it.
 */
export function appointmentIcs(input: AppointmentIcsInput): string {
  const cancelled = input.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Platform JEP//Advies op Maat//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${icsUtc(input.stamp ?? new Date())}`,
    `DTSTART:${icsUtc(input.start)}`,
    `DTEND:${icsUtc(input.end)}`,
    `SUMMARY:${escapeText(input.summary)}`,
  ];
  if (input.description) lines.push(`DESCRIPTION:${escapeText(input.description)}`);
  if (input.location) lines.push(`LOCATION:${escapeText(input.location)}`);
  if (input.url) lines.push(`URL:${input.url.replace(/[\s\u0000-\u001f]/g, '')}`);
  lines.push(
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `ORGANIZER;CN="${clean(input.organizer.name)}":mailto:${clean(input.organizer.email)}`,
  );
  if (input.attendee)
    lines.push(
      `ATTENDEE;CN="${clean(input.attendee.name)}";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${clean(input.attendee.email)}`,
    );
  lines.push('TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
