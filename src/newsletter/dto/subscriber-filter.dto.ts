import { parsePage } from '../../common/views/pagination';
import { SUBSCRIBER_STATUSES, SubscriberStatus } from '../subscriber.entity';
import { isTopic, NewsletterTopic } from '../topics';

/** The subscriber list's filter, from the query string: `q`, `status`, `onderwerp`, `pagina`. */
export interface SubscriberFilter {
  /** part of the e-mail address or the name */
  q?: string;
  status?: SubscriberStatus;
  /** subscribers who receive this topic: who chose it, and who chose nothing (everything) */
  topic?: NewsletterTopic;
  page: number;
}

/** Query strings are parsed leniently: anything unexpected is ignored, never an error page. */
export function parseSubscriberFilter(query: Record<string, unknown>): SubscriberFilter {
  const q = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : '';
  const status = SUBSCRIBER_STATUSES.find((s) => s === query.status);
  const topic = isTopic(query.onderwerp) ? query.onderwerp : undefined;
  return { q: q || undefined, status, topic, page: parsePage(query.pagina) };
}

/** The filter as query parameters, for links that keep it (pages, the CSV export). */
export function filterQuery(filter: SubscriberFilter): Record<string, string | undefined> {
  return { q: filter.q, status: filter.status, onderwerp: filter.topic };
}
