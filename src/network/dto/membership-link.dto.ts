import { EmailField } from '../../common/forms/fields';

/** Staff link an account to an organisation by its e-mail address. */
export class MembershipLinkDto {
  @EmailField() email!: string;
}
