import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

export enum EnrolmentErrorCode {
  EnrolmentNotFound = 'ENROLMENT_NOT_FOUND',
  EditionNotFound = 'EDITION_NOT_FOUND',
  EditionNotOpen = 'EDITION_NOT_OPEN',
  RegistrationNotOpenYet = 'REGISTRATION_NOT_OPEN_YET',
  RegistrationClosed = 'REGISTRATION_CLOSED',
  AlreadyEnrolled = 'ALREADY_ENROLLED',
  CancelDeadlinePassed = 'CANCEL_DEADLINE_PASSED',
  NotCancellable = 'NOT_CANCELLABLE',
  OfferLinkInvalid = 'OFFER_LINK_INVALID',
  OfferExpired = 'OFFER_EXPIRED',
  NothingSelected = 'NOTHING_SELECTED',
  NotPending = 'NOT_PENDING',
  MoveTargetInvalid = 'MOVE_TARGET_INVALID',
  MoveTargetFull = 'MOVE_TARGET_FULL',
  AlreadyInTarget = 'ALREADY_IN_TARGET',
  NoAddresses = 'NO_ADDRESSES',
  TooManyAddresses = 'TOO_MANY_ADDRESSES',
  MessageTooLong = 'MESSAGE_TOO_LONG',
}

const SPECS: Record<EnrolmentErrorCode, DomainErrorSpec> = {
  [EnrolmentErrorCode.EnrolmentNotFound]: { status: 404, message: 'errors.notFound.text' },
  [EnrolmentErrorCode.EditionNotFound]: { status: 404, message: 'errors.notFound.text' },
  [EnrolmentErrorCode.EditionNotOpen]: { status: 422, message: 'enrolment.error.editionNotOpen' },
  [EnrolmentErrorCode.RegistrationNotOpenYet]: {
    status: 422,
    message: 'enrolment.error.notOpenYet',
  },
  [EnrolmentErrorCode.RegistrationClosed]: {
    status: 422,
    message: 'enrolment.error.registrationClosed',
  },
  [EnrolmentErrorCode.AlreadyEnrolled]: { status: 422, message: 'enrolment.error.already' },
  [EnrolmentErrorCode.CancelDeadlinePassed]: {
    status: 422,
    message: 'enrolment.error.cancelDeadline',
  },
  [EnrolmentErrorCode.NotCancellable]: { status: 422, message: 'enrolment.error.notCancellable' },
  [EnrolmentErrorCode.OfferLinkInvalid]: { status: 404, message: 'enrolment.error.offerLink' },
  [EnrolmentErrorCode.OfferExpired]: { status: 410, message: 'enrolment.error.offerExpired' },
  [EnrolmentErrorCode.NothingSelected]: {
    status: 422,
    message: 'enrolment.error.nothingSelected',
  },
  [EnrolmentErrorCode.NotPending]: { status: 422, message: 'enrolment.error.notPending' },
  [EnrolmentErrorCode.MoveTargetInvalid]: {
    status: 422,
    message: 'enrolment.error.moveTarget',
  },
  [EnrolmentErrorCode.MoveTargetFull]: { status: 422, message: 'enrolment.error.moveFull' },
  [EnrolmentErrorCode.AlreadyInTarget]: {
    status: 422,
    message: 'enrolment.error.alreadyInTarget',
  },
  [EnrolmentErrorCode.NoAddresses]: { status: 422, message: 'enrolment.error.noAddresses' },
  [EnrolmentErrorCode.TooManyAddresses]: {
    status: 422,
    message: 'enrolment.error.tooManyAddresses',
  },
  [EnrolmentErrorCode.MessageTooLong]: { status: 422, message: 'enrolment.error.messageTooLong' },
};

export class EnrolmentError extends DomainError<EnrolmentErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
