import { Choice, OptionalText } from '../../common/forms/fields';
import { EDITION_STATUSES } from '../edition-status';

export class ChangeStatusDto {
  @Choice(EDITION_STATUSES) status!: string;
  /** Cancelling asks for an explicit tick: it cannot be undone. */
  @OptionalText(5) confirmCancel?: string;
}
