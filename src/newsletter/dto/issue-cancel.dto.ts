import { OptionalText } from '../../common/forms/fields';

/** Cancelling asks for an explicit tick: it cannot be undone. */
export class CancelIssueDto {
  @OptionalText(5) confirmCancel?: string;
}
