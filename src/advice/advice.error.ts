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
};

export class AdviceError extends DomainError<AdviceErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
