import { Locale, translate } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import { COMPLETIONS } from '../enrolments/enrolment-status';
import type { CompletionOverview } from './completion-admin.service';
import { completionField, reasonField } from './dto/correct-completion.dto';
import { rosterHref } from './roster.presenter';

const hourFormats = new Map<Locale, Intl.NumberFormat>();

/** Minutes as hours the Dutch way: 450 → "7,5". */
export function formatHours(minutes: number, locale: Locale): string {
  let f = hourFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 });
    hourFormats.set(locale, f);
  }
  return f.format(minutes / 60);
}

/** /beheer/uitvoeringen/:id/afronding — attendance and completion per participant. */
export function completionPage(o: CompletionOverview, locale: Locale) {
  const { edition, policy, meetings } = o;
  const totalMinutes = meetings.reduce(
    (sum, m) => sum + Math.max(0, Math.round((m.endsAt.getTime() - m.startsAt.getTime()) / 60_000)),
    0,
  );
  const last = meetings[meetings.length - 1];
  const values: Record<string, string> = {};
  const people = o.rows.map(({ enrolment, summary }) => {
    const id = enrolment.id;
    if (enrolment.completion) values[completionField(id)] = enrolment.completion;
    return {
      id,
      anchor: `deelnemer-${id}`,
      name: enrolment.user.name,
      organisation: enrolment.user.organisation,
      meetings: translate(locale, 'attendance.completion.meetingsCount', {
        attended: summary.attended,
        total: summary.total,
      }),
      hours: translate(locale, 'attendance.completion.hoursCount', {
        attended: formatHours(summary.attendedMinutes, locale),
        total: formatHours(summary.totalMinutes, locale),
      }),
      breakdown: translate(locale, 'attendance.completion.breakdown', {
        present: summary.present,
        excused: summary.excused,
        absent: summary.absent,
        unmarked: summary.unmarked,
      }),
      completionLabel: enrolment.completion
        ? `attendance.completion.choice.${enrolment.completion}`
        : 'attendance.completion.undecided',
      completion: enrolment.completion,
      corrected: enrolment.completionNote !== null,
      note: enrolment.completionNote,
      action: `/beheer/aanmeldingen/${id}/afronding`,
      completionField: completionField(id),
      reasonField: reasonField(id),
      options: COMPLETIONS.map((value) => ({
        value,
        id: `field-${completionField(id)}-${value}`,
        label: `attendance.completion.choice.${value}`,
      })),
    };
  });
  return {
    pageTitle: translate(locale, 'attendance.completion.title', {
      offering: edition.offering.title,
      edition: edition.title,
    }),
    edition: {
      id: edition.id,
      title: edition.title,
      offeringTitle: edition.offering.title,
      href: `/beheer/uitvoeringen/${edition.id}`,
    },
    rule:
      policy.rule === 'min_percent'
        ? translate(locale, 'attendance.completion.rule.min_percent', {
            percent: policy.percent ?? 100,
          })
        : translate(locale, 'attendance.completion.rule.all_meetings'),
    excused: policy.excusedCounts
      ? 'attendance.completion.excusedCounts'
      : 'attendance.completion.excusedNotCounted',
    meetingsValue: translate(locale, 'attendance.completion.meetingsValue', {
      count: meetings.length,
      hours: formatHours(totalMinutes, locale),
    }),
    ended: last
      ? translate(
          locale,
          o.ended ? 'attendance.completion.endedYes' : 'attendance.completion.endedNo',
          { date: formatDate(last.endsAt, locale) },
        )
      : null,
    rosters: meetings.map((m, i) => ({
      href: rosterHref(m.id),
      label: translate(locale, 'attendance.completion.rosterLink', {
        number: i + 1,
        date: formatDate(m.startsAt, locale),
      }),
    })),
    people,
    values,
  };
}
