import { Choice, EmailField, OptionalText, RequiredText } from '../../common/forms/fields';

/** The coach invites a member: an existing user is added, an unknown address gets an account. */
export class InviteMemberDto {
  @RequiredText(200) memberName!: string;
  @EmailField() memberEmail!: string;
  @Choice(['school', 'youth_work']) memberSide!: string;
  @OptionalText(200) memberRole?: string;
}
