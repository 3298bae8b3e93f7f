import type { Locale } from '../common/i18n/i18n';
import { formatDate, isoDateTime } from '../common/views/format';
import { isOutdated } from './freshness';
import type { NetworkOrganisation } from './organisation.entity';

export const FRESHNESS_PATH = '/netwerk/actueel';
export const FRESHNESS_DONE_PATH = `${FRESHNESS_PATH}/bedankt`;

/** GET /netwerk/actueel/:token: the listing in short and the button that confirms it. */
export function freshnessConfirmPage(
  organisation: NetworkOrganisation,
  token: string,
  locale: Locale,
  now = new Date(),
) {
  return {
    pageTitle: 'networkFreshness.confirm.title',
    organisation: {
      name: organisation.name,
      summary: organisation.summary,
      city: organisation.city ?? '',
      href: `/netwerk/${organisation.slug}`,
      editHref: `/mijn/organisatie/${organisation.id}/bewerken`,
      confirmedAt: formatDate(organisation.confirmedAt, locale),
      confirmedAtIso: isoDateTime(organisation.confirmedAt),
      outdated: isOutdated(organisation.confirmedAt, now),
    },
    action: `${FRESHNESS_PATH}/${encodeURIComponent(token)}`,
  };
}
