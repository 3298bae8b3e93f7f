import { IsOptional, Matches } from 'class-validator';
import { OptionalText, RequiredText } from '../../common/forms/fields';

/** The longest issue text accepted (characters of Markdown); the form says so. */
export const ISSUE_BODY_MAX = 100_000;

/** The issue form (new and edit); `action` is the button pressed: preview or save. */
export class SaveIssueDto {
  @RequiredText(200) title!: string;
  /** Empty: made from the title. */
  @OptionalText(120)
  @Matches(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, { message: 'newsletter.error.slugInvalid' })
  slug?: string;
  @RequiredText(500) summary!: string;
  @RequiredText(ISSUE_BODY_MAX) bodyMarkdown!: string;
  /** topic keys; one value, several or none (none: every subscriber) */
  @IsOptional() audiences?: string | string[];
  @OptionalText(10) action?: string;
}
