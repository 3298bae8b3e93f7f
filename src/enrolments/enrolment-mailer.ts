import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { User } from '../accounts/user.entity';
import {
  CalendarContext,
  calendarContext,
  calendarPart,
  EditionWithOffering,
  meetingEvent,
  meetingLocation,
} from '../calendar/meeting-events';
import { isLocale, Locale, MessageKey, translate } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate, formatDateTime } from '../common/views/format';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailService } from '../mail/mail.service';
import type { OutboxCalendarPart } from '../mail/outbox-message.entity';
import { EditionTrainer } from '../scheduling/edition-trainer.entity';
import type { MeetingEvent, MeetingSnapshot } from '../scheduling/edition-events';
import { Meeting } from '../scheduling/meeting.entity';
import type { Enrolment } from './enrolment.entity';

export type Recipient = Pick<User, 'id' | 'email' | 'name' | 'locale'>;

/** The e-mails about one person's enrolment; each has `mail.enrolment.<kind>.subject/.intro`. */
export const ENROLMENT_MAIL_KINDS = [
  'confirmed',
  'pending',
  'waitlisted',
  'promoted',
  'offered',
  'approved',
  'rejected',
  'cancelled',
  'leftWaitlist',
  'cancelledByStaff',
  'offerExpired',
  'moved',
  'enrolledForYou',
  'reminder',
] as const;
export type EnrolmentMailKind = (typeof ENROLMENT_MAIL_KINDS)[number];

/** Which calendar part goes with a kind: invitation, cancellation, or none. */
const CALENDAR: Partial<Record<EnrolmentMailKind, 'REQUEST' | 'CANCEL'>> = {
  confirmed: 'REQUEST',
  promoted: 'REQUEST',
  approved: 'REQUEST',
  moved: 'REQUEST',
  enrolledForYou: 'REQUEST',
  reminder: 'REQUEST',
  cancelled: 'CANCEL',
  cancelledByStaff: 'CANCEL',
  offerExpired: 'CANCEL',
};

export interface MeetingLine {
  date: string;
  time: string;
  place: string;
  onlineUrl: string | null;
}

type MeetingLineInput = Pick<
  Meeting,
  'startsAt' | 'endsAt' | 'locationName' | 'address' | 'onlineUrl'
> & { municipality?: { name: string } | null };

export interface EnrolmentMailOptions {
  position?: number;
  message?: string;
  confirmToken?: string;
  offerExpiresAt?: Date | null;
  /** For `moved`: the edition the enrolment came from, whose entries are withdrawn. */
  movedFrom?: EditionWithOffering;
  /** The old enrolment's raised calendar sequence, when it had entries to withdraw. */
  movedFromSequence?: number;
  /** Send the invitation for a subset of meetings only (reminders for one meeting). */
  meetingIds?: number[];
}

function localeOf(user: Pick<User, 'locale'>): Locale {
  return isLocale(user.locale) ? user.locale : 'nl';
}

/**
 * Composes and queues the enrolment e-mails, with an iCalendar part whenever dates are given or
 * withdrawn. Call inside the transaction of the change, so the mail and the change commit together.
 */
