import { startOfAmsterdamDay } from '../../common/views/amsterdam-time';
import type { ReportPeriod } from '../report.service';

export type ReportField = 'van' | 'tot' | 'vragenlijst';

export interface ReportQueryError {
  field: ReportField;
  message: string;
}

export type ReportQueryParse =
  | { ok: true; period: ReportPeriod; questionnaireId: number | null; raw: RawReportQuery }
  | { ok: false; errors: ReportQueryError[]; raw: RawReportQuery };

/** What was typed, to put back in the form (cut short, never trusted). */
export interface RawReportQuery {
  from: string;
  to: string;
  questionnaire: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown): string | null {
  if (value === undefined) return '';
  return typeof value === 'string' ? value.trim().slice(0, 40) : null;
}

function validDate(value: string): boolean {
  return ISO_DATE.test(value) && value >= '2000-01-01' && startOfAmsterdamDay(value) !== null;
}

/**
 * The query of a report page: `van` and `tot` (YYYY-MM-DD by the day of answering, both
 * included; empty is no limit) and, on the period page, `vragenlijst` (a questionnaire id).
 * Anything else — no real date, an end before the start, an array — is refused per field.
 */
export function parseReportQuery(query: Record<string, unknown>): ReportQueryParse {
  const from = text(query.van);
  const to = text(query.tot);
  const questionnaire = text(query.vragenlijst);
  const raw = { from: from ?? '', to: to ?? '', questionnaire: questionnaire ?? '' };
  const errors: ReportQueryError[] = [];
  if (from === null || (from !== '' && !validDate(from)))
    errors.push({ field: 'van', message: 'evaluations.report.error.fromInvalid' });
  if (to === null || (to !== '' && !validDate(to)))
    errors.push({ field: 'tot', message: 'evaluations.report.error.toInvalid' });
  if (errors.length === 0 && from && to && from > to)
    errors.push({ field: 'tot', message: 'evaluations.report.error.order' });
  let questionnaireId: number | null = null;
  if (questionnaire === null || (questionnaire !== '' && !/^\d{1,9}$/.test(questionnaire)))
    errors.push({ field: 'vragenlijst', message: 'evaluations.report.error.questionnaire' });
  else if (questionnaire) questionnaireId = Number(questionnaire);
  if (errors.length) return { ok: false, errors, raw };
  return { ok: true, period: { from: from || null, to: to || null }, questionnaireId, raw };
}
