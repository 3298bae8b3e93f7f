import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { User } from '../accounts/user.entity';
import { calendarContext, CalendarContext } from '../calendar/meeting-events';
import { AuditService } from '../audit/audit.service';
import { isLocale, Locale, translate } from '../common/i18n/i18n';
import { fromAmsterdam, toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate } from '../common/views/format';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { MailService } from '../mail/mail.service';
import type { OutboxCalendarPart } from '../mail/outbox-message.entity';
import { AdviceAccessService } from './advice-access.service';
import { AdviceAppointment, AppointmentMode } from './advice-appointment.entity';
import type { AdviceRequest } from './advice-request.entity';
import { AdviceError, AdviceErrorCode } from './advice.error';
import { appointmentIcs, appointmentUid } from './appointment-ics';
import type { AppointmentDto } from './dto/appointment.dto';
import { Actor, AdviceHandlingService, openForChange, recordStatus } from './handling.service';

export interface AppointmentTimes {
  startsAt: Date;
  endsAt: Date;
  mode: AppointmentMode;
  location: string;
}

/**
 * Checks an appointment as typed (Amsterdam date and times): a real moment, the end after the
 * start, not in the past, an http(s) link when online and a place when at a place.
 */
export function parseAppointment(dto: AppointmentDto, now: Date): AppointmentTimes {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dto.appointmentDate) ? dto.appointmentDate : '';
  const time = (t: string) =>
    /^\d{1,2}[:.]\d{2}$/.test(t) ? t.replace('.', ':').padStart(5, '0') : '';
  const start = time(dto.appointmentStart);
  const end = time(dto.appointmentEnd);
  const startsAt = date && start ? fromAmsterdam(date, start) : null;
  const endsAt = date && end ? fromAmsterdam(date, end) : null;
  if (!startsAt)
    throw new AdviceError(
      AdviceErrorCode.AppointmentDate,
      date ? 'appointmentStart' : 'appointmentDate',
    );
  if (!endsAt) throw new AdviceError(AdviceErrorCode.AppointmentDate, 'appointmentEnd');
  if (endsAt.getTime() <= startsAt.getTime())
    throw new AdviceError(AdviceErrorCode.AppointmentTimes, 'appointmentEnd');
  if (startsAt.getTime() <= now.getTime())
    throw new AdviceError(AdviceErrorCode.AppointmentInPast, 'appointmentDate');
  const location = (dto.appointmentLocation ?? '').trim();
  if (dto.appointmentMode === 'online') {
    let ok = false;
    try {
      const url = new URL(location);
      ok = (url.protocol === 'https:' || url.protocol === 'http:') && !/\s/.test(location);
    } catch {
      ok = false;
    }
    if (!ok) throw new AdviceError(AdviceErrorCode.AppointmentLink, 'appointmentLocation');
  }
  if (dto.appointmentMode === 'place' && !location)
    throw new AdviceError(AdviceErrorCode.AppointmentLocation, 'appointmentLocation');
  return { startsAt, endsAt, mode: dto.appointmentMode, location };
}

function localeOf(value: string): Locale {
  return isLocale(value) ? value : 'nl';
}

/** "14 januari 2027, 14:30–15:30" */
export function appointmentWhen(a: Pick<AdviceAppointment, 'startsAt' | 'endsAt'>, locale: Locale) {
  return translate(locale, 'advice.appointment.when', {
    date: formatDate(a.startsAt, locale),
    start: toAmsterdamParts(a.startsAt).time,
    end: toAmsterdamParts(a.endsAt).time,
  });
}

export function appointmentWhere(a: Pick<AdviceAppointment, 'mode' | 'location'>, locale: Locale) {
  if (a.mode === 'phone') {
    const phone = translate(locale, 'advice.appointment.phoneLocation');
    return a.location ? `${phone}: ${a.location}` : phone;
  }
  return a.location;
}

