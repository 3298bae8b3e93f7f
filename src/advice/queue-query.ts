import { parsePage } from '../common/views/pagination';
import { ADVICE_STATUSES, type AdviceStatus } from './advice-status';

export const QUEUE_PAGE_SIZE = 50;

/** The statuses a staff member can filter on (`unverified` is never in the queue). */
export const QUEUE_STATUSES = ADVICE_STATUSES.filter((s) => s !== 'unverified');

export type QueueStatusFilter = 'open' | 'all' | AdviceStatus;
/** `any`, `none` (no adviser yet), `mine`, or a user id. */
export type QueueAdviserFilter = 'any' | 'none' | 'mine' | number;

export interface QueueQuery {
  status: QueueStatusFilter;
  topicId: number | null;
  municipalityCode: string | null;
  adviser: QueueAdviserFilter;
  page: number;
}

function one(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function positiveId(value: string): number | null {
  if (!/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}

/**
 * The queue's filters from the query string (`status`, `onderwerp`, `gemeente`, `adviseur`,
 * `pagina`). Anything unknown falls back to the default, never an error.
 */
export function parseQueueQuery(query: Record<string, unknown>): QueueQuery {
  const status = one(query.status);
  const adviser = one(query.adviseur);
  const municipality = one(query.gemeente);
  return {
    status:
      status === 'all' || (QUEUE_STATUSES as readonly string[]).includes(status)
        ? (status as QueueStatusFilter)
        : 'open',
    topicId: positiveId(one(query.onderwerp)),
    municipalityCode: /^GM\d{4}$/.test(municipality) ? municipality : null,
    adviser: adviser === 'none' || adviser === 'mine' ? adviser : (positiveId(adviser) ?? 'any'),
    page: parsePage(query.pagina),
  };
}

/** The query back as strings, for the form's values and the pagination links. */
export function queueQueryValues(q: QueueQuery): Record<string, string> {
  return {
    status: q.status === 'open' ? '' : q.status,
    onderwerp: q.topicId ? String(q.topicId) : '',
    gemeente: q.municipalityCode ?? '',
    adviseur: q.adviser === 'any' ? '' : String(q.adviser),
  };
}
