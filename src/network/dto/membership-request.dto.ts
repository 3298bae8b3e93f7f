import { IsString, Matches } from 'class-validator';
import { OptionalText } from '../../common/forms/fields';

/** A partner asks to be linked to a published organisation. */
export class MembershipRequestDto {
  @IsString({ message: 'networkModeration.error.organisationUnknown' })
  @Matches(/^\d{1,12}$/, { message: 'networkModeration.error.organisationUnknown' })
  organisationId!: string;
  @OptionalText(500) note?: string;
}
