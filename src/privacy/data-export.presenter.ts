import { hasMessage, Locale, MessageKey, translate } from '../common/i18n/i18n';
import { formatDateTime } from '../common/views/format';
import type { DataExport } from './data-export.service';

export interface ExportRow {
  label: MessageKey;
  value: string;
}

export interface ExportItem {
  heading: string;
  rows: ExportRow[];
  /** A nested list (attendance, messages, scores): each entry one line of text. */
  listLabel?: MessageKey;
  list?: string[];
}

export interface ExportSection {
  id: string;
  title: MessageKey;
  /** Said when the section has no items. */
  empty: MessageKey;
  note?: MessageKey;
  items: ExportItem[];
}

/** A code shown with its catalogue label when there is one (`enrolment.status.confirmed`). */
function label(locale: Locale, prefix: string, code: string | null): string {
  if (!code) return '';
  const key = `${prefix}.${code}`;
  return hasMessage(key) ? translate(locale, key) : code;
}

function when(locale: Locale, value: string | null): string {
  return value ? formatDateTime(new Date(value), locale) : '';
}

function yesNo(locale: Locale, value: boolean): string {
  return translate(locale, value ? 'privacy.data.yes' : 'privacy.data.no');
}

/** Leaves out rows without a value, so the page lists what is there. */
function rows(list: [MessageKey, string | null | undefined][]): ExportRow[] {
  return list
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([l, v]) => ({ label: l, value: String(v) }));
}

