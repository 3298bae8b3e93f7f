import { Equals } from 'class-validator';
import { RequiredText } from '../../common/forms/fields';

/** Staff erase an account on the person's request: the request is referenced in the audit log. */
export class AdminDeleteAccountDto {
  @RequiredText(300) deleteReason!: string;
  @Equals('on', { message: 'privacy.delete.confirmRequired' }) deleteConfirm!: string;
}
