import type { User } from '../accounts/user.entity';
import type { Locale } from '../common/i18n/i18n';
import { CONTACT_PREFERENCES, QUESTION_MAX, URGENCIES } from './advice-status';
import type { AdviceTopic } from './advice-topic.entity';

/** The choices of the /advies form: the active topics in the page's language, urgency, contact. */
export function askOptions(topics: AdviceTopic[], locale: Locale) {
  return {
    topicOptions: topics
      .filter((t) => t.active)
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((t) => ({ value: String(t.id), label: locale === 'en' ? t.nameEn : t.nameNl })),
    urgencyOptions: URGENCIES.map((u) => ({ value: u, label: `advice.urgency.${u}` })),
    contactOptions: CONTACT_PREFERENCES.map((c) => ({ value: c, label: `advice.contact.${c}` })),
    questionMax: QUESTION_MAX,
  };
}

/**
 * The form's first values: a signed-in user's from their account (their address is verified and
 * not typed again), a visitor's empty; no hurry and e-mail unless chosen otherwise.
 */
export function askValues(
  user: Pick<User, 'name' | 'email' | 'organisation' | 'jobTitle' | 'municipalityCode'> | null,
): Record<string, string> {
  return {
    name: user?.name ?? '',
    email: user?.email ?? '',
    phone: '',
    organisation: user?.organisation ?? '',
    role: user?.jobTitle ?? '',
    municipalityCode: user?.municipalityCode ?? '',
    topicId: '',
    question: '',
    urgency: 'normal',
    contactPreference: 'email',
  };
}
