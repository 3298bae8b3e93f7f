import { OptionalText } from '../../common/forms/fields';

/** "Send now" asks for an explicit tick: it goes to every recipient at once. */
export class SendIssueDto {
  @OptionalText(5) confirmSend?: string;
}
