import {
  Choice,
  EmailField,
  OptionalPattern,
  RequiredText,
  WholeNumberField,
} from '../../common/forms/fields';
import { CONTACT_PREFERENCES, QUESTION_MAX, URGENCIES } from '../advice-status';
import type { AdviceUrgency, ContactPreference } from '../advice-status';

/**
 * The /advies form. A signed-in user's address comes from their account (the form sends it
 * hidden and the service ignores it); a visitor's is confirmed by e-mail.
 */
export class AskDto {
  @RequiredText(200) name!: string;
  @EmailField() email!: string;
  @OptionalPattern(/^([0-9+()\- ]{6,30})?$/, 30) phone?: string;
  @RequiredText(200) organisation!: string;
  @RequiredText(200) role!: string;
  @RequiredText(6) municipalityCode!: string;
  @WholeNumberField(1, 1_000_000) topicId!: string;
  @RequiredText(QUESTION_MAX) question!: string;
  @Choice(URGENCIES) urgency!: AdviceUrgency;
  @Choice(CONTACT_PREFERENCES) contactPreference!: ContactPreference;
}
