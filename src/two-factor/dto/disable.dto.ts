import { PasswordField, RequiredText } from '../../common/forms/fields';

export class DisableTwoFactorDto {
  @PasswordField() password!: string;
  @RequiredText(40) code!: string;
}
