import { Locale, translate } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import type { AdviceSettings } from '../config/app-config';
import type { AdviceRequest } from './advice-request.entity';
import type { AdviceTopic } from './advice-topic.entity';
import type { StaffMember } from './queue.service';
import { QUEUE_STATUSES, QueueQuery, queueQueryValues } from './queue-query';
import { ageOf, dueAt, isOverdue } from './response-time';

export function requestHref(id: number): string {
  return `/beheer/advies/${id}`;
}

export function topicName(
  topic: Pick<AdviceTopic, 'nameNl' | 'nameEn'> | undefined,
  locale: Locale,
) {
  if (!topic) return '';
  return locale === 'en' ? topic.nameEn : topic.nameNl;
}

/** "3 werkdagen", "1 werkdag" or "2 uur" for a request made today. */
export function ageLabel(submittedAt: Date, now: Date, locale: Locale): string {
  const age = ageOf(submittedAt, now);
  if (age.unit === 'hours')
    return translate(locale, 'advice.queue.age.hours', { count: age.count });
  return age.count === 1
    ? translate(locale, 'advice.queue.age.workingDay')
    : translate(locale, 'advice.queue.age.workingDays', { count: age.count });
}

export function queueRow(
  r: AdviceRequest,
  advisers: Map<number, string>,
  now: Date,
  config: Pick<AdviceSettings, 'responseWorkingDays'>,
  locale: Locale,
) {
  const submitted = r.submittedAt ?? r.createdAt;
  const due = dueAt(r, config);
  return {
    href: requestHref(r.id),
    reference: r.reference,
    age: ageLabel(submitted, now, locale),
    submitted: formatDate(submitted, locale),
    topic: topicName(r.topic, locale),
    municipality: r.municipality?.name ?? r.municipalityCode,
    urgent: r.urgency === 'urgent',
    urgencyLabel: `advice.urgency.${r.urgency}`,
    adviser: r.adviserId ? (advisers.get(r.adviserId) ?? '') : null,
    statusLabel: `advice.status.${r.status}`,
    overdue: isOverdue(r, now, config),
    responded: r.firstResponseAt !== null,
    due: due ? formatDate(due, locale) : '',
  };
}

interface Option {
  value: string;
  label: string;
}

/** The filter form's choices; labels are message keys or names (the `tk` helper shows either). */
export function queueFilterOptions(
  topics: AdviceTopic[],
  staff: StaffMember[],
  municipalities: { code: string; name: string }[],
  locale: Locale,
): Record<string, Option[]> {
  return {
    status: [
      { value: '', label: 'advice.queue.filter.statusOpen' },
      ...QUEUE_STATUSES.map((s) => ({ value: s, label: `advice.status.${s}` })),
      { value: 'all', label: 'advice.queue.filter.statusAll' },
    ],
    onderwerp: [
      { value: '', label: 'advice.queue.filter.topicAll' },
      ...topics.map((t) => ({ value: String(t.id), label: topicName(t, locale) })),
    ],
    gemeente: [
      { value: '', label: 'advice.queue.filter.municipalityAll' },
      ...municipalities.map((m) => ({ value: m.code, label: m.name })),
    ],
    adviseur: [
      { value: '', label: 'advice.queue.filter.adviserAll' },
      { value: 'mine', label: 'advice.queue.filter.adviserMine' },
      { value: 'none', label: 'advice.queue.filter.adviserNone' },
      ...staff.map((s) => ({ value: String(s.id), label: s.name })),
    ],
  };
}

export function queueView(input: {
  requests: AdviceRequest[];
  total: number;
  query: QueueQuery;
  staff: StaffMember[];
  topics: AdviceTopic[];
  municipalities: { code: string; name: string }[];
  now: Date;
  config: Pick<AdviceSettings, 'responseWorkingDays'>;
  locale: Locale;
}) {
  const advisers = new Map(input.staff.map((s) => [s.id, s.name]));
  return {
    rows: input.requests.map((r) => queueRow(r, advisers, input.now, input.config, input.locale)),
    total: input.total,
    values: queueQueryValues(input.query),
    options: queueFilterOptions(input.topics, input.staff, input.municipalities, input.locale),
    days: input.config.responseWorkingDays,
  };
}
