import { SECTORS } from '../sector';
import {
  Choice,
  EmailField,
  OptionalPattern,
  PasswordField,
  RequiredText,
} from '../../common/forms/fields';

export class RegisterDto {
  @RequiredText(200) name!: string;
  @EmailField() email!: string;
  @PasswordField() password!: string;
  @PasswordField() passwordConfirm!: string;
  @RequiredText(200) organisation!: string;
  @RequiredText(200) jobTitle!: string;
  @Choice(SECTORS) sector!: string;
  @RequiredText(6) municipalityCode!: string;
  /** SKJ registration numbers are digits (usually 9 to 12). */
  @OptionalPattern(/^(\d{6,12})?$/, 20) skjNumber?: string;
}
