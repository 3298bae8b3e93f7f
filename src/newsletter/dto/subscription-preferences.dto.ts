import { IsOptional } from 'class-validator';
import { OptionalPattern } from '../../common/forms/fields';
import { PLAIN_LINE } from './subscribe.dto';

/** The preferences page behind a subscriber's personal link. */
export class SubscriptionPreferencesDto {
  @OptionalPattern(PLAIN_LINE, 200) name?: string;
  /** topic keys; none: everything */
  @IsOptional() topics?: string | string[];
}
