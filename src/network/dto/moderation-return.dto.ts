import { RequiredText } from '../../common/forms/fields';

/** Staff send a draft back: the partner reads why on their page and in the e-mail. */
export class ModerationReturnDto {
  @RequiredText(2000) message!: string;
}
