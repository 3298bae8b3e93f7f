import { FieldProblem, FormInvalidError } from '../../common/forms/form-invalid.error';
import { COMPLETIONS, Completion } from '../../enrolments/enrolment-status';

export const REASON_MAX = 500;

export interface CorrectCompletionInput {
  completion: Completion;
  reason: string;
}

/** One form per participant on the afronding page, so the fields carry the enrolment id. */
export function completionField(enrolmentId: number): string {
  return `completion-${enrolmentId}`;
}

export function reasonField(enrolmentId: number): string {
  return `reason-${enrolmentId}`;
}

/** Reads and checks a correction form; both problems are reported at once. */
export function parseCorrectCompletion(body: unknown, enrolmentId: number): CorrectCompletionInput {
  const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const completion = fields[completionField(enrolmentId)];
  const rawReason = fields[reasonField(enrolmentId)];
  const reason = typeof rawReason === 'string' ? rawReason.trim() : '';
  const problems: FieldProblem[] = [];
  if (typeof completion !== 'string' || !(COMPLETIONS as readonly string[]).includes(completion))
    problems.push({
      field: completionField(enrolmentId),
      message: 'attendance.error.completionChoice',
    });
  if (!reason)
    problems.push({ field: reasonField(enrolmentId), message: 'attendance.error.reasonRequired' });
  else if (reason.length > REASON_MAX)
    problems.push({ field: reasonField(enrolmentId), message: 'attendance.error.reasonTooLong' });
  if (problems.length) throw new FormInvalidError(problems);
  return { completion: completion as Completion, reason };
}
