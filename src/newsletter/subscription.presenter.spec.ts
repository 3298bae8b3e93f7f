import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasMessage } from '../common/i18n/i18n';
import type { NewsletterSubscriber } from './subscriber.entity';
import { preferencesValues, subscriptionView, topicOptions } from './subscription.presenter';

function subscriber(fields: Partial<NewsletterSubscriber>): NewsletterSubscriber {
  return {
    email: 'lid@example.nl',
    name: null,
    status: 'subscribed',
    topics: '',
    ...fields,
  } as NewsletterSubscriber;
}

describe('subscription presenter', () => {
  it('labels every topic with a message that exists', () => {
    const options = topicOptions();
    assert.equal(options.length, 5);
    for (const o of options) assert.ok(hasMessage(o.label), o.label);
  });

  it('says what each status means, and only an unsubscribed address has nothing to stop', () => {
    for (const status of ['pending', 'subscribed', 'unsubscribed', 'bounced'] as const) {
      const view = subscriptionView(subscriber({ status }));
      assert.ok(hasMessage(view.statusLabel) && hasMessage(view.statusText), status);
      assert.equal(view.canUnsubscribe, status !== 'unsubscribed');
      assert.equal(view.subscribed, status === 'subscribed');
    }
  });

  it('lists the chosen topics, none meaning everything', () => {
    assert.deepEqual(subscriptionView(subscriber({ topics: 'onderwijs,veiligheid' })).topicLabels, [
      'newsletter.topic.onderwijs',
      'newsletter.topic.veiligheid',
    ]);
    assert.deepEqual(subscriptionView(subscriber({ topics: '' })).topicLabels, []);
    assert.deepEqual(preferencesValues(subscriber({ name: 'Sanne', topics: 'gemeenten' })), {
      name: 'Sanne',
      topics: ['gemeenten'],
    });
  });
});
