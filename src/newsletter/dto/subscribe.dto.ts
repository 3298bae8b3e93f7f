import { Equals, IsIn, IsOptional } from 'class-validator';
import { EmailField, OptionalPattern } from '../../common/forms/fields';

/** No control characters (line breaks, tabs, NUL) in a name that goes into e-mails. */
export const PLAIN_LINE = /^[^\u0000-\u001f\u007f]*$/;

/** The public subscribe form (/jepzine/aanmelden and the form on /jepzine and the home page). */
export class SubscribeDto {
  /** Trimmed; a value with a line break in it ("a@b.c\r\nBcc: x") is no address. */
  @EmailField() email!: string;
  @OptionalPattern(PLAIN_LINE, 200) name?: string;
  /** topic keys; one value, several or none (none: everything) */
  @IsOptional() topics?: string | string[];
  @Equals('on', { message: 'newsletterSubscription.consent.required' }) consent!: string;
  /** The language the consent text was shown in. */
  @IsOptional() @IsIn(['nl', 'en']) consentLanguage?: 'nl' | 'en';
}
