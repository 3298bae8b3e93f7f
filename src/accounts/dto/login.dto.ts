import { EmailField, PasswordField } from '../../common/forms/fields';

export class LoginDto {
  @EmailField() email!: string;
  @PasswordField() password!: string;
}
