import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

export enum AccountsErrorCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  Throttled = 'THROTTLED',
  EmailNotVerified = 'EMAIL_NOT_VERIFIED',
  TokenInvalid = 'TOKEN_INVALID',
  PasswordTooShort = 'PASSWORD_TOO_SHORT',
  PasswordTooLong = 'PASSWORD_TOO_LONG',
  PasswordTooCommon = 'PASSWORD_TOO_COMMON',
  PasswordSameAsEmail = 'PASSWORD_SAME_AS_EMAIL',
  PasswordMismatch = 'PASSWORD_MISMATCH',
  WrongPassword = 'WRONG_PASSWORD',
  UnknownMunicipality = 'UNKNOWN_MUNICIPALITY',
  UserNotFound = 'USER_NOT_FOUND',
  CannotChangeOwnRole = 'CANNOT_CHANGE_OWN_ROLE',
  SameEmail = 'SAME_EMAIL',
}

const SPECS: Record<AccountsErrorCode, DomainErrorSpec> = {
  [AccountsErrorCode.InvalidCredentials]: {
    status: 422,
    message: 'accounts.error.invalidCredentials',
  },
  [AccountsErrorCode.Throttled]: { status: 429, message: 'accounts.error.throttled' },
  [AccountsErrorCode.EmailNotVerified]: { status: 422, message: 'accounts.error.emailNotVerified' },
  [AccountsErrorCode.TokenInvalid]: { status: 400, message: 'accounts.error.tokenInvalid' },
  [AccountsErrorCode.PasswordTooShort]: { status: 422, message: 'accounts.error.passwordTooShort' },
  [AccountsErrorCode.PasswordTooLong]: { status: 422, message: 'accounts.error.passwordTooLong' },
  [AccountsErrorCode.PasswordTooCommon]: {
    status: 422,
    message: 'accounts.error.passwordTooCommon',
  },
  [AccountsErrorCode.PasswordSameAsEmail]: {
    status: 422,
    message: 'accounts.error.passwordSameAsEmail',
  },
  [AccountsErrorCode.PasswordMismatch]: { status: 422, message: 'accounts.error.passwordMismatch' },
  [AccountsErrorCode.WrongPassword]: { status: 422, message: 'accounts.error.wrongPassword' },
  [AccountsErrorCode.UnknownMunicipality]: {
    status: 422,
    message: 'accounts.error.unknownMunicipality',
  },
  [AccountsErrorCode.UserNotFound]: { status: 404, message: 'errors.notFound.text' },
  [AccountsErrorCode.CannotChangeOwnRole]: {
    status: 422,
    message: 'accounts.error.cannotChangeOwnRole',
  },
  [AccountsErrorCode.SameEmail]: { status: 422, message: 'accounts.error.sameEmail' },
};

export class AccountsError extends DomainError<AccountsErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
