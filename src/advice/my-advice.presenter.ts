import type { Locale } from '../common/i18n/i18n';
import { formatDate, isoDateTime } from '../common/views/format';
import type { AdviceRequest } from './advice-request.entity';
import { isClosed } from './advice-status';

/** Where a signed-in user asks a new question. */
export const ASK_ADVICE_PATH = '/advies';

/**
 * The /mijn section "Mijn adviesvragen": one row per request (reference, topic, status, the date
 * it was asked, a link to it), open ones marked, and always the link to ask a (new) question.
 */
export function myAdviceSection(requests: AdviceRequest[], locale: Locale) {
  return {
    askHref: ASK_ADVICE_PATH,
    askLabel: requests.length ? 'advice.mine.askAnother' : 'advice.mine.ask',
    rows: requests.map((r) => {
      const submitted = r.submittedAt ?? r.createdAt;
      return {
        href: `/mijn/advies/${r.id}`,
        reference: r.reference,
        topic: (locale === 'en' ? r.topic?.nameEn : r.topic?.nameNl) ?? '',
        status: r.status,
        statusLabel: `advice.status.${r.status}`,
        open: !isClosed(r.status),
        submitted: formatDate(submitted, locale),
        submittedIso: isoDateTime(submitted),
      };
    }),
  };
}
