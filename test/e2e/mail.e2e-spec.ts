import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { MailTransport } from '../../src/mail/mail-transport';
import { MailWorker } from '../../src/mail/mail-worker';
import { MailService } from '../../src/mail/mail.service';
import { OutboxRepository } from '../../src/mail/outbox.repository';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf } from '../utils/web-client';

async function queueMails(t: TestApp, count: number, prefix: string): Promise<void> {
  const mail = t.app.get(MailService);
  await t.app.get(TransactionRunner).run(async (m) => {
    for (let i = 0; i < count; i++) {
      await mail.queue(m, {
        to: `${prefix}${i}@example.nl`,
        template: 'password-changed',
        data: { name: `Ontvanger ${i}` },
      });
    }
  });
}

describe('mail over SMTP', () => {
  let t: TestApp;
  /** PostgreSQL: a second instance on the same database. SQLite is embedded (one instance). */
  let second: TestApp | null = null;
  before(async () => {
    t = await createTestApp({ smtp: true });
    if (t.config.database.type === 'postgres')
      second = await createTestApp({ shareDatabaseOf: t, smtpSink: t.smtp! });
  });
  after(async () => {
    await second?.close();
    await t.close();
  });

  it('sends an HTML and a plain-text version with a stable message id', async () => {
    await queueMails(t, 1, 'html');
    await t.deliverMail();
    const [mail] = t.smtp!.to('html0@example.nl');
    assert.match(mail.subject, /wachtwoord .* is gewijzigd/);
    assert.match(mail.html, /<p>Beste Ontvanger 0,<\/p>/);
    assert.match(mail.text, /Beste Ontvanger 0,/);
    const row = await t.dataSource
      .getRepository(OutboxMessage)
      .findOneByOrFail({ toAddress: 'html0@example.nl' });
    assert.equal(mail.messageId, `<outbox-${row.id}@jep.test>`);
    assert.equal(row.status, 'sent');
    assert.equal(row.transport, 'smtp');
  });

  it('retries a temporary SMTP failure with backoff, and delivers later', async () => {
    t.smtp!.failNext.push(451);
    await queueMails(t, 1, 'retry');
    await t.deliverMail();
    const repo = t.dataSource.getRepository(OutboxMessage);
    let row = await repo.findOneByOrFail({ toAddress: 'retry0@example.nl' });
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 1);
    assert.match(row.lastError ?? '', /451/);
    assert.ok(row.nextAttemptAt.getTime() > Date.now() + 20_000, 'waits before the next attempt');
    assert.equal(t.smtp!.to('retry0@example.nl').length, 0);

    await repo.update({ id: row.id }, { nextAttemptAt: new Date(Date.now() - 1000) });
    await t.deliverMail();
    row = await repo.findOneByOrFail({ id: row.id });
    assert.equal(row.status, 'sent');
    assert.equal(row.attempts, 2);
    assert.equal(t.smtp!.to('retry0@example.nl').length, 1);
  });

  it('marks a permanent failure and never tries it again', async () => {
    t.smtp!.failNext.push(550);
    await queueMails(t, 1, 'bounce');
    await t.deliverMail();
    const repo = t.dataSource.getRepository(OutboxMessage);
    const row = await repo.findOneByOrFail({ toAddress: 'bounce0@example.nl' });
    assert.equal(row.status, 'failed');
    await repo.update({ id: row.id }, { nextAttemptAt: new Date(Date.now() - 1000) });
    await t.deliverMail();
    assert.equal((await repo.findOneByOrFail({ id: row.id })).attempts, 1);
  });

  it('sends each message once when two workers (two instances on PostgreSQL) work the same outbox', async () => {
    await queueMails(t, 60, 'twice');
    const drains = second
      ? [() => t.deliverMail(), () => second!.deliverMail()]
      : [1, 2].map(() => {
          const worker = new MailWorker(
            new OutboxRepository(t.app.get(TransactionRunner)),
            t.app.get(MailTransport),
            t.config,
          );
          return () => worker.drain();
        });
    await Promise.all(drains.map((drain) => drain()));
    const received = t
      .smtp!.messages.filter((m) => m.to[0].startsWith('twice'))
      .map((m) => m.to[0]);
    assert.equal(received.length, 60);
    assert.equal(new Set(received).size, 60);
    const unsent = await t.dataSource.getRepository(OutboxMessage).countBy({ status: 'pending' });
    assert.equal(unsent, 0);
  });

  it('takes over a message left in "sending" by a crashed worker', async () => {
    await queueMails(t, 1, 'crash');
    const repo = t.dataSource.getRepository(OutboxMessage);
    const row = await repo.findOneByOrFail({ toAddress: 'crash0@example.nl' });
    await repo.update(
      { id: row.id },
      { status: 'sending', lockedBy: 'dead-worker', lockedAt: new Date(Date.now() - 11 * 60_000) },
    );
    await t.deliverMail();
    assert.equal((await repo.findOneByOrFail({ id: row.id })).status, 'sent');
  });
});

describe('local mailbox (no SMTP_URL)', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('keeps mail for admins to read, with the verification link clickable', async () => {
    const c = t.client();
    await c.submit('/registreren', {
      name: 'Nieuwe Gebruiker',
      email: 'nieuw@example.nl',
      password: 'een lange zin voor mij',
      passwordConfirm: 'een lange zin voor mij',
      organisation: 'Gemeente Utrecht',
      jobTitle: 'Beleidsadviseur',
      sector: 'gemeente',
      municipalityCode: 'GM0344',
    });
    assert.equal(await t.deliverMail(), 1);
    const row = await t.dataSource
      .getRepository(OutboxMessage)
      .findOneByOrFail({ toAddress: 'nieuw@example.nl' });
    assert.equal(row.status, 'sent');
    assert.equal(row.transport, 'local');

    const admin = await createUser(t.dataSource, { role: 'admin' });
    const a = t.client();
    await signIn(a, admin.email);
    const list = await a.get('/beheer/mailbox?aan=nieuw');
    assert.match(
      textOf(list.$, 'tbody'),
      /nieuw@example.nl.*Bevestig uw e-mailadres.*In de lokale mailbox/,
    );
    const mail = await a.get(list.$('tbody a').first().attr('href')!);
    const link = mail.$('pre.jep-mail-body a').attr('href')!;
    assert.match(link, /^http:\/\/jep.test\/account\/bevestigen\/[\w-]{40,}$/);
    assert.equal((await c.get(link.replace('http://jep.test', ''))).location, '/inloggen');

    const staff = await createUser(t.dataSource, { role: 'staff' });
    const s = t.client();
    await signIn(s, staff.email);
    assert.equal((await s.get('/beheer/mailbox')).status, 403, 'only admins read the mailbox');
  });
});
