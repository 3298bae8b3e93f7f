import { Locale, translate } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate, formatDateTime } from '../common/views/format';
import type { AdviceSettings } from '../config/app-config';
import type { AdviceAppointment } from './advice-appointment.entity';
import { isClosed, MESSAGE_MAX } from './advice-status';
import { appointmentWhen, appointmentWhere } from './appointment.service';
import { RequestPage, statusTargets } from './handling.service';
import { requestHref, topicName } from './queue.presenter';
import { dueAt, isOverdue, workingDaysLate } from './response-time';

export function appointmentHref(requestId: number, appointmentId: number): string {
  return `/beheer/advies/${requestId}/afspraken/${appointmentId}`;
}

/** The form values of an appointment, for its change form. */
export function appointmentValues(a: AdviceAppointment): Record<string, string> {
  return {
    appointmentDate: toAmsterdamParts(a.startsAt).date,
    appointmentStart: toAmsterdamParts(a.startsAt).time,
    appointmentEnd: toAmsterdamParts(a.endsAt).time,
    appointmentMode: a.mode,
    appointmentLocation: a.location,
  };
}

/** The staff page of one request: details, history, thread, notes, appointments and forms. */
export function requestView(
  page: RequestPage,
  now: Date,
  config: Pick<AdviceSettings, 'responseWorkingDays'>,
  locale: Locale,
) {
  const { request: r, names } = page;
  const name = (id: number | null) => (id ? (names.get(id) ?? '') : '');
  const due = dueAt(r, config);
  const closed = isClosed(r.status);
  const href = requestHref(r.id);
  return {
    pageTitle: translate(locale, 'advice.handling.title', { reference: r.reference }),
    action: href,
    closed,
    request: {
      id: r.id,
      reference: r.reference,
      statusLabel: `advice.status.${r.status}`,
      requesterName: r.requesterName,
      requesterEmail: r.requesterEmail,
      requesterPhone: r.requesterPhone,
      organisation: r.organisation,
      requesterRole: r.requesterRole,
      signedIn: r.requesterId !== null,
      topic: topicName(r.topic, locale),
      municipality: r.municipality?.name ?? r.municipalityCode,
      province: r.municipality?.province?.name ?? '',
      urgencyLabel: `advice.urgency.${r.urgency}`,
      urgent: r.urgency === 'urgent',
      contactLabel: `advice.contact.${r.contactPreference}`,
      question: r.question,
      adviser: name(r.adviserId),
      submittedAt: formatDateTime(r.submittedAt ?? r.createdAt, locale),
      dueAt: due ? formatDateTime(due, locale) : '',
      overdue: isOverdue(r, now, config),
      daysLate: workingDaysLate(r, now, config),
      firstResponseAt: r.firstResponseAt ? formatDateTime(r.firstResponseAt, locale) : '',
      closedAt: r.closedAt ? formatDateTime(r.closedAt, locale) : '',
      referredTo: r.referredTo,
      closeReason: r.closeReason,
    },
    history: page.history.map((h) => ({
      statusLabel: `advice.status.${h.toStatus}`,
      date: formatDateTime(h.changedAt, locale),
      by: h.changedBy ? name(h.changedBy) : null,
    })),
    thread: page.messages.map((msg) => ({
      toRequester: msg.direction === 'to_requester',
      heading:
        msg.direction === 'to_requester'
          ? translate(locale, 'advice.handling.thread.toRequester', {
              name: name(msg.authorId),
              date: formatDateTime(msg.createdAt, locale),
            })
          : translate(locale, 'advice.handling.thread.fromRequester', {
              date: formatDateTime(msg.createdAt, locale),
            }),
      body: msg.body,
    })),
    notes: page.notes.map((n) => ({
      by: translate(locale, 'advice.handling.notes.by', {
        name: name(n.authorId),
        date: formatDateTime(n.createdAt, locale),
      }),
      body: n.body,
    })),
    appointments: page.appointments.map((a) => ({
      id: a.id,
      when: appointmentWhen(a, locale),
      where: appointmentWhere(a, locale),
      online: a.mode === 'online',
      link: a.mode === 'online' ? a.location : '',
      modeLabel: `advice.appointment.mode.${a.mode}`,
      adviser: name(a.adviserId),
      cancelled: a.cancelledAt !== null,
      icsHref: `${appointmentHref(r.id, a.id)}.ics`,
      changeAction: `${appointmentHref(r.id, a.id)}/wijzigen`,
      cancelAction: `${appointmentHref(r.id, a.id)}/afzeggen`,
      changeLabel: translate(locale, 'advice.appointment.changeOf', {
        date: formatDate(a.startsAt, locale),
      }),
    })),
    options: {
      adviserId: page.staff.map((s) => ({ value: String(s.id), label: s.name })),
      status: statusTargets(r.status).map((s) => ({ value: s, label: `advice.status.${s}` })),
      appointmentMode: [
        { value: 'online', label: 'advice.appointment.mode.online' },
        { value: 'place', label: 'advice.appointment.mode.place' },
        { value: 'phone', label: 'advice.appointment.mode.phone' },
      ],
    },
    messageMax: MESSAGE_MAX,
    values: {
      adviserId: r.adviserId ? String(r.adviserId) : '',
      status: '',
      referredTo: '',
      closeReason: '',
      note: '',
      message: '',
      appointmentDate: '',
      appointmentStart: '',
      appointmentEnd: '',
      appointmentMode: 'online',
      appointmentLocation: '',
    },
  };
}
