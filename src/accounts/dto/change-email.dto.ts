import { EmailField, PasswordField } from '../../common/forms/fields';

export class ChangeEmailDto {
  @EmailField() email!: string;
  @PasswordField() password!: string;
}
