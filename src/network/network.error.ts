import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

/**
 * What can go wrong in the partner network, with the page status and message for each. Helpers
 * of other network pages append their codes here.
 */
export enum NetworkErrorCode {
  /** No such object, or not one of the signed-in partner's organisations (never say which). */
  NotFound = 'NOT_FOUND',
  /** Decided or changed meanwhile (a draft no longer submitted, an application decided twice). */
  WrongState = 'WRONG_STATE',
  SlugTaken = 'SLUG_TAKEN',
  Throttled = 'THROTTLED',
  TokenInvalid = 'TOKEN_INVALID',
  UnknownPlace = 'UNKNOWN_PLACE',
  /** The partner's change waits for staff: it cannot be edited until they decide. */
  DraftSubmitted = 'DRAFT_SUBMITTED',
  /** A link request for an organisation that is not (or no longer) in the directory. */
  OrganisationUnknown = 'ORGANISATION_UNKNOWN',
  AlreadyMember = 'ALREADY_MEMBER',
  AlreadyRequested = 'ALREADY_REQUESTED',
  /** Staff link a partner by an e-mail address that has no account. */
  UserUnknown = 'USER_UNKNOWN',
  UserDeactivated = 'USER_DEACTIVATED',
}

const SPECS: Record<NetworkErrorCode, DomainErrorSpec> = {
  [NetworkErrorCode.NotFound]: { status: 404, message: 'errors.notFound.text' },
  [NetworkErrorCode.WrongState]: { status: 422, message: 'network.error.wrongState' },
  [NetworkErrorCode.SlugTaken]: { status: 422, message: 'network.error.slugTaken' },
  [NetworkErrorCode.Throttled]: { status: 429, message: 'network.error.throttled' },
  [NetworkErrorCode.TokenInvalid]: { status: 404, message: 'network.error.tokenInvalid' },
  [NetworkErrorCode.UnknownPlace]: { status: 422, message: 'network.error.unknownPlace' },
  [NetworkErrorCode.DraftSubmitted]: {
    status: 422,
    message: 'networkModeration.error.draftSubmitted',
  },
  [NetworkErrorCode.OrganisationUnknown]: {
    status: 422,
    message: 'networkModeration.error.organisationUnknown',
  },
  [NetworkErrorCode.AlreadyMember]: {
    status: 422,
    message: 'networkModeration.error.alreadyMember',
  },
  [NetworkErrorCode.AlreadyRequested]: {
    status: 422,
    message: 'networkModeration.error.alreadyRequested',
  },
  [NetworkErrorCode.UserUnknown]: { status: 422, message: 'networkModeration.error.userUnknown' },
  [NetworkErrorCode.UserDeactivated]: {
    status: 422,
    message: 'networkModeration.error.userDeactivated',
  },
};

export class NetworkError extends DomainError<NetworkErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
