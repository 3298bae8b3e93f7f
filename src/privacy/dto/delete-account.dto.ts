import { Equals } from 'class-validator';
import { PasswordField } from '../../common/forms/fields';

/** The person confirms with their password and a tick that they understood what happens. */
export class DeleteAccountDto {
  @PasswordField() password!: string;
  @Equals('on', { message: 'privacy.delete.confirmRequired' }) confirm!: string;
}
