import { Locale, MessageKey, translate } from '../common/i18n/i18n';

/**
 * The version of the consent text on the subscribe form and on /mijn/jepzine. Change it whenever
 * the text (either language) changes, so each stored consent says which text was agreed to.
 */
export const CONSENT_VERSION = 'jepzine-2026-12';

/** What the form shows above the consent checkbox (and /mijn/jepzine above its button). */
export const CONSENT_TEXT_KEY: MessageKey = 'newsletterSubscription.consent.text';
/** The checkbox's label on the form, and the button's label on /mijn/jepzine. */
export const CONSENT_LABEL_KEY: MessageKey = 'newsletterSubscription.consent.label';

/** The consent exactly as shown in `locale`: the text, then what the person ticked or pressed. */
export function consentText(locale: Locale): string {
  return `${translate(locale, CONSENT_TEXT_KEY)}\n${translate(locale, CONSENT_LABEL_KEY)}`;
}
