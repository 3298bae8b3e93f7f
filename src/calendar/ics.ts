/**
 * A pure iCalendar (RFC 5545) builder for meeting invitations (RFC 5546 PUBLISH, REQUEST,
 * CANCEL) and subscribed agenda feeds. Times are written in Europe/Amsterdam wall-clock time
 * with an embedded VTIMEZONE, so calendar clients show them correctly without a tz database.
 */
import { amsterdamOffsetMs, TIME_ZONE } from '../common/views/amsterdam-time';

export interface IcsPerson {
  email: string;
  name: string;
}

export interface IcsEvent {
  /** Stable across updates, e.g. "meeting-12-user-7@platformjep.nl". */
  uid: string;
  /** SEQUENCE: raise it on every change that is sent to attendees. */
  sequence: number;
  /** UTC instants; written to the second. */
  start: Date;
  end: Date;
  summary: string;
  /** Plain text, may contain newlines. */
  description?: string;
  location?: string;
  url?: string;
  status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  /** The recipient, for REQUEST/CANCEL. */
  attendee?: IcsPerson;
}

export interface IcsCalendar {
  /** Omitted for a subscribed feed. */
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** X-WR-CALNAME for feeds. */
  name?: string;
  /** ORGANIZER on each VEVENT. */
  organizer: IcsPerson;
  events: IcsEvent[];
  /** DTSTAMP for all events; default now. */
  stamp?: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Europe/Amsterdam as observed since 1996 (EU rules): last Sunday of March and October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Control characters other than HTAB are not allowed in property values. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** A TEXT value (RFC 5545 §3.3.11): escape backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(CONTROL, '');
}

/** A quoted parameter value: DQUOTE and control characters cannot be escaped, so drop them. */
function quoteParam(value: string): string {
  const clean = value
    .replace(/"/g, '')
    .replace(/[\r\n]+/g, ' ')
    .replace(CONTROL, '');
  return `"${clean.replace(/ {2,}/g, ' ').trim()}"`;
}

/** URI values are not escaped, but must not break out of their line. */
function uri(value: string): string {
  return value.replace(/[\r\n]/g, '').replace(CONTROL, '');
}

function mailto(email: string): string {
  return `mailto:${uri(email.trim())}`;
}

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 §3.1): continuation lines start
 * with one space, and a line is only broken between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function assertDate(date: Date, what: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`ICS: ${what} is not a valid date`);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The UTC fields of a date as `YYYYMMDDTHHMMSS`. */
function basicDateTime(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

/** A UTC DATE-TIME: `20270114T083000Z`. */
function utcDateTime(instant: Date): string {
  return `${basicDateTime(instant)}Z`;
}

/**
 * Amsterdam wall-clock time of an instant: `20270114T093000`. In the hour repeated when the
 * clocks go back, RFC 5545 reads a local time as its first occurrence (CEST).
 */
function amsterdamDateTime(instant: Date): string {
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  return basicDateTime(new Date(seconds + amsterdamOffsetMs(instant)));
}

function eventLines(event: IcsEvent, calendar: IcsCalendar, stamp: string, lines: string[]): void {
  assertDate(event.start, `start of ${event.uid}`);
  assertDate(event.end, `end of ${event.uid}`);
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new RangeError(`ICS: sequence of ${event.uid} must be a non-negative integer`);
  }
  // RFC 5546: a CANCEL message carries STATUS:CANCELLED.
  const status = calendar.method === 'CANCEL' ? 'CANCELLED' : (event.status ?? 'CONFIRMED');
  const { organizer } = calendar;
  const { attendee } = event;

  lines.push(
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${TIME_ZONE}:${amsterdamDateTime(event.start)}`,
    `DTEND;TZID=${TIME_ZONE}:${amsterdamDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  );
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${uri(event.url)}`);
  lines.push(
    `STATUS:${status}`,
    `ORGANIZER;CN=${quoteParam(organizer.name)}:${mailto(organizer.email)}`,
  );
  if (attendee) {
    lines.push(
      `ATTENDEE;CN=${quoteParam(attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;` +
        `RSVP=FALSE:${mailto(attendee.email)}`,
    );
  }
  lines.push('TRANSP:OPAQUE', 'END:VEVENT');
}

/** Builds an iCalendar object: CRLF line endings, folded lines, ending with a CRLF. */
export function buildIcs(calendar: IcsCalendar): string {
  const stampDate = calendar.stamp ?? new Date();
  assertDate(stampDate, 'stamp');
  const stamp = utcDateTime(stampDate);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Platform JEP//Agenda//NL',
    'CALSCALE:GREGORIAN',
  ];
  if (calendar.method) lines.push(`METHOD:${calendar.method}`);
  if (calendar.name) {
    lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`, `X-WR-TIMEZONE:${TIME_ZONE}`);
  }
  if (calendar.events.length > 0) lines.push(...VTIMEZONE);
  for (const event of calendar.events) eventLines(event, calendar, stamp, lines);
  lines.push('END:VCALENDAR');

  return lines.map(foldLine).join(CRLF) + CRLF;
}
