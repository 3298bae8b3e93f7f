import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

export enum AttendanceErrorCode {
  /** Unknown meeting, a meeting of a draft or cancelled edition, or one the trainer does not teach. */
  MeetingNotFound = 'MEETING_NOT_FOUND',
  EditionNotFound = 'EDITION_NOT_FOUND',
  EnrolmentNotFound = 'ENROLMENT_NOT_FOUND',
  InvalidStatus = 'INVALID_STATUS',
  NotOnRoster = 'NOT_ON_ROSTER',
  NothingChosen = 'NOTHING_CHOSEN',
  NotYet = 'NOT_YET',
  CompletionChoice = 'COMPLETION_CHOICE',
  ReasonRequired = 'REASON_REQUIRED',
  ReasonTooLong = 'REASON_TOO_LONG',
  NotConfirmed = 'NOT_CONFIRMED',
}

const SPECS: Record<AttendanceErrorCode, DomainErrorSpec> = {
  [AttendanceErrorCode.MeetingNotFound]: { status: 404, message: 'errors.notFound.text' },
  [AttendanceErrorCode.EditionNotFound]: { status: 404, message: 'errors.notFound.text' },
  [AttendanceErrorCode.EnrolmentNotFound]: { status: 404, message: 'errors.notFound.text' },
  [AttendanceErrorCode.InvalidStatus]: { status: 422, message: 'attendance.error.invalidStatus' },
  [AttendanceErrorCode.NotOnRoster]: { status: 422, message: 'attendance.error.notOnRoster' },
  [AttendanceErrorCode.NothingChosen]: { status: 422, message: 'attendance.error.nothingChosen' },
  [AttendanceErrorCode.NotYet]: { status: 422, message: 'attendance.error.notYet' },
  [AttendanceErrorCode.CompletionChoice]: {
    status: 422,
    message: 'attendance.error.completionChoice',
  },
  [AttendanceErrorCode.ReasonRequired]: { status: 422, message: 'attendance.error.reasonRequired' },
  [AttendanceErrorCode.ReasonTooLong]: { status: 422, message: 'attendance.error.reasonTooLong' },
  [AttendanceErrorCode.NotConfirmed]: { status: 422, message: 'attendance.error.notConfirmed' },
};

/** The attendance domain's one error class: codes map to a status and a message. */
export class AttendanceError extends DomainError<AttendanceErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
