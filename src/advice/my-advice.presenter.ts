import type { Locale } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import type { AdviceRequest } from './advice-request.entity';

/** The /mijn section "Mijn adviesvragen": one row per request with its status. */
export function myAdviceSection(requests: AdviceRequest[], locale: Locale) {
  return {
    rows: requests.map((r) => ({
      href: `/mijn/advies/${r.id}`,
      reference: r.reference,
      topic: locale === 'en' ? r.topic?.nameEn : r.topic?.nameNl,
      statusLabel: `advice.status.${r.status}`,
      submitted: formatDate(r.submittedAt ?? r.createdAt, locale),
    })),
  };
}
