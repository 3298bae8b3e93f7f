import { IsNotEmpty, IsString, Matches } from 'class-validator';
import { OptionalText, RequiredText } from '../../common/forms/fields';
import { PLAIN_LINE, PLAIN_TEXT } from './log-entry.dto';

/** A new action: what, who does it, and by when. */
export class ActionDto {
  @Matches(PLAIN_LINE, { message: 'validation.format' })
  @RequiredText(300)
  title!: string;

  @Matches(PLAIN_TEXT, { message: 'validation.format' })
  @OptionalText(2000)
  description?: string;

  // Decorators run bottom-up: the emptiness check comes first, so a missing owner says so.
  @Matches(/^\d{1,12}$/, { message: 'trajectories.actions.error.owner' })
  @IsNotEmpty({ message: 'trajectories.actions.error.ownerRequired' })
  @IsString({ message: 'trajectories.actions.error.ownerRequired' })
  ownerId!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'trajectories.log.error.date' })
  @IsNotEmpty({ message: 'trajectories.actions.error.dueRequired' })
  @IsString({ message: 'trajectories.actions.error.dueRequired' })
  dueOn!: string;
}
