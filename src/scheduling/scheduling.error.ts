import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

export enum SchedulingErrorCode {
  OfferingNotFound = 'OFFERING_NOT_FOUND',
  EditionNotFound = 'EDITION_NOT_FOUND',
  MeetingNotFound = 'MEETING_NOT_FOUND',
  SlugTaken = 'SLUG_TAKEN',
  SlugInvalid = 'SLUG_INVALID',
  NumberInvalid = 'NUMBER_INVALID',
  DateInvalid = 'DATE_INVALID',
  DateInPast = 'DATE_IN_PAST',
  RegistrationWindow = 'REGISTRATION_WINDOW',
  EndsBeforeStart = 'ENDS_BEFORE_START',
  OutOfOrder = 'OUT_OF_ORDER',
  Conflict = 'CONFLICT',
  NotATrainer = 'NOT_A_TRAINER',
  TrainerAlreadyOnEdition = 'TRAINER_ALREADY_ON_EDITION',
  LocationRequired = 'LOCATION_REQUIRED',
  UnknownMunicipality = 'UNKNOWN_MUNICIPALITY',
  UnknownRegion = 'UNKNOWN_REGION',
  UrlInvalid = 'URL_INVALID',
  StatusTransition = 'STATUS_TRANSITION',
  EditionClosed = 'EDITION_CLOSED',
  PublishNeedsMeeting = 'PUBLISH_NEEDS_MEETING',
  OfferingNotPublished = 'OFFERING_NOT_PUBLISHED',
  PercentRequired = 'PERCENT_REQUIRED',
  ConfirmCancel = 'CONFIRM_CANCEL',
}

const SPECS: Record<SchedulingErrorCode, DomainErrorSpec> = {
  [SchedulingErrorCode.OfferingNotFound]: { status: 404, message: 'errors.notFound.text' },
  [SchedulingErrorCode.EditionNotFound]: { status: 404, message: 'errors.notFound.text' },
  [SchedulingErrorCode.MeetingNotFound]: { status: 404, message: 'errors.notFound.text' },
  [SchedulingErrorCode.SlugTaken]: { status: 422, message: 'scheduling.error.slugTaken' },
  [SchedulingErrorCode.SlugInvalid]: { status: 422, message: 'scheduling.error.slugInvalid' },
  [SchedulingErrorCode.NumberInvalid]: { status: 422, message: 'scheduling.error.numberInvalid' },
  [SchedulingErrorCode.DateInvalid]: { status: 422, message: 'scheduling.error.dateInvalid' },
  [SchedulingErrorCode.DateInPast]: { status: 422, message: 'scheduling.error.dateInPast' },
  [SchedulingErrorCode.RegistrationWindow]: {
    status: 422,
    message: 'scheduling.error.registrationWindow',
  },
  [SchedulingErrorCode.EndsBeforeStart]: {
    status: 422,
    message: 'scheduling.error.endsBeforeStart',
  },
  [SchedulingErrorCode.OutOfOrder]: { status: 422, message: 'scheduling.error.outOfOrder' },
  [SchedulingErrorCode.Conflict]: { status: 422, message: 'scheduling.error.conflict' },
  [SchedulingErrorCode.NotATrainer]: { status: 422, message: 'scheduling.error.notATrainer' },
  [SchedulingErrorCode.TrainerAlreadyOnEdition]: {
    status: 422,
    message: 'scheduling.error.trainerAlready',
  },
  [SchedulingErrorCode.LocationRequired]: {
    status: 422,
    message: 'scheduling.error.locationRequired',
  },
  [SchedulingErrorCode.UnknownMunicipality]: {
    status: 422,
    message: 'accounts.error.unknownMunicipality',
  },
  [SchedulingErrorCode.UnknownRegion]: { status: 422, message: 'validation.choose' },
  [SchedulingErrorCode.UrlInvalid]: { status: 422, message: 'scheduling.error.urlInvalid' },
  [SchedulingErrorCode.StatusTransition]: {
    status: 422,
    message: 'scheduling.error.statusTransition',
  },
  [SchedulingErrorCode.EditionClosed]: { status: 422, message: 'scheduling.error.editionClosed' },
  [SchedulingErrorCode.PublishNeedsMeeting]: {
    status: 422,
    message: 'scheduling.error.publishNeedsMeeting',
  },
  [SchedulingErrorCode.OfferingNotPublished]: {
    status: 422,
    message: 'scheduling.error.offeringNotPublished',
  },
  [SchedulingErrorCode.PercentRequired]: {
    status: 422,
    message: 'scheduling.error.percentRequired',
  },
  [SchedulingErrorCode.ConfirmCancel]: { status: 422, message: 'scheduling.error.confirmCancel' },
};

export class SchedulingError extends DomainError<SchedulingErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
