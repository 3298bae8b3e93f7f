import { PasswordField } from '../../common/forms/fields';

export class ChangePasswordDto {
  @PasswordField() currentPassword!: string;
  @PasswordField() password!: string;
  @PasswordField() passwordConfirm!: string;
}
