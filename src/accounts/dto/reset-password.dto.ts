import { PasswordField } from '../../common/forms/fields';

export class ResetPasswordDto {
  @PasswordField() password!: string;
  @PasswordField() passwordConfirm!: string;
}
