import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

/** What can go wrong in two-factor login and the sessions list. */
export enum TwoFactorErrorCode {
  /** No such object, or not the user's own (never say which). */
  NotFound = 'NOT_FOUND',
  /** The code is wrong, too old, or was used before. */
  CodeInvalid = 'CODE_INVALID',
  /** Too many wrong codes for this account in a short time. */
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  /** The password is wrong (disabling). */
  PasswordInvalid = 'PASSWORD_INVALID',
  /** Staff and admins must keep two-factor login. */
  Required = 'REQUIRED',
  /** Not possible in this state (not set up, already set up, sign-in expired). */
  WrongState = 'WRONG_STATE',
}

const SPECS: Record<TwoFactorErrorCode, DomainErrorSpec> = {
  [TwoFactorErrorCode.NotFound]: { status: 404, message: 'errors.notFound.text' },
  [TwoFactorErrorCode.CodeInvalid]: { status: 422, message: 'twoFactor.error.codeInvalid' },
  [TwoFactorErrorCode.TooManyAttempts]: { status: 429, message: 'twoFactor.error.tooMany' },
  [TwoFactorErrorCode.PasswordInvalid]: { status: 422, message: 'twoFactor.error.password' },
  [TwoFactorErrorCode.Required]: { status: 422, message: 'twoFactor.error.required' },
  [TwoFactorErrorCode.WrongState]: { status: 422, message: 'twoFactor.error.wrongState' },
};

export class TwoFactorError extends DomainError<TwoFactorErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
