import { EmailField } from '../../common/forms/fields';

export class ForgotPasswordDto {
  @EmailField() email!: string;
}