/** Appointments with the requester, each sent as an iCalendar invitation. */
@Injectable()
export class AdviceAppointmentService {
  private readonly calendar: CalendarContext;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly access: AdviceAccessService,
    private readonly handling: AdviceHandlingService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.calendar = calendarContext(config.baseUrl, config.mailFrom);
  }

  /** The calendar object of an appointment, for the mail (REQUEST/CANCEL) or a download. */
  ics(
    appointment: AdviceAppointment,
    request: AdviceRequest,
    adviserName: string,
    method: 'REQUEST' | 'CANCEL' | 'PUBLISH',
  ): string {
    const locale = localeOf(request.locale);
    return appointmentIcs({
      method,
      uid: appointmentUid(appointment.id, this.config.baseUrl),
      sequence: appointment.sequence,
      start: appointment.startsAt,
      end: appointment.endsAt,
      summary: translate(locale, 'advice.appointment.summary', { reference: request.reference }),
      description: translate(locale, 'advice.appointment.description', {
        reference: request.reference,
        adviser: adviserName,
      }),
      location: appointmentWhere(appointment, locale) || undefined,
      url: appointment.mode === 'online' ? appointment.location : undefined,
      organizer: this.calendar.organizer,
      attendee: request.requesterEmail
        ? { name: request.requesterName, email: request.requesterEmail }
        : undefined,
    });
  }

  private async send(
    m: EntityManager,
    request: AdviceRequest,
    appointment: AdviceAppointment,
    actor: Actor,
    kind: 'planned' | 'changed' | 'cancelled',
  ): Promise<void> {
    const locale = localeOf(request.locale);
    const method = kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
    const part: OutboxCalendarPart = {
      method,
      filename: method === 'CANCEL' ? 'afzegging.ics' : 'uitnodiging.ics',
      content: this.ics(appointment, request, actor.name, method),
    };
    await this.mail.queue(m, {
      to: request.requesterEmail,
      template: kind === 'cancelled' ? 'advice-appointment-cancelled' : 'advice-appointment',
      locale,
      data: {
        name: request.requesterName,
        adviser: actor.name,
        reference: request.reference,
        when: appointmentWhen(appointment, locale),
        where: appointmentWhere(appointment, locale),
        link: appointment.mode === 'online' ? appointment.location : '',
        changed: kind === 'changed',
        url: request.requesterId ? `/mijn/advies/${request.id}` : '',
      },
      calendar: [part],
    });
  }

  /** Plans an appointment: status afspraak gepland, the first response if none, an invitation. */
  plan(
    actor: Actor,
    id: number,
    dto: AppointmentDto,
    now = new Date(),
  ): Promise<AdviceAppointment> {
    const times = parseAppointment(dto, now);
    return this.tx.run(async (m) => {
      const request = await openForChange(this.access, m, id);
      const repo = m.getRepository(AdviceAppointment);
      const appointment = await repo.save(
        repo.create({
          requestId: id,
          adviserId: actor.id,
          sequence: 0,
          cancelledAt: null,
          ...times,
        }),
      );
      await this.handling.firstResponse(m, request, actor.id, now, false);
      await recordStatus(m, request, 'appointment', actor.id, now);
      await this.send(m, request, appointment, actor, 'planned');
      await this.audit.record(
        m,
        actor,
        'advice.appointment.plan',
        { type: 'advice_request', id },
        {
          appointmentId: appointment.id,
        },
      );
      return appointment;
    });
  }

  private async open(m: EntityManager, id: number, appointmentId: number) {
    const request = await openForChange(this.access, m, id);
    const appointment = await m.getRepository(AdviceAppointment).findOne({
      where: { id: appointmentId, requestId: id, cancelledAt: IsNull() },
    });
    if (!appointment) throw new AdviceError(AdviceErrorCode.NotFound);
    return { request, appointment };
  }

  /** Changes it: the same UID with a higher sequence, sent as a new REQUEST. */
  change(
    actor: Actor,
    id: number,
    appointmentId: number,
    dto: AppointmentDto,
    now = new Date(),
  ): Promise<void> {
    const times = parseAppointment(dto, now);
    return this.tx.run(async (m) => {
      const { request, appointment } = await this.open(m, id, appointmentId);
      Object.assign(appointment, times, { sequence: appointment.sequence + 1 });
      await m.getRepository(AdviceAppointment).save(appointment);
      await this.send(m, request, appointment, actor, 'changed');
      await this.audit.record(
        m,
        actor,
        'advice.appointment.change',
        { type: 'advice_request', id },
        {
          appointmentId,
        },
      );
    });
  }

  /** Cancels it (METHOD:CANCEL); with no other appointment left the request is in behandeling. */
  cancel(actor: Actor, id: number, appointmentId: number, now = new Date()): Promise<void> {
    return this.tx.run(async (m) => {
      const { request, appointment } = await this.open(m, id, appointmentId);
      appointment.sequence += 1;
      appointment.cancelledAt = now;
      await m.getRepository(AdviceAppointment).save(appointment);
      const left = await m
        .getRepository(AdviceAppointment)
        .count({ where: { requestId: id, cancelledAt: IsNull() } });
      if (!left && request.status === 'appointment')
        await recordStatus(m, request, 'in_progress', actor.id, now);
      await this.send(m, request, appointment, actor, 'cancelled');
      await this.audit.record(
        m,
        actor,
        'advice.appointment.cancel',
        { type: 'advice_request', id },
        {
          appointmentId,
        },
      );
    });
  }

  /** The adviser's download of one appointment (PUBLISH; CANCEL once cancelled). */
  async download(
    id: number,
    appointmentId: number,
  ): Promise<{ filename: string; content: string }> {
    const request = await this.access.forStaff(id);
    const appointment = await this.dataSource
      .getRepository(AdviceAppointment)
      .findOne({ where: { id: appointmentId, requestId: id } });
    if (!appointment) throw new AdviceError(AdviceErrorCode.NotFound);
    const adviser = await this.dataSource
      .getRepository(User)
      .findOne({ select: { id: true, name: true }, where: { id: appointment.adviserId } });
    return {
      filename: `afspraak-${request.reference}.ics`,
      content: this.ics(
        appointment,
        request,
        adviser?.name ?? '',
        appointment.cancelledAt ? 'CANCEL' : 'PUBLISH',
      ),
    };
  }
}
