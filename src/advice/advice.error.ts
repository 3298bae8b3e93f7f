import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

/**
 * What can go wrong in Advies op Maat, with the page status and message for each. Helpers of
 * other advice pages append their codes here.
 */
export enum AdviceErrorCode {
  /** No such request, or not the user's own (never say which). */
  NotFound = 'NOT_FOUND',
  /** Changed meanwhile or not possible in this status (a closed request, a second answer). */
  WrongState = 'WRONG_STATE',
  Throttled = 'THROTTLED',
  TokenInvalid = 'TOKEN_INVALID',
  UnknownMunicipality = 'UNKNOWN_MUNICIPALITY',
  UnknownTopic = 'UNKNOWN_TOPIC',
  /** A visitor's address already has the most unconfirmed requests at a time. */
  TooManyUnverified = 'TOO_MANY_UNVERIFIED',
  /** The follow-up questionnaire was answered already. */
  FollowUpAnswered = 'FOLLOW_UP_ANSWERED',
  // --- staff handling (helper A2)
  AdviserUnknown = 'ADVISER_UNKNOWN',
  StatusNotAllowed = 'STATUS_NOT_ALLOWED',
  ReferralRequired = 'REFERRAL_REQUIRED',
  CloseReasonRequired = 'CLOSE_REASON_REQUIRED',
  AppointmentDate = 'APPOINTMENT_DATE',
  AppointmentInPast = 'APPOINTMENT_IN_PAST',
  AppointmentTimes = 'APPOINTMENT_TIMES',
  AppointmentLink = 'APPOINTMENT_LINK',
  AppointmentLocation = 'APPOINTMENT_LOCATION',
}

const SPECS: Record<AdviceErrorCode, DomainErrorSpec> = {
  [AdviceErrorCode.NotFound]: { status: 404, message: 'errors.notFound.text' },
  [AdviceErrorCode.WrongState]: { status: 422, message: 'advice.error.wrongState' },
  [AdviceErrorCode.Throttled]: { status: 429, message: 'advice.error.throttled' },
  [AdviceErrorCode.TokenInvalid]: { status: 404, message: 'advice.error.tokenInvalid' },
  [AdviceErrorCode.UnknownMunicipality]: {
    status: 422,
    message: 'advice.error.unknownMunicipality',
  },
  [AdviceErrorCode.UnknownTopic]: { status: 422, message: 'advice.error.unknownTopic' },
  [AdviceErrorCode.TooManyUnverified]: {
    status: 429,
    message: 'advice.error.tooManyUnverified',
  },
  [AdviceErrorCode.FollowUpAnswered]: { status: 409, message: 'advice.error.followUpAnswered' },
  // --- staff handling (helper A2)
  [AdviceErrorCode.AdviserUnknown]: { status: 422, message: 'advice.handling.error.adviser' },
  [AdviceErrorCode.StatusNotAllowed]: { status: 422, message: 'advice.handling.error.status' },
  [AdviceErrorCode.ReferralRequired]: { status: 422, message: 'advice.handling.error.referral' },
  [AdviceErrorCode.CloseReasonRequired]: {
    status: 422,
    message: 'advice.handling.error.closeReason',
  },
  [AdviceErrorCode.AppointmentDate]: { status: 422, message: 'advice.appointment.error.date' },
  [AdviceErrorCode.AppointmentInPast]: { status: 422, message: 'advice.appointment.error.past' },
  [AdviceErrorCode.AppointmentTimes]: { status: 422, message: 'advice.appointment.error.times' },
  [AdviceErrorCode.AppointmentLink]: { status: 422, message: 'advice.appointment.error.link' },
  [AdviceErrorCode.AppointmentLocation]: {
    status: 422,
    message: 'advice.appointment.error.location',
  },
};

export class AdviceError extends DomainError<AdviceErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
