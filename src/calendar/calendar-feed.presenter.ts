import type { Locale } from '../common/i18n/i18n';
import { formatDateTime, isoDateTime } from '../common/views/format';
import type { FeedStatus } from './calendar-feed.service';

export interface FeedUrls {
  /** The address as the site serves it (https in production), for copying. */
  http: string;
  /** The same address as webcal://, which opens the calendar app to subscribe. */
  webcal: string;
}

/** The two forms of a feed's address; the token is URL-safe (base64url). */
export function feedUrls(baseUrl: string, token: string): FeedUrls {
  const http = `${baseUrl.replace(/\/+$/, '')}/agenda/${token}.ics`;
  return { http, webcal: http.replace(/^https?:\/\//, 'webcal://') };
}

/** `/mijn/agenda`: what the feed is, and whether the user has one. */
export function feedPage(status: FeedStatus | null, locale: Locale) {
  return {
    pageTitle: 'calendar.page.title',
    feed: status
      ? {
          created: formatDateTime(status.createdAt, locale),
          createdIso: isoDateTime(status.createdAt),
          lastUsed: status.lastUsedAt ? formatDateTime(status.lastUsedAt, locale) : null,
          lastUsedIso: status.lastUsedAt ? isoDateTime(status.lastUsedAt) : null,
        }
      : null,
  };
}

/** The page after creating an address: the only time the address is shown. */
export function createdPage(baseUrl: string, token: string, replaced: boolean) {
  return { pageTitle: 'calendar.created.title', urls: feedUrls(baseUrl, token), replaced };
}
