import type { MessageKey } from '../common/i18n/i18n';
import type { NewsletterSubscriber, SubscriberStatus } from './subscriber.entity';
import { decodeTopics, NEWSLETTER_TOPICS } from './topics';

export interface TopicOption {
  value: string;
  label: string;
}

/** The topic checkboxes, in the order of NEWSLETTER_TOPICS. */
export function topicOptions(): TopicOption[] {
  return NEWSLETTER_TOPICS.map((value) => ({ value, label: `newsletter.topic.${value}` }));
}

const STATUS_TEXT: Record<SubscriberStatus, MessageKey> = {
  pending: 'newsletterSubscription.status.pending',
  subscribed: 'newsletterSubscription.status.subscribed',
  unsubscribed: 'newsletterSubscription.status.unsubscribed',
  bounced: 'newsletterSubscription.status.bounced',
};

export interface SubscriptionView {
  email: string;
  status: SubscriberStatus;
  /** `newsletter.subscriberStatus.<status>` */
  statusLabel: string;
  /** One sentence about what the status means for this person. */
  statusText: MessageKey;
  /** Topic label keys; empty means everything. */
  topicLabels: string[];
  subscribed: boolean;
  /** Pending, subscribed or bounced: there is something to unsubscribe from. */
  canUnsubscribe: boolean;
}

export function subscriptionView(subscriber: NewsletterSubscriber): SubscriptionView {
  return {
    email: subscriber.email,
    status: subscriber.status,
    statusLabel: `newsletter.subscriberStatus.${subscriber.status}`,
    statusText: STATUS_TEXT[subscriber.status],
    topicLabels: decodeTopics(subscriber.topics).map((t) => `newsletter.topic.${t}`),
    subscribed: subscriber.status === 'subscribed',
    canUnsubscribe: subscriber.status !== 'unsubscribed',
  };
}

/** The preferences form filled with what is stored. */
export function preferencesValues(subscriber: NewsletterSubscriber): Record<string, unknown> {
  return { name: subscriber.name ?? '', topics: decodeTopics(subscriber.topics) };
}
