import type { Offering } from '../catalogue/offering.entity';
import type { OutboxCalendarPart } from '../mail/outbox-message.entity';
import type { Edition } from '../scheduling/edition.entity';
import type { Meeting } from '../scheduling/meeting.entity';
import { buildIcs, IcsEvent, IcsPerson } from './ics';

/** What the calendar entries of the platform need to know about itself. */
export interface CalendarContext {
  baseUrl: string;
  organizer: IcsPerson;
}

/** The organizer of every entry: the platform's sender address (MAIL_FROM). */
export function calendarContext(baseUrl: string, mailFrom: string): CalendarContext {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return {
    baseUrl,
    organizer: match
      ? { name: match[1].trim() || 'Platform JEP', email: match[2].trim() }
      : { name: 'Platform JEP', email: mailFrom.trim() },
  };
}

export type MeetingWithPlace = Pick<
  Meeting,
  'id' | 'startsAt' | 'endsAt' | 'locationName' | 'address' | 'onlineUrl' | 'sequence'
> & { municipality?: { name: string } | null };

export type EditionWithOffering = Pick<Edition, 'id' | 'title'> & {
  offering: Pick<Offering, 'title'>;
};

/**
 * One UID per meeting and person: the same in every invitation, cancellation and feed, so a
 * calendar app updates its entry instead of adding another.
 */
export function meetingUid(ctx: CalendarContext, meetingId: number, userId: number): string {
  return `meeting-${meetingId}-user-${userId}@${new URL(ctx.baseUrl).hostname}`;
}

export function meetingLocation(meeting: MeetingWithPlace): string {
  if (meeting.onlineUrl) return `Online: ${meeting.onlineUrl}`;
  const town = meeting.municipality?.name;
  // An address often ends with the town already: "Oudegracht 245, Utrecht".
  const repeated =
    !!town && !!meeting.address && meeting.address.toLowerCase().includes(town.toLowerCase());
  return [meeting.locationName, meeting.address, repeated ? null : town]
    .filter((x): x is string => !!x)
    .join(', ');
}

/**
 * The calendar entry of one meeting for one person. `extraSequence` is the person's own part of
 * the SEQUENCE (raised when their entries were withdrawn), added to the meeting's.
 */
export function meetingEvent(
  ctx: CalendarContext,
  edition: EditionWithOffering,
  meeting: MeetingWithPlace,
  person: IcsPerson & { id: number },
  options: { index: number; count: number; extraSequence?: number; cancelled?: boolean },
): IcsEvent {
  const url = `${ctx.baseUrl}/uitvoeringen/${edition.id}`;
  const part = options.count > 1 ? ` (${options.index + 1}/${options.count})` : '';
  const description = [
    `${edition.offering.title} — ${edition.title}`,
    meeting.onlineUrl ? `Online: ${meeting.onlineUrl}` : '',
    url,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    uid: meetingUid(ctx, meeting.id, person.id),
    sequence: meeting.sequence + (options.extraSequence ?? 0),
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: `${edition.offering.title}${part}`,
    description,
    location: meetingLocation(meeting) || undefined,
    url,
    status: options.cancelled ? 'CANCELLED' : 'CONFIRMED',
    attendee: { email: person.email, name: person.name },
  };
}

/** An invitation (REQUEST) or cancellation (CANCEL) to send with an e-mail. */
export function calendarPart(
  ctx: CalendarContext,
  method: 'REQUEST' | 'CANCEL',
  events: IcsEvent[],
): OutboxCalendarPart {
  return {
    method,
    filename: method === 'CANCEL' ? 'afzegging.ics' : 'uitnodiging.ics',
    content: buildIcs({ method, organizer: ctx.organizer, events }),
  };
}
