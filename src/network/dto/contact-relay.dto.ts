import { Equals, Matches } from 'class-validator';
import { RequiredText } from '../../common/forms/fields';

export const RELAY_SUBJECT_MAX = 150;
export const RELAY_MESSAGE_MAX = 5000;

/** A subject goes into the Subject header: no control characters (line breaks, tabs, NUL). */
const PLAIN_LINE = /^[^\u0000-\u001f\u007f]*$/;
/** A message may have line breaks and tabs, but no other control characters (PostgreSQL refuses NUL). */
const PLAIN_TEXT = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/** The contact relay form on /netwerk/:slug (signed-in users only). */
export class ContactRelayDto {
  @RequiredText(RELAY_SUBJECT_MAX)
  @Matches(PLAIN_LINE, { message: 'validation.format' })
  subject!: string;

  @RequiredText(RELAY_MESSAGE_MAX)
  @Matches(PLAIN_TEXT, { message: 'networkOrganisation.relay.invalidCharacters' })
  message!: string;

  /** The required tick: "my name and e-mail address are sent along". */
  @Equals('on', { message: 'networkOrganisation.relay.shareDetailsRequired' })
  shareDetails!: string;
}
