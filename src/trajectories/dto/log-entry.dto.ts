import { Allow, Matches } from 'class-validator';
import { Choice, OptionalText, RequiredText } from '../../common/forms/fields';

/** Line breaks and tabs are fine in a body; other control characters are not (PostgreSQL refuses NUL). */
export const PLAIN_TEXT = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;
export const PLAIN_LINE = /^[^\u0000-\u001f\u007f]*$/;

export const LOG_KINDS = ['meeting', 'note'] as const;

/** A log entry: a meeting or a note. Nothing about individual young people is asked for. */
export class LogEntryDto {
  @Choice(LOG_KINDS) kind!: 'meeting' | 'note';

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'trajectories.log.error.date' })
  @RequiredText(10)
  occurredOn!: string;

  @Matches(PLAIN_LINE, { message: 'validation.format' })
  @RequiredText(200)
  title!: string;

  @Matches(PLAIN_TEXT, { message: 'validation.format' })
  @RequiredText(10_000)
  body!: string;

  /** Ids of the members and the coach who were there (checked against the trajectory). */
  @Allow() attendees?: unknown;

  @Matches(PLAIN_LINE, { message: 'validation.format' })
  @OptionalText(500)
  otherAttendees?: string;
}
