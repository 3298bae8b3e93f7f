import { Matches } from 'class-validator';
import { RequiredText } from '../../common/forms/fields';
import { PLAIN_LINE } from './log-entry.dto';

/** A link to a document kept elsewhere. The URL is checked to be http(s) by the service. */
export class LinkDto {
  @Matches(PLAIN_LINE, { message: 'validation.format' })
  @RequiredText(200)
  title!: string;

  @RequiredText(1000)
  url!: string;
}
