/** Messages of Advies op Maat for staff: the queue, handling a request (adviser, statuses, notes, messages, appointments), topics, response times and the daily summary (nl). */
export const adviceHandlingNl = {};
