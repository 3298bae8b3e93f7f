/**
 * The audiences a subscriber can choose and an issue can be sent to. Stored as a sorted,
 * comma-separated list of these keys; an empty list means "everything" (subscriber) or
 * "everyone" (issue). Labels: `newsletter.topic.<key>`.
 */
export const NEWSLETTER_TOPICS = [
  'onderwijs',
  'jongerenwerk',
  'gemeenten',
  'zorg-en-welzijn',
  'veiligheid',
] as const;

export type NewsletterTopic = (typeof NEWSLETTER_TOPICS)[number];

export function isTopic(value: unknown): value is NewsletterTopic {
  return typeof value === 'string' && (NEWSLETTER_TOPICS as readonly string[]).includes(value);
}

/** Any form value (one string, several, nothing) → the stored list, unknown keys dropped. */
export function topicList(value: unknown): NewsletterTopic[] {
  const values = Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value];
  return NEWSLETTER_TOPICS.filter((topic) => values.includes(topic));
}

export function encodeTopics(topics: readonly string[]): string {
  return NEWSLETTER_TOPICS.filter((topic) => topics.includes(topic)).join(',');
}

export function decodeTopics(stored: string | null | undefined): NewsletterTopic[] {
  return stored ? topicList(stored.split(',')) : [];
}

/** Does a subscriber with these topics get an issue for these audiences? */
export function topicsMatch(subscriber: readonly string[], audiences: readonly string[]): boolean {
  return (
    subscriber.length === 0 ||
    audiences.length === 0 ||
    audiences.some((audience) => subscriber.includes(audience))
  );
}
