/**
 * The life of an advice request. `unverified` is a visitor's request waiting for the e-mail
 * confirmation: it is not in the queue yet. The three closing statuses are final.
 */
export const ADVICE_STATUSES = [
  'unverified',
  'new',
  'assigned',
  'in_progress',
  'appointment',
  'completed',
  'referred',
  'closed',
] as const;
export type AdviceStatus = (typeof ADVICE_STATUSES)[number];

/** Statuses in the staff queue (verified, not closed). */
export const OPEN_STATUSES: readonly AdviceStatus[] = [
  'new',
  'assigned',
  'in_progress',
  'appointment',
];

/** Final statuses: afgerond, doorverwezen, gesloten zonder advies. */
export const CLOSED_STATUSES: readonly AdviceStatus[] = ['completed', 'referred', 'closed'];

export function isAdviceStatus(value: unknown): value is AdviceStatus {
  return typeof value === 'string' && (ADVICE_STATUSES as readonly string[]).includes(value);
}

export function isClosed(status: AdviceStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

export const URGENCIES = ['normal', 'soon', 'urgent'] as const;
export type AdviceUrgency = (typeof URGENCIES)[number];

export const CONTACT_PREFERENCES = ['email', 'phone', 'video', 'in_person'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

/** The limit of a question and of a message, shown beside the field and enforced by the server. */
export const QUESTION_MAX = 5000;
export const MESSAGE_MAX = 5000;
