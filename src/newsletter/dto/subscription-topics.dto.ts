import { IsOptional } from 'class-validator';

/** Topics on /mijn/jepzine (subscribe and save). */
export class SubscriptionTopicsDto {
  /** topic keys; none: everything */
  @IsOptional() topics?: string | string[];
}
