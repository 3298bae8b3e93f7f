import type { CompletionRule } from '../catalogue/offering-kind';
import type { AttendanceStatus, Completion } from '../enrolments/enrolment-status';

/** A meeting as the completion rule sees it: how long it lasted. */
export interface MeetingSpan {
  id: number;
  startsAt: Date;
  endsAt: Date;
}

export interface CompletionPolicy {
  rule: CompletionRule;
  /** For `min_percent`; when missing, every hour counts (100 %). */
  percent: number | null;
  excusedCounts: boolean;
}

/** One participant's attendance over an edition's meetings. */
export interface AttendanceSummary {
  total: number;
  /** meetings that count as attended under the policy (present, and excused when it counts) */
  attended: number;
  totalMinutes: number;
  attendedMinutes: number;
  present: number;
  absent: number;
  excused: number;
  unmarked: number;
}

function minutes(m: MeetingSpan): number {
  return Math.max(0, Math.round((m.endsAt.getTime() - m.startsAt.getTime()) / 60_000));
}

/** Sums one participant's marks (meeting id → status); a meeting without a mark is not attended. */
export function summarise(
  meetings: readonly MeetingSpan[],
  marks: ReadonlyMap<number, AttendanceStatus>,
  excusedCounts: boolean,
): AttendanceSummary {
  const s: AttendanceSummary = {
    total: meetings.length,
    attended: 0,
    totalMinutes: 0,
    attendedMinutes: 0,
    present: 0,
    absent: 0,
    excused: 0,
    unmarked: 0,
  };
  for (const meeting of meetings) {
    const length = minutes(meeting);
    s.totalMinutes += length;
    const status = marks.get(meeting.id);
    if (status === undefined) s.unmarked += 1;
    else s[status] += 1;
    if (status === 'present' || (status === 'excused' && excusedCounts)) {
      s.attended += 1;
      s.attendedMinutes += length;
    }
  }
  return s;
}

/**
 * The offering's rule applied to a summary. `all_meetings`: every meeting attended.
 * `min_percent`: attended hours / total hours ≥ the percentage (compared in whole minutes, so
 * 75 % of 12 hours is exactly 9 hours).
 */
export function decideCompletion(policy: CompletionPolicy, s: AttendanceSummary): Completion {
  if (s.total === 0) return 'not_completed';
  if (policy.rule === 'all_meetings') return s.attended === s.total ? 'completed' : 'not_completed';
  const percent = Math.min(100, Math.max(0, policy.percent ?? 100));
  const met =
    s.totalMinutes > 0
      ? s.attendedMinutes * 100 >= percent * s.totalMinutes
      : s.attended * 100 >= percent * s.total;
  return met ? 'completed' : 'not_completed';
}
