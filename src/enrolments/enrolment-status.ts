/**
 * Where an enrolment stands.
 * - `pending`: holds a place, waiting for staff approval;
 * - `offered`: a place from the waiting list, to be confirmed by the participant before a deadline;
 * - `confirmed`: holds a place;
 * - `waitlisted`: in line for a place (ordered by `waitlistSeq`);
 * - `cancelled` / `rejected`: no place, kept for the record.
 */
export const ENROLMENT_STATUSES = [
  'pending',
  'offered',
  'confirmed',
  'waitlisted',
  'cancelled',
  'rejected',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** Statuses that take one of the edition's places (counted in `editions.seats_taken`). */
export const HOLDS_SEAT: readonly EnrolmentStatus[] = ['pending', 'offered', 'confirmed'];

/** Statuses of someone who is still taking part or in line: they get the edition's news. */
export const ACTIVE: readonly EnrolmentStatus[] = [...HOLDS_SEAT, 'waitlisted'];

export function holdsSeat(status: EnrolmentStatus): boolean {
  return HOLDS_SEAT.includes(status);
}

export function isActive(status: EnrolmentStatus): boolean {
  return ACTIVE.includes(status);
}

/** Why an enrolment ended, for the participant's page and the record. */
export const CANCEL_REASONS = [
  'participant',
  'left_waitlist',
  'staff',
  'edition_cancelled',
  'offer_expired',
  'moved',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export const COMPLETIONS = ['completed', 'not_completed'] as const;
export type Completion = (typeof COMPLETIONS)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
