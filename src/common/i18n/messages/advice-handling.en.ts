import type { adviceHandlingNl } from './advice-handling.nl';

/** Messages of Advies op Maat for staff: the queue, handling a request (adviser, statuses, notes, messages, appointments), topics, response times and the daily summary (en). */
export const adviceHandlingEn: Record<keyof typeof adviceHandlingNl, string> = {};
