import { AccountsError, AccountsErrorCode } from './accounts.error';
import { checkPassword, PasswordProblem } from './password-policy';

const CODES: Record<PasswordProblem, AccountsErrorCode> = {
  tooShort: AccountsErrorCode.PasswordTooShort,
  tooLong: AccountsErrorCode.PasswordTooLong,
  tooCommon: AccountsErrorCode.PasswordTooCommon,
  sameAsEmail: AccountsErrorCode.PasswordSameAsEmail,
};

/** Throws the domain error for the first problem with a new password, at `field`. */
export function assertAcceptablePassword(password: string, email: string, field: string): void {
  const problem = checkPassword(password, email);
  if (problem) throw new AccountsError(CODES[problem], field);
}
