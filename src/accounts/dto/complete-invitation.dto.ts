import { Choice, OptionalPattern, PasswordField, RequiredText } from '../../common/forms/fields';
import { SECTORS } from '../sector';

/** The invitee completes the account made for them: the registration fields, without the address. */
export class CompleteInvitationDto {
  @RequiredText(200) name!: string;
  @PasswordField() password!: string;
  @PasswordField() passwordConfirm!: string;
  @RequiredText(200) organisation!: string;
  @RequiredText(200) jobTitle!: string;
  @Choice(SECTORS) sector!: string;
  @RequiredText(6) municipalityCode!: string;
  /** SKJ registration numbers are digits (usually 9 to 12). */
  @OptionalPattern(/^(\d{6,12})?$/, 20) skjNumber?: string;
}
