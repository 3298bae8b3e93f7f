import { OptionalText } from '../../common/forms/fields';

/** Staff decline a link request, with an optional word to the partner. */
export class MembershipDeclineDto {
  @OptionalText(2000) message?: string;
}