@Injectable()
export class EnrolmentMailer {
  readonly calendar: CalendarContext;

  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.calendar = calendarContext(config.baseUrl, config.mailFrom);
  }

  meetingsOf(m: EntityManager, editionId: number): Promise<Meeting[]> {
    return m.getRepository(Meeting).find({
      where: { editionId },
      relations: { municipality: true },
      order: { startsAt: 'ASC' },
    });
  }

  /** The invitation or cancellation for a person's entries of an edition's meetings. */
  async calendarFor(
    m: EntityManager,
    method: 'REQUEST' | 'CANCEL',
    edition: EditionWithOffering,
    person: Recipient,
    extraSequence: number,
    meetingIds?: number[],
    /** The edition's meetings when the caller has them already. */
    loaded?: Meeting[],
  ): Promise<OutboxCalendarPart | null> {
    const all = loaded ?? (await this.meetingsOf(m, edition.id));
    const meetings = meetingIds ? all.filter((x) => meetingIds.includes(x.id)) : all;
    if (!meetings.length) return null;
    return calendarPart(
      this.calendar,
      method,
      meetings.map((meeting) =>
        meetingEvent(this.calendar, edition, meeting, person, {
          index: all.indexOf(meeting),
          count: all.length,
          extraSequence,
          cancelled: method === 'CANCEL',
        }),
      ),
    );
  }

  async enrolmentMail(
    m: EntityManager,
    kind: EnrolmentMailKind,
    recipient: Recipient,
    edition: EditionWithOffering,
    enrolment: Pick<Enrolment, 'id' | 'calendarSequence'>,
    options: EnrolmentMailOptions = {},
  ): Promise<void> {
    const locale = localeOf(recipient);
    const meetings = await this.meetingsOf(m, edition.id);
    const shown = options.meetingIds
      ? meetings.filter((x) => options.meetingIds!.includes(x.id))
      : meetings;
    const params = {
      offering: edition.offering.title,
      edition: edition.title,
      position: options.position ?? '',
      deadline: options.offerExpiresAt ? formatDateTime(options.offerExpiresAt, locale) : '',
      from: options.movedFrom ? options.movedFrom.title : '',
    };
    const calendar: OutboxCalendarPart[] = [];
    const method = CALENDAR[kind];
    if (method) {
      const part = await this.calendarFor(
        m,
        method,
        edition,
        recipient,
        enrolment.calendarSequence,
        options.meetingIds,
        meetings,
      );
      if (part) calendar.push(part);
    }
    if (kind === 'moved' && options.movedFrom && options.movedFromSequence !== undefined) {
      const part = await this.calendarFor(
        m,
        'CANCEL',
        options.movedFrom,
        recipient,
        options.movedFromSequence,
      );
      if (part) calendar.push(part);
    }
    const withLinks = method === 'REQUEST';
    await this.mail.queue(m, {
      to: recipient.email,
      template: 'enrolment-update',
      locale,
      calendar,
      data: {
        name: recipient.name,
        subject: translate(locale, `mail.enrolment.${kind}.subject` as MessageKey, params),
        intro: translate(locale, `mail.enrolment.${kind}.intro` as MessageKey, params),
        message: options.message?.trim() || null,
        meetings:
          method === 'CANCEL' ? [] : shown.map((x) => this.meetingLine(x, locale, withLinks)),
        hasCalendar: calendar.length > 0,
        confirmUrl: options.confirmToken ? `/aanmelding/bevestigen/${options.confirmToken}` : null,
        editionUrl: `/uitvoeringen/${edition.id}`,
      },
    });
  }

  /** Edition cancelled by staff: to each participant or trainer, with a cancellation. */
  async editionCancelled(
    m: EntityManager,
    recipient: Recipient,
    edition: EditionWithOffering,
    extraSequence: number | null,
    message: string | undefined,
  ): Promise<void> {
    const locale = localeOf(recipient);
    const calendar: OutboxCalendarPart[] = [];
    if (extraSequence !== null) {
      const part = await this.calendarFor(m, 'CANCEL', edition, recipient, extraSequence);
      if (part) calendar.push(part);
    }
    await this.mail.queue(m, {
      to: recipient.email,
      template: 'edition-cancelled',
      locale,
      calendar,
      data: {
        name: recipient.name,
        offering: edition.offering.title,
        edition: edition.title,
        message: message?.trim() || null,
        hasCalendar: calendar.length > 0,
      },
    });
  }

  /**
   * A meeting's time or place changed, a meeting was added, or one was removed: says what
   * changed, with the updated entry (or its cancellation).
   */
  async meetingChanged(
    m: EntityManager,
    recipient: Recipient,
    edition: EditionWithOffering,
    event: MeetingEvent,
    extraSequence: number,
    /** Online links go only to confirmed participants and trainers. */
    withLinks = true,
  ): Promise<void> {
    const locale = localeOf(recipient);
    const all = await this.meetingsOf(m, edition.id);
    let before: MeetingLine | null = null;
    let after: MeetingLine | null = null;
    let part: OutboxCalendarPart;
    if (event.kind === 'removed') {
      before = this.meetingLine(event.meeting, locale, false);
      part = this.singleEvent('CANCEL', edition, event.meeting, recipient, [], extraSequence);
    } else {
      const meeting = event.kind === 'added' ? event.meeting : event.after;
      const current = all.find((x) => x.id === meeting.id) ?? meeting;
      if (event.kind === 'changed') before = this.meetingLine(event.before, locale, false);
      after = this.meetingLine(current, locale, withLinks);
      part = this.singleEvent('REQUEST', edition, current, recipient, all, extraSequence);
    }
    await this.mail.queue(m, {
      to: recipient.email,
      template: 'meeting-changed',
      locale,
      calendar: [part],
      data: {
        name: recipient.name,
        subject: translate(locale, `mail.meeting-changed.${event.kind}.subject`, {
          offering: edition.offering.title,
        }),
        intro: translate(locale, `mail.meeting-changed.${event.kind}.intro`, {
          offering: edition.offering.title,
          edition: edition.title,
        }),
        before,
        after,
        editionUrl: `/uitvoeringen/${edition.id}`,
      },
    });
  }

  /** Trainers of an edition, as recipients. */
  async trainersOf(m: EntityManager, editionId: number): Promise<Recipient[]> {
    const links = await m.getRepository(EditionTrainer).findBy({ editionId });
    if (!links.length) return [];
    return m.getRepository(User).find({
      select: { id: true, email: true, name: true, locale: true },
      where: { id: In(links.map((l) => l.userId)) },
    });
  }

  private singleEvent(
    method: 'REQUEST' | 'CANCEL',
    edition: EditionWithOffering,
    meeting: MeetingSnapshot,
    recipient: Recipient,
    all: Meeting[],
    extraSequence: number,
  ): OutboxCalendarPart {
    const index = all.findIndex((x) => x.id === meeting.id);
    return calendarPart(this.calendar, method, [
      meetingEvent(this.calendar, edition, meeting, recipient, {
        index: Math.max(0, index),
        count: index >= 0 ? all.length : 1,
        extraSequence,
        cancelled: method === 'CANCEL',
      }),
    ]);
  }

  meetingLine(meeting: MeetingLineInput, locale: Locale, withOnlineLink: boolean): MeetingLine {
    return {
      date: formatDate(meeting.startsAt, locale),
      time: `${toAmsterdamParts(meeting.startsAt).time}–${toAmsterdamParts(meeting.endsAt).time}`,
      place: meeting.onlineUrl
        ? translate(locale, 'mail.enrolment.online')
        : meetingLocation({ ...meeting, id: 0, sequence: 0 }),
      onlineUrl: withOnlineLink ? meeting.onlineUrl : null,
    };
  }
}
