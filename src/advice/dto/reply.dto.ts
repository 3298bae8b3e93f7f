import { RequiredText } from '../../common/forms/fields';
import { MESSAGE_MAX } from '../advice-status';

/** The requester's reply in the thread of their request. */
export class ReplyDto {
  @RequiredText(MESSAGE_MAX) body!: string;
}
