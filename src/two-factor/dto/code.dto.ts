import { RequiredText } from '../../common/forms/fields';

/** A 6-digit code from the app (or, at login, a recovery code). */
export class CodeDto {
  @RequiredText(40) code!: string;
}
