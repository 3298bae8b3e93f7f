import { RequiredText } from '../../common/forms/fields';

/** Staff decline an application: the applicant reads why in the e-mail. */
export class DeclineDto {
  @RequiredText(2000) reason!: string;
}
