import type { Locale } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate, formatDateTime } from '../common/views/format';
import type { AdviceAppointment } from './advice-appointment.entity';
import { isClosed, MESSAGE_MAX } from './advice-status';
import type { RequesterThread } from './requester.service';

function appointmentView(a: AdviceAppointment, locale: Locale) {
  const start = toAmsterdamParts(a.startsAt);
  const end = toAmsterdamParts(a.endsAt);
  const online = a.mode === 'online';
  return {
    date: formatDate(a.startsAt, locale),
    time: `${start.time}–${end.time}`,
    modeLabel: `advice.request.mode.${a.mode}`,
    // Only an http(s) address is ever a link.
    link: online && /^https?:\/\//i.test(a.location) ? a.location : null,
    location: online ? '' : a.location,
  };
}

/**
 * The requester's page of their request (/mijn/advies/:id and the private link): the request, the
 * conversation (from JEP with the adviser's first name, or "U"), the planned appointments and the
 * reply form while the request is open. Internal notes are not part of the thread at all.
 */
export function requesterView(
  thread: RequesterThread,
  locale: Locale,
  options: { replyAction: string; responseDue?: Date | null },
) {
  const { request, messages, appointments, adviserNames } = thread;
  const closed = isClosed(request.status);
  return {
    reference: request.reference,
    statusLabel: `advice.status.${request.status}`,
    topic: locale === 'en' ? request.topic?.nameEn : request.topic?.nameNl,
    question: request.question,
    submitted: formatDate(request.submittedAt ?? request.createdAt, locale),
    responseDue:
      options.responseDue && !request.firstResponseAt && !closed
        ? formatDate(options.responseDue, locale)
        : '',
    closedOn: request.closedAt ? formatDate(request.closedAt, locale) : '',
    referredTo: request.status === 'referred' ? (request.referredTo ?? '') : '',
    adviser: request.adviserId ? (adviserNames.get(request.adviserId) ?? '') : '',
    urgencyLabel: `advice.urgency.${request.urgency}`,
    contactLabel: `advice.contact.${request.contactPreference}`,
    messages: messages.map((m) => {
      const fromJep = m.direction === 'to_requester';
      return {
        fromJep,
        author: fromJep && m.authorId ? (adviserNames.get(m.authorId) ?? '') : '',
        when: formatDateTime(m.createdAt, locale),
        isoWhen: m.createdAt.toISOString(),
        body: m.body,
      };
    }),
    appointments: appointments.map((a) => appointmentView(a, locale)),
    canReply: !closed,
    replyAction: options.replyAction,
    messageMax: MESSAGE_MAX,
  };
}
