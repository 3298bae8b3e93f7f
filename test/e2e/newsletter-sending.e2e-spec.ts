import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { NewsletterDelivery } from '../../src/newsletter/delivery.entity';
import { NewsletterIssue } from '../../src/newsletter/issue.entity';
import { NewsletterWorker } from '../../src/newsletter/newsletter-worker';
import { SendingService } from '../../src/newsletter/sending.service';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { signedInClient } from '../utils/factories';
import { createIssue, createSubscribers } from '../utils/newsletter-fixtures';
import { SmtpSink } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf } from '../utils/web-client';

const STAFF = { id: 0, email: 'redactie@platformjep.nl' };

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

describe('JEPzine sending', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let sending: SendingService;
  let worker: NewsletterWorker;

  before(async () => {
    sink = new SmtpSink();
    await sink.start();
    t = await createTestApp({ smtpSink: sink, env: { BASE_URL: 'https://jep.test' } });
    sending = t.app.get(SendingService);
    worker = t.app.get(NewsletterWorker);
  });

  after(async () => {
    await t.close();
    await sink.stop();
  });

  beforeEach(async () => {
    sink.messages.length = 0;
    sink.failNext.length = 0;
    await t.dataSource.query('DELETE FROM newsletter_deliveries');
    await t.dataSource.query('DELETE FROM newsletter_issues');
    await t.dataSource.query('DELETE FROM newsletter_consents');
    await t.dataSource.query('DELETE FROM newsletter_subscribers');
  });

  it('sends one message per subscriber with both parts, absolute links and the RFC 8058 headers', async () => {
    const subscribers = await createSubscribers(t.dataSource, 3);
    const issue = await createIssue(t.dataSource);
    const progress = await sending.sendNow(issue.id, STAFF);
    assert.equal(progress.total, 3);
    assert.equal(progress.status, 'sending');

    assert.equal(await worker.drain(), 3);
    assert.equal(sink.messages.length, 3);
    for (const subscriber of subscribers) {
      const [mail] = sink.to(subscriber.email);
      assert.ok(mail, `a message for ${subscriber.email}`);
      assert.equal(mail.subject, 'JEPzine: Samen tegen polarisatie');
      // The unsubscribe link is personal, https, and can be posted to (one-click).
      const unsubscribe = `https://jep.test/jepzine/afmelden/${subscriber.manageToken}`;
      assert.equal(mail.headers['list-unsubscribe'], `<${unsubscribe}>`);
      assert.equal(mail.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
      assert.equal(mail.messageId, `<jepzine-${issue.id}-${subscriber.id}@jep.test>`);
      // HTML: inline styles, absolute URLs, the visible unsubscribe link.
      assert.match(mail.html, /<h2 style="[^"]+">Wat werkt<\/h2>/);
      assert.match(mail.html, /href="https:\/\/jep\.test\/aanbod"/);
      assert.match(mail.html, /src="https:\/\/jep\.test\/images\/klas\.jpg"/);
      assert.ok(mail.html.includes(`href="${unsubscribe}"`));
      assert.ok(mail.html.includes('https://jep.test/jepzine/' + issue.slug));
      // Text: the same content, links written out.
      assert.match(mail.text, /Wat werkt\n=+/);
      assert.match(mail.text, /- Luisteren\n- Vragen stellen/);
      assert.match(mail.text, /Lees meer \(https:\/\/jep\.test\/aanbod\)/);
      assert.ok(mail.text.includes(`Afmelden: ${unsubscribe}`));
      assert.ok(mail.text.includes(`aangemeld met ${subscriber.email}`));
    }
    const done = await sending.progress(issue.id);
    assert.equal(done.status, 'sent');
    assert.equal(done.sent, 3);
    assert.equal(done.percent, 100);
    assert.ok(done.finishedAt);
  });

  it('sends only to subscribed addresses of the chosen audiences', async () => {
    await createSubscribers(t.dataSource, 2, { prefix: 'school', topics: 'onderwijs' });
    await createSubscribers(t.dataSource, 2, { prefix: 'gemeente', topics: 'gemeenten' });
    await createSubscribers(t.dataSource, 1, { prefix: 'alles' });
    await createSubscribers(t.dataSource, 1, { prefix: 'weg', status: 'unsubscribed' });
    await createSubscribers(t.dataSource, 1, { prefix: 'kapot', status: 'bounced' });
    await createSubscribers(t.dataSource, 1, { prefix: 'wacht', status: 'pending' });
    const issue = await createIssue(t.dataSource, { audiences: 'onderwijs' });
    assert.equal(await sending.recipientCount(['onderwijs']), 3);
    await sending.sendNow(issue.id, STAFF);
    await worker.drain();
    assert.deepEqual(sink.messages.map((m) => m.to[0]).sort(), [
      'alles-1@example.org',
      'school-1@example.org',
      'school-2@example.org',
    ]);
  });

  it('marks an address bounced on a 5xx and never sends to it again', async () => {
    await createSubscribers(t.dataSource, 3);
    const first = await createIssue(t.dataSource);
    sink.failNext.push(550);
    await sending.sendNow(first.id, STAFF);
    await worker.drain();
    assert.equal(sink.messages.length, 2);
    const bounced = await t.dataSource
      .getRepository(NewsletterSubscriber)
      .findBy({ status: 'bounced' });
    assert.equal(bounced.length, 1);
    assert.match(bounced[0].bounceReason ?? '', /Mailbox unavailable/);
    const failed = await t.dataSource
      .getRepository(NewsletterDelivery)
      .findOneByOrFail({ status: 'failed' });
    assert.equal(failed.subscriberId, bounced[0].id);
    const progress = await sending.progress(first.id);
    assert.deepEqual([progress.status, progress.sent, progress.failed], ['sent', 2, 1]);

    // Retrying the failed ones does not send to a bounced address.
    assert.equal(await sending.retryFailed(first.id, STAFF), 0);

    sink.messages.length = 0;
    const second = await createIssue(t.dataSource);
    await sending.sendNow(second.id, STAFF);
    await worker.drain();
    assert.equal(sink.messages.length, 2);
    assert.ok(!sink.messages.some((m) => m.to.includes(bounced[0].email)));
  });

  it('skips an address that unsubscribed after the issue was queued', async () => {
    const [stays, leaves] = await createSubscribers(t.dataSource, 2);
    const issue = await createIssue(t.dataSource);
    await sending.sendNow(issue.id, STAFF);
    await t.dataSource
      .getRepository(NewsletterSubscriber)
      .update(leaves.id, { status: 'unsubscribed', unsubscribedAt: new Date() });
    await worker.drain();
    assert.deepEqual(
      sink.messages.map((m) => m.to[0]),
      [stays.email],
    );
    const progress = await sending.progress(issue.id);
    assert.deepEqual([progress.status, progress.sent, progress.skipped], ['sent', 1, 1]);
  });

  it('retries after an SMTP outage and sends each message once', async () => {
    await createSubscribers(t.dataSource, 4);
    const down = new SmtpSink();
    await down.start();
    const port = down.port;
    await down.stop();
    const offline = await createTestApp({
      shareDatabaseOf: t,
      smtpSink: down,
      env: { BASE_URL: 'https://jep.test' },
    });
    try {
      const issue = await createIssue(offline.dataSource);
      await offline.app.get(SendingService).sendNow(issue.id, STAFF);
      const offlineWorker = offline.app.get(NewsletterWorker);
      assert.equal(await offlineWorker.drain(), 4);
      const waiting = await offline.dataSource
        .getRepository(NewsletterDelivery)
        .findBy({ issueId: issue.id });
      assert.deepEqual(
        waiting.map((d) => [d.status, d.attempts]),
        Array(4).fill(['queued', 1]),
      );
      assert.match(waiting[0].lastError ?? '', /ECONNREFUSED|connect/i);
      assert.ok(waiting[0].nextAttemptAt.getTime() > Date.now(), 'a backoff before the next try');
      assert.equal((await offline.app.get(SendingService).progress(issue.id)).status, 'sending');

      // The server is back and the backoff has passed.
      const back = new SmtpSink();
      await back.start(port);
      await offline.dataSource.query(
        'UPDATE newsletter_deliveries SET next_attempt_at = created_at',
      );
      try {
        await offlineWorker.drain();
        assert.equal(back.messages.length, 4);
        assert.ok([...countBy(back.messages, (m) => m.to[0]).values()].every((n) => n === 1));
        const progress = await offline.app.get(SendingService).progress(issue.id);
        assert.deepEqual([progress.status, progress.sent], ['sent', 4]);
      } finally {
        await offline.close();
        await back.stop();
      }
    } catch (error) {
      await offline.close().catch(() => undefined);
      throw error;
    }
  });

  it('gives up after the last attempt, and staff can retry only the failed ones', async () => {
    const [ok, flaky] = await createSubscribers(t.dataSource, 2);
    const issue = await createIssue(t.dataSource);
    await sending.sendNow(issue.id, STAFF);
    // Every attempt of the first message is answered "try again later".
    const attempts = t.config.newsletter.maxAttempts;
    sink.failNext.push(451);
    await worker.drain();
    for (let i = 1; i < attempts; i++) {
      sink.failNext.push(451);
      await t.dataSource.query(
        "UPDATE newsletter_deliveries SET next_attempt_at = created_at WHERE status = 'queued'",
      );
      await worker.drain();
    }
    const progress = await sending.progress(issue.id);
    assert.deepEqual([progress.status, progress.sent, progress.failed], ['sent', 1, 1]);
    const failed = await t.dataSource
      .getRepository(NewsletterDelivery)
      .findOneByOrFail({ status: 'failed' });
    assert.equal(failed.attempts, attempts);
    assert.match(failed.lastError ?? '', /Try again later/);
    const received = sink.messages.map((m) => m.to[0]);

    assert.equal(await sending.retryFailed(issue.id, STAFF), 1);
    await worker.drain();
    const after = sink.messages.map((m) => m.to[0]).slice(received.length);
    assert.equal(after.length, 1, 'only the failed one is sent again');
    assert.ok([ok.email, flaky.email].includes(after[0]));
    assert.ok(!received.includes(after[0]));
    assert.equal((await sending.progress(issue.id)).sent, 2);
  });

  it('sends nothing while paused, goes on after resume, and sends nothing more once cancelled', async () => {
    await createSubscribers(t.dataSource, 5);
    const issue = await createIssue(t.dataSource);
    await sending.sendNow(issue.id, STAFF);
    await sending.pause(issue.id, STAFF);
    assert.equal(await worker.drain(), 0);
    assert.equal(sink.messages.length, 0);
    await sending.resume(issue.id, STAFF);
    assert.equal(await worker.drain(), 5);
    assert.equal(sink.messages.length, 5);

    sink.messages.length = 0;
    const other = await createIssue(t.dataSource);
    await sending.sendNow(other.id, STAFF);
    await sending.cancel(other.id, STAFF);
    assert.equal(await worker.drain(), 0);
    assert.equal(sink.messages.length, 0);
    const progress = await sending.progress(other.id);
    assert.deepEqual([progress.status, progress.cancelled], ['cancelled', 5]);
    await assert.rejects(sending.resume(other.id, STAFF), /WRONG_STATE/);
  });

  it('starts a scheduled issue when its moment has come, once', async () => {
    await createSubscribers(t.dataSource, 2);
    const issue = await createIssue(t.dataSource);
    const at = new Date(Date.now() + 3600_000);
    await assert.rejects(
      sending.schedule(issue.id, new Date(Date.now() - 1000), STAFF),
      /SCHEDULE_IN_PAST/,
    );
    await sending.schedule(issue.id, at, STAFF);
    assert.equal(await sending.startDue(new Date()), 0);
    assert.equal((await sending.progress(issue.id)).status, 'scheduled');
    // The clock moves on: the moment has passed.
    await t.dataSource
      .getRepository(NewsletterIssue)
      .update(issue.id, { scheduledAt: new Date(Date.now() - 1000) });
    assert.equal(await sending.startDue(new Date()), 1);
    assert.equal(await sending.startDue(new Date()), 0, 'started once');
    await worker.drain();
    assert.equal(sink.messages.length, 2);
    const sent = await t.dataSource
      .getRepository(NewsletterIssue)
      .findOneByOrFail({ id: issue.id });
    assert.equal(sent.status, 'sent');
  });

  // Two instances on one SQLite file in one process would block each other's synchronous driver;
  // several instances are a PostgreSQL deployment (README, operations).
  it('shares the work between two instances on PostgreSQL without sending anything twice', async (ctx) => {
    if (t.config.database.type !== 'postgres') return ctx.skip('two instances run on PostgreSQL');
    await createSubscribers(t.dataSource, 300);
    // Two more instances with small batches, so that the work really is shared between them
    // (with the default batch the first claims could take everything before the other starts).
    const instance = () =>
      createTestApp({
        shareDatabaseOf: t,
        smtpSink: sink,
        env: { BASE_URL: 'https://jep.test', NEWSLETTER_BATCH_SIZE: '25' },
      });
    const [second, third] = [await instance(), await instance()];
    try {
      const issue = await createIssue(t.dataSource);
      await sending.sendNow(issue.id, STAFF);
      const workers = [second.app.get(NewsletterWorker), third.app.get(NewsletterWorker)];
      const handled = await Promise.all(workers.map((w) => w.drain()));
      assert.equal(sink.messages.length, 300);
      const perRecipient = countBy(sink.messages, (m) => m.to[0]);
      assert.equal(perRecipient.size, 300);
      assert.ok(
        [...perRecipient.values()].every((n) => n === 1),
        'nobody twice',
      );
      assert.equal(
        handled.reduce((a, b) => a + b, 0),
        300,
      );
      assert.ok(
        handled.every((n) => n > 0),
        `both instances sent (${handled.join(' + ')})`,
      );
      assert.equal((await sending.progress(issue.id)).status, 'sent');
    } finally {
      await second.close();
      await third.close();
    }
  });
});

describe('JEPzine without SMTP_URL (development)', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
  });

  after(() => t.close());

  it('keeps every message of an issue in the local mailbox, where an admin reads it', async () => {
    const [first] = await createSubscribers(t.dataSource, 2, { prefix: 'lokaal' });
    const issue = await createIssue(t.dataSource);
    await t.app.get(SendingService).sendNow(issue.id, STAFF);
    assert.equal(await t.app.get(NewsletterWorker).drain(), 2);
    assert.equal((await t.app.get(SendingService).progress(issue.id)).status, 'sent');

    const { client: admin } = await signedInClient(() => t.client(), t.dataSource, 'admin');
    const list = await admin.get('/beheer/mailbox?aan=lokaal-1');
    assert.match(textOf(list.$, 'main'), /lokaal-1@example\.org.*JEPzine: Samen tegen polarisatie/);
    const link = list.$('main a[href^="/beheer/mailbox/"]').first().attr('href')!;
    const message = await admin.get(link);
    assert.equal(message.status, 200);
    assert.ok(
      message.text.includes(`/jepzine/afmelden/${first.manageToken}`),
      'the personal unsubscribe link is in the kept message',
    );
  });
});
