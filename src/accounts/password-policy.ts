import dumbPasswords from 'dumb-passwords';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Common Dutch passwords that the (English) list misses. */
const DUTCH_COMMON = [
  'wachtwoord',
  'welkom',
  'welkom01',
  'welkom123',
  'wachtwoord1',
  'wachtwoord123',
  'geheim123',
  'voetbal123',
  'nederland',
  'amsterdam',
  'rotterdam',
  'platformjep',
  'jeugdwerk',
  'wachtwoord!',
];

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooCommon' | 'sameAsEmail';

/**
 * NIST SP 800-63B style: length counts, composition rules do not; the most common passwords are
 * refused, and so is the user's own e-mail address.
 */
export function checkPassword(password: string, email?: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'tooShort';
  if (length > PASSWORD_MAX) return 'tooLong';
  const lower = password.toLowerCase();
  if (DUTCH_COMMON.includes(lower) || dumbPasswords.check(password)) return 'tooCommon';
  if (email && (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0]))
    return 'sameAsEmail';
  return null;
}
