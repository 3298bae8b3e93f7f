import type { Locale } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import type { MyEvaluation } from './my-evaluations.service';

/** The /mijn section "Vragenlijsten om in te vullen". */
export function myEvaluationsSection(rows: MyEvaluation[], locale: Locale) {
  return {
    rows: rows.map((r) => ({
      href: `/mijn/vragenlijsten/${r.invitation.id}`,
      title: r.questionnaireTitle,
      edition: `${r.offeringTitle} — ${r.editionTitle}`,
      momentLabel: `evaluations.moment.${r.invitation.moment}`,
      started: !!r.invitation.draft,
      closes: r.invitation.closesAt ? formatDate(r.invitation.closesAt, locale) : null,
    })),
  };
}