/** The readable page of /mijn/privacy/gegevens: one section per category, in the JSON's order. */
export function dataExportPage(data: DataExport, locale: Locale) {
  const t = (key: MessageKey, params: Record<string, unknown> = {}) =>
    translate(locale, key, params);
  const p = data.profile;
  const sections: ExportSection[] = [
    {
      id: 'profiel',
      title: 'privacy.data.profile',
      empty: 'privacy.data.none',
      items: [
        {
          heading: p.name,
          rows: rows([
            ['privacy.field.email', p.email],
            ['privacy.field.name', p.name],
            ['privacy.field.role', label(locale, 'role', p.role)],
            ['privacy.field.organisation', p.organisation],
            ['privacy.field.jobTitle', p.jobTitle],
            ['privacy.field.sector', label(locale, 'sector', p.sector)],
            ['privacy.field.municipality', p.municipality ?? p.municipalityCode],
            ['privacy.field.skjNumber', p.skjNumber],
            ['privacy.field.locale', label(locale, 'locale', p.locale)],
            ['privacy.field.emailVerifiedAt', when(locale, p.emailVerifiedAt)],
            ['privacy.field.lastLoginAt', when(locale, p.lastLoginAt)],
            ['privacy.field.createdAt', when(locale, p.createdAt)],
          ]),
        },
      ],
    },
    {
      id: 'aanmeldingen',
      title: 'privacy.data.enrolments',
      empty: 'privacy.data.none',
      items: data.enrolments.map((e) => ({
        heading: `${e.offeringTitle} — ${e.editionTitle}`,
        rows: rows([
          ['privacy.field.status', label(locale, 'enrolment.status', e.status)],
          ['privacy.field.completion', label(locale, 'privacy.completion', e.completion)],
          ['privacy.field.startsAt', when(locale, e.editionStartsAt)],
          ['privacy.field.endsAt', when(locale, e.editionEndsAt)],
          ['privacy.field.enrolledAt', when(locale, e.enrolledAt)],
          ['privacy.field.statusChangedAt', when(locale, e.statusChangedAt)],
          ['privacy.field.enrolledByOther', e.enrolledByOther ? yesNo(locale, true) : null],
        ]),
        listLabel: 'privacy.field.attendance',
        list: e.attendance.map(
          (a) =>
            `${when(locale, a.meetingStartsAt)}: ${label(locale, 'attendance.status', a.status)}`,
        ),
      })),
    },
    {
      id: 'certificaten',
      title: 'privacy.data.certificates',
      empty: 'privacy.data.none',
      items: data.certificates.map((c) => ({
        heading: `${c.offeringTitle} — ${c.editionTitle}`,
        rows: rows([
          ['privacy.field.code', c.code],
          ['privacy.field.name', c.holderName],
          ['privacy.field.skjNumber', c.skjNumber],
          [
            'privacy.field.dates',
            c.startsOn === c.endsOn ? c.startsOn : `${c.startsOn} – ${c.endsOn}`,
          ],
          ['privacy.field.skjPoints', String(c.skjPoints)],
          ['privacy.field.issuedAt', when(locale, c.issuedAt)],
          ['privacy.field.revokedAt', when(locale, c.revokedAt)],
        ]),
      })),
    },
    {
      id: 'agenda',
      title: 'privacy.data.calendarFeed',
      empty: 'privacy.data.calendarFeedNone',
      items: data.calendarFeed.exists
        ? [
            {
              heading: t('privacy.data.calendarFeedExists'),
              rows: rows([
                ['privacy.field.createdAt', when(locale, data.calendarFeed.createdAt)],
                ['privacy.field.lastUsedAt', when(locale, data.calendarFeed.lastUsedAt)],
              ]),
            },
          ]
        : [],
    },
    {
      id: 'jepzine',
      title: 'privacy.data.newsletter',
      empty: 'privacy.data.newsletterNone',
      items: data.newsletter.subscription
        ? [
            {
              heading: data.newsletter.subscription.email,
              rows: rows([
                [
                  'privacy.field.status',
                  label(
                    locale,
                    'newsletterSubscription.status',
                    data.newsletter.subscription.status,
                  ),
                ],
                ['privacy.field.name', data.newsletter.subscription.name],
                ['privacy.field.topics', data.newsletter.subscription.topics.join(', ')],
                [
                  'privacy.field.subscribedAt',
                  when(locale, data.newsletter.subscription.subscribedAt),
                ],
                [
                  'privacy.field.unsubscribedAt',
                  when(locale, data.newsletter.subscription.unsubscribedAt),
                ],
              ]),
              listLabel: 'privacy.field.consents',
              list: data.newsletter.consents.map((c) =>
                t('privacy.data.consentLine', {
                  requested: when(locale, c.requestedAt),
                  confirmed: when(locale, c.confirmedAt) || '—',
                  version: c.formVersion,
                  text: c.consentText,
                }),
              ),
            },
          ]
        : [],
    },
    {
      id: 'netwerk',
      title: 'privacy.data.network',
      empty: 'privacy.data.none',
      items: [
        ...data.network.memberships.map((r) => ({
          heading: t('privacy.data.membershipOf', { name: r.organisation }),
          rows: rows([
            ['privacy.field.status', label(locale, 'privacy.membership', r.status)],
            ['privacy.field.note', r.note],
            ['privacy.field.createdAt', when(locale, r.requestedAt)],
            ['privacy.field.decidedAt', when(locale, r.decidedAt)],
          ]),
        })),
        ...data.network.drafts.map((r) => ({
          heading: t('privacy.data.draftOf', { name: r.organisation }),
          rows: rows([
            ['privacy.field.status', r.status],
            ['privacy.field.createdAt', when(locale, r.createdAt)],
            ['privacy.field.submittedAt', when(locale, r.submittedAt)],
          ]),
        })),
        ...data.network.applications.map((r) => ({
          heading: t('privacy.data.application'),
          rows: rows([
            ['privacy.field.name', r.applicantName],
            ['privacy.field.email', r.applicantEmail],
            ['privacy.field.status', r.status],
            ['privacy.field.motivation', r.motivation],
            ['privacy.field.createdAt', when(locale, r.createdAt)],
            ['privacy.field.decidedAt', when(locale, r.decidedAt)],
          ]),
        })),
      ],
    },
    {
      id: 'trajecten',
      title: 'privacy.data.trajectories',
      empty: 'privacy.data.none',
      items: [
        ...data.trajectories.memberships.map((r) => ({
          heading: t('privacy.data.memberOf', { name: r.trajectory }),
          rows: rows([
            ['privacy.field.roleDescription', r.roleDescription],
            ['privacy.field.status', label(locale, 'trajectories.status', r.status)],
            ['privacy.field.isContact', r.isContact ? yesNo(locale, true) : null],
            ['privacy.field.createdAt', when(locale, r.createdAt)],
            ['privacy.field.removedAt', when(locale, r.removedAt)],
          ]),
        })),
        ...data.trajectories.logEntries.map((r) => ({
          heading: t('privacy.data.logEntry', { name: r.trajectory, title: r.title }),
          rows: rows([
            ['privacy.field.occurredOn', r.occurredOn],
            ['privacy.field.body', r.body],
            ['privacy.field.otherAttendees', r.otherAttendees],
          ]),
        })),
        ...data.trajectories.actions.map((r) => ({
          heading: t('privacy.data.action', { name: r.trajectory, title: r.title }),
          rows: rows([
            ['privacy.field.description', r.description],
            ['privacy.field.dueOn', r.dueOn],
            ['privacy.field.status', r.status],
            ['privacy.field.doneAt', when(locale, r.doneAt)],
          ]),
        })),
        ...data.trajectories.assessments.map((r) => ({
          heading: t('privacy.data.assessment', { name: r.trajectory }),
          rows: rows([
            ['privacy.field.moment', r.moment],
            ['privacy.field.submittedAt', when(locale, r.submittedAt)],
          ]),
          listLabel: 'privacy.field.scores',
          list: r.scores.map((s) => `${s.factor}: ${s.score}${s.comment ? ` — ${s.comment}` : ''}`),
        })),
      ],
    },
    {
      id: 'advies',
      title: 'privacy.data.advice',
      empty: 'privacy.data.none',
      items: data.adviceRequests.map((r) => ({
        heading: `${r.reference} — ${r.topic}`,
        rows: rows([
          ['privacy.field.status', label(locale, 'advice.status', r.status)],
          ['privacy.field.municipality', r.municipality],
          ['privacy.field.question', r.question],
          ['privacy.field.name', r.requesterName],
          ['privacy.field.email', r.requesterEmail],
          ['privacy.field.phone', r.requesterPhone],
          ['privacy.field.organisation', r.organisation],
          ['privacy.field.submittedAt', when(locale, r.submittedAt)],
          ['privacy.field.closedAt', when(locale, r.closedAt)],
        ]),
        listLabel: 'privacy.field.messages',
        list: r.messages.map(
          (msg) =>
            `${when(locale, msg.createdAt)} (${t(
              msg.direction === 'from_requester' ? 'privacy.data.fromYou' : 'privacy.data.toYou',
            )}): ${msg.body}`,
        ),
      })),
    },
    {
      id: 'evaluaties',
      title: 'privacy.data.evaluations',
      empty: 'privacy.data.none',
      note: 'privacy.evaluations.note',
      items: data.evaluations.invitations.map((r) => ({
        heading: `${r.offeringTitle} — ${r.editionTitle}`,
        rows: rows([
          ['privacy.field.moment', label(locale, 'evaluations.moment', r.moment)],
          ['privacy.field.invitedAt', when(locale, r.invitedAt)],
          ['privacy.field.answered', yesNo(locale, r.answered)],
          ['privacy.field.answeredAt', when(locale, r.answeredAt)],
        ]),
      })),
    },
    {
      id: 'sessies',
      title: 'privacy.data.sessions',
      empty: 'privacy.data.none',
      items: data.sessions.map((s) => ({
        heading: s.browser || t('privacy.data.unknownBrowser'),
        rows: rows([
          ['privacy.field.startedAt', when(locale, s.startedAt)],
          ['privacy.field.lastSeenAt', when(locale, s.lastSeenAt)],
          ['privacy.field.expiresAt', when(locale, s.expiresAt)],
        ]),
      })),
    },
    {
      id: 'logboek',
      title: 'privacy.data.audit',
      empty: 'privacy.data.none',
      items: data.auditEntries.map((a) => ({
        heading: a.action,
        rows: rows([
          [
            'privacy.field.subject',
            a.subjectType ? `${a.subjectType} ${a.subjectId ?? ''}`.trim() : null,
          ],
          ['privacy.field.at', when(locale, a.at)],
        ]),
      })),
    },
  ];
  return {
    generatedAt: when(locale, data.generatedAt),
    sections: sections.map((s) => ({ ...s, count: s.items.length })),
  };
}
