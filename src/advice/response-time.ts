import { toAmsterdamParts } from '../common/views/amsterdam-time';
import type { AdviceSettings } from '../config/app-config';
import type { AdviceRequest } from './advice-request.entity';
import { isClosed } from './advice-status';
import { addWorkingDays, workingDaysBetween } from './working-days';

export type ResponseTimed = Pick<AdviceRequest, 'submittedAt' | 'firstResponseAt' | 'status'>;

/** When the first response is due: the configured number of working days after submission. */
export function dueAt(
  request: Pick<AdviceRequest, 'submittedAt'>,
  config: Pick<AdviceSettings, 'responseWorkingDays'>,
): Date | null {
  return request.submittedAt
    ? addWorkingDays(request.submittedAt, config.responseWorkingDays)
    : null;
}

/** Overdue: still no first response, not closed, and the due moment has passed. */
export function isOverdue(
  request: ResponseTimed,
  now: Date,
  config: Pick<AdviceSettings, 'responseWorkingDays'>,
): boolean {
  if (request.firstResponseAt || isClosed(request.status) || request.status === 'unverified')
    return false;
  const due = dueAt(request, config);
  return due !== null && now.getTime() > due.getTime();
}

/** Working days past the due moment (at least 1 once overdue). */
export function workingDaysLate(
  request: ResponseTimed,
  now: Date,
  config: Pick<AdviceSettings, 'responseWorkingDays'>,
): number {
  if (!isOverdue(request, now, config)) return 0;
  return Math.max(1, workingDaysBetween(dueAt(request, config)!, now));
}

/**
 * The time since a request, for the queue: hours when it came in today (Amsterdam), otherwise
 * working days.
 */
export function ageOf(
  submittedAt: Date,
  now: Date,
): { unit: 'hours' | 'workingDays'; count: number } {
  if (toAmsterdamParts(submittedAt).date === toAmsterdamParts(now).date) {
    return {
      unit: 'hours',
      count: Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / 3_600_000)),
    };
  }
  return { unit: 'workingDays', count: workingDaysBetween(submittedAt, now) };
}
