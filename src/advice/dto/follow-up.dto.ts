import { Choice, OptionalText } from '../../common/forms/fields';

export const USEFULNESS = ['1', '2', '3', '4', '5'] as const;
export const FOLLOW_UP_COMMENT_MAX = 2000;

/** The follow-up questionnaire: was the advice useful (1–5), and an optional comment. */
export class FollowUpDto {
  @Choice(USEFULNESS) usefulness!: string;
  @OptionalText(FOLLOW_UP_COMMENT_MAX) comment?: string;
}
