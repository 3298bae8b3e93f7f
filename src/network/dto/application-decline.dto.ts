import { RequiredText } from '../../common/forms/fields';

/** Staff decline an application: the applicant reads why in the e-mail. */
export class ApplicationDeclineDto {
  @RequiredText(2000) message!: string;
}
