import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { In } from 'typeorm';
import { AccountToken } from '../../src/accounts/account-token.entity';
import { LoginThrottle } from '../../src/accounts/login-throttle.entity';
import { SessionRecord } from '../../src/accounts/session.entity';
import { User } from '../../src/accounts/user.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { JobRunner } from '../../src/jobs/job-runner';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { NewsletterImport } from '../../src/newsletter/subscriber-import.entity';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { RetentionSetting } from '../../src/retention/retention-setting.entity';
import { RetentionService } from '../../src/retention/retention.service';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { createEdition, createEnrolment } from '../utils/enrolment-fixtures';
import { createUser, signedInClient } from '../utils/factories';
import { textOf } from '../utils/web-client';
import { createTestApp, TestApp } from '../utils/test-app';

const DAY = 86_400_000;
const MINUTE = 60_000;
// A fixed moment; every row below lies one minute either side of its kind's boundary.
const NOW = new Date('2026-03-15T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe('retention: the job removes only what has expired', () => {
  let t: TestApp;
  let service: RetentionService;
  const ids: Record<string, number> = {};

  async function setCreatedAt(
    entity: 'users' | 'imports' | 'subscribers' | 'audit' | 'advice',
    id: number,
    at: Date,
  ) {
    const target = {
      users: User,
      imports: NewsletterImport,
      subscribers: NewsletterSubscriber,
      audit: AuditEntry,
      advice: AdviceRequest,
    }[entity];
    await t.dataSource
      .createQueryBuilder()
      .update(target)
      .set({ createdAt: at })
      .where({ id })
      .execute();
  }

  async function unverifiedUser(name: string, createdAt: Date) {
    const user = await createUser(t.dataSource, { name, emailVerifiedAt: null, passwordHash: '' });
    await setCreatedAt('users', user.id, createdAt);
    return user;
  }

  before(async () => {
    t = await createTestApp();
    service = t.app.get(RetentionService);
    const staff = await createUser(t.dataSource, { role: 'staff' });
    const active = await createUser(t.dataSource, { name: 'Actief Account' });
    await setCreatedAt('users', active.id, ago(400 * DAY));
    ids.active = active.id;

    // Unfinished accounts (30 days after creation).
    ids.unfinishedOld = (await unverifiedUser('Oud onaf', ago(30 * DAY + MINUTE))).id;
    ids.unfinishedNew = (await unverifiedUser('Nieuw onaf', ago(30 * DAY - MINUTE))).id;
    const inUse = await unverifiedUser('Onaf met aanvraag', ago(60 * DAY));
    await createAdviceRequest(t.dataSource, { requester: inUse, status: 'new' });
    ids.unfinishedInUse = inUse.id;

    // Sessions (at expiry).
    const session = (sid: string, expiresAt: Date) =>
      t.dataSource.getRepository(SessionRecord).insert({
        sid,
        userId: active.id,
        data: '{}',
        expiresAt,
      });
    await session('expired-session', ago(MINUTE));
    await session('live-session', new Date(NOW.getTime() + MINUTE));

    // Account tokens (30 days after use or expiry).
    const token = async (name: string, usedAt: Date | null, expiresAt: Date) => {
      const saved = await t.dataSource.getRepository(AccountToken).save({
        userId: active.id,
        purpose: 'reset_password',
        tokenHash: randomBytes(32).toString('hex'),
        newEmail: null,
        usedAt,
        expiresAt,
      });
      ids[name] = saved.id;
    };
    await token('usedOld', ago(30 * DAY + MINUTE), ago(29 * DAY));
    await token('usedNew', ago(30 * DAY - MINUTE), ago(29 * DAY));
    await token('expiredOld', null, ago(30 * DAY + MINUTE));
    await token('expiredNew', null, ago(30 * DAY - MINUTE));

    // Throttle rows (1 day after the longest window of 1 day).
    const throttle = (key: string, windowStartedAt: Date, lockedUntil: Date | null) =>
      t.dataSource
        .getRepository(LoginThrottle)
        .insert({ key, failures: 3, windowStartedAt, lockedUntil });
    await throttle('account:oud@example.nl', ago(2 * DAY + MINUTE), null);
    await throttle('account:nieuw@example.nl', ago(2 * DAY - MINUTE), null);
    await throttle('address:lock-ended', ago(5 * DAY), ago(DAY + MINUTE));
    await throttle('address:lock-recent', ago(5 * DAY), ago(DAY - MINUTE));

    // Outbox bodies (90 days after sending).
    const mail = async (name: string, status: 'sent' | 'pending', sentAt: Date | null) => {
      const saved = await t.dataSource.getRepository(OutboxMessage).save({
        toAddress: `${name}@example.nl`,
        subject: `Onderwerp ${name}`,
        template: 'test',
        bodyText: `Tekst voor ${name}`,
        bodyHtml: `<p>Tekst voor ${name}</p>`,
        calendar: null,
        headers: null,
        status,
        attempts: 0,
        nextAttemptAt: ago(100 * DAY),
        lockedBy: null,
        lockedAt: null,
        lastError: null,
        transport: 'smtp',
        sentAt,
      });
      ids[name] = saved.id;
    };
    await mail('mailOld', 'sent', ago(90 * DAY + MINUTE));
    await mail('mailNew', 'sent', ago(90 * DAY - MINUTE));
    await mail('mailPending', 'pending', null);

    // Audit entries (730 days after recording).
    const entry = async (name: string, at: Date) => {
      const saved = await t.dataSource.getRepository(AuditEntry).save({
        actorId: staff.id,
        actorEmail: staff.email,
        action: 'test.old',
        subjectType: null,
        subjectId: null,
        detail: null,
      });
      await setCreatedAt('audit', saved.id, at);
      ids[name] = saved.id;
    };
    await entry('auditOld', ago(730 * DAY + MINUTE));
    await entry('auditNew', ago(730 * DAY - MINUTE));

    // Unconfirmed advice requests (7 days, the advice module's own clean-up).
    const advice = async (name: string, at: Date) => {
      const { request } = await createAdviceRequest(t.dataSource, { status: 'unverified' });
      await setCreatedAt('advice', request.id, at);
      ids[name] = request.id;
    };
    await advice('adviceOld', ago(7 * DAY + MINUTE));
    await advice('adviceNew', ago(7 * DAY - MINUTE));

    // Unconfirmed subscriptions (30 days after the last confirmation mail).
    const subscriber = async (
      name: string,
      status: 'pending' | 'subscribed',
      createdAt: Date,
      confirmSentAt: Date | null,
    ) => {
      const saved = await t.dataSource.getRepository(NewsletterSubscriber).save({
        email: `${name.toLowerCase()}@example.nl`,
        name: null,
        status,
        topics: '',
        locale: 'nl',
        manageToken: randomBytes(24).toString('hex'),
        confirmTokenHash: status === 'pending' ? randomBytes(32).toString('hex') : null,
        confirmSentAt,
        userId: null,
        subscribedAt: status === 'subscribed' ? ago(100 * DAY) : null,
        unsubscribedAt: null,
        bouncedAt: null,
        bounceReason: null,
      });
      await setCreatedAt('subscribers', saved.id, createdAt);
      ids[name] = saved.id;
    };
    await subscriber('pendingOld', 'pending', ago(30 * DAY + MINUTE), null);
    await subscriber('pendingNew', 'pending', ago(30 * DAY - MINUTE), null);
    await subscriber('pendingResent', 'pending', ago(60 * DAY), ago(30 * DAY - MINUTE));
    await subscriber('pendingResentOld', 'pending', ago(60 * DAY), ago(30 * DAY + MINUTE));
    await subscriber('subscribedOld', 'subscribed', ago(300 * DAY), null);

    // Unapplied imports (7 days, the newsletter's own clean-up).
    const upload = async (name: string, at: Date) => {
      const saved = await t.dataSource.getRepository(NewsletterImport).save({
        createdBy: staff.id,
        filename: `${name}.csv`,
        content: 'email\nabonnee@example.nl\n',
        report: '{}',
        appliedAt: null,
      });
      await setCreatedAt('imports', saved.id, at);
      ids[name] = saved.id;
    };
    await upload('importOld', ago(7 * DAY + MINUTE));
    await upload('importNew', ago(7 * DAY - MINUTE));
  });

  after(() => t.close());

  it('removes each kind just past its boundary and keeps what is just inside it', async () => {
    const counts = await service.apply(NOW);
    assert.deepEqual(counts, {
      unfinishedAccounts: 1,
      sessions: 1,
      accountTokens: 2,
      loginThrottles: 2,
      outboxBodies: 1,
      auditLog: 1,
      unconfirmedAdvice: 1,
      unconfirmedSubscriptions: 2,
      unappliedImports: 1,
    });

    const users = await t.dataSource.getRepository(User).findBy({
      id: In([ids.unfinishedOld, ids.unfinishedNew, ids.unfinishedInUse, ids.active]),
    });
    assert.deepEqual(
      users.map((u) => u.id).sort((a, b) => a - b),
      [ids.active, ids.unfinishedNew, ids.unfinishedInUse].sort((a, b) => a - b),
    );

    const sessions = await t.dataSource.getRepository(SessionRecord).find();
    assert.deepEqual(
      sessions.map((s) => s.sid).filter((s) => s.endsWith('-session')),
      ['live-session'],
    );

    const tokens = await t.dataSource.getRepository(AccountToken).find();
    assert.deepEqual(
      tokens.map((tk) => tk.id).sort((a, b) => a - b),
      [ids.usedNew, ids.expiredNew].sort((a, b) => a - b),
    );

    const throttles = await t.dataSource.getRepository(LoginThrottle).find();
    assert.deepEqual(throttles.map((r) => r.key).sort(), [
      'account:nieuw@example.nl',
      'address:lock-recent',
    ]);

    const mails = await t.dataSource.getRepository(OutboxMessage).findBy({
      id: In([ids.mailOld, ids.mailNew, ids.mailPending]),
    });
    const byId = new Map(mails.map((m) => [m.id, m]));
    assert.equal(mails.length, 3, 'the delivery record stays');
    assert.equal(byId.get(ids.mailOld)!.bodyText, '');
    assert.equal(byId.get(ids.mailOld)!.bodyHtml, '');
    assert.equal(byId.get(ids.mailOld)!.subject, 'Onderwerp mailOld');
    assert.equal(byId.get(ids.mailNew)!.bodyText, 'Tekst voor mailNew');
    assert.equal(byId.get(ids.mailPending)!.bodyText, 'Tekst voor mailPending');

    const audit = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'test.old' });
    assert.deepEqual(
      audit.map((a) => a.id),
      [ids.auditNew],
    );

    const advice = await t.dataSource
      .getRepository(AdviceRequest)
      .findBy({ id: In([ids.adviceOld, ids.adviceNew]) });
    assert.deepEqual(
      advice.map((a) => a.id),
      [ids.adviceNew],
    );

    const subscribers = await t.dataSource.getRepository(NewsletterSubscriber).find();
    assert.deepEqual(
      subscribers.map((s) => s.id).sort((a, b) => a - b),
      [ids.pendingNew, ids.pendingResent, ids.subscribedOld].sort((a, b) => a - b),
    );

    const imports = await t.dataSource.getRepository(NewsletterImport).find();
    assert.deepEqual(
      imports.map((i) => i.id),
      [ids.importNew],
    );

    const applied = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'retention.applied' });
    assert.equal(applied.length, 1);
    assert.deepEqual(JSON.parse(applied[0].detail!), counts);
    assert.equal(applied[0].actorId, null, 'the job acts as nobody');
  });

  it('is idempotent: a second run, also through the job runner, removes nothing and records nothing', async () => {
    assert.deepEqual(await service.apply(NOW), {});
    const runs = await t.app.get(JobRunner).runAll(NOW);
    assert.equal(runs['retention.apply'], 0);
    const applied = await t.dataSource
      .getRepository(AuditEntry)
      .countBy({ action: 'retention.applied' });
    assert.equal(applied, 1);
  });

  it('a shorter period set by an admin changes the outcome', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin' });
    assert.equal(
      await service.update(admin, { ...(await formValues(service)), outboxBodies: '30' }),
      1,
    );
    assert.deepEqual(await service.apply(NOW), { outboxBodies: 1 });
    const mail = await t.dataSource
      .getRepository(OutboxMessage)
      .findOneByOrFail({ id: ids.mailNew });
    assert.equal(mail.bodyText, '');
  });

  it('the scheduled job runs again only a day after a run that removed something', async () => {
    const realNow = new Date();
    await t.dataSource.getRepository(SessionRecord).insert({
      sid: 'just-expired',
      userId: null,
      data: '{}',
      expiresAt: new Date(realNow.getTime() - MINUTE),
    });
    await t.dataSource.getRepository(AuditEntry).save({
      actorId: null,
      actorEmail: null,
      action: 'retention.applied',
      subjectType: null,
      subjectId: null,
      detail: JSON.stringify({ sessions: 1 }),
    });
    const runner = t.app.get(JobRunner);
    assert.equal((await runner.runAll(realNow))['retention.apply'], 0);
    assert.ok(await t.dataSource.getRepository(SessionRecord).existsBy({ sid: 'just-expired' }));
    const tomorrow = new Date(realNow.getTime() + DAY);
    assert.ok((await runner.runAll(tomorrow))['retention.apply'] >= 1);
    assert.equal(
      await t.dataSource.getRepository(SessionRecord).existsBy({ sid: 'just-expired' }),
      false,
    );
  });
});

describe('retention: inactive accounts', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ smtp: true });
  });
  after(() => t.close());

  it('deletes accounts nobody used for the period, except staff and people with a coming place', async () => {
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const make = (role: User['role'], lastLogin: Date) =>
      createUser(t.dataSource, { role, lastLoginAt: lastLogin, createdAt: daysAgo(2000) });
    const gone = await make('professional', daysAgo(1096));
    const recent = await make('professional', daysAgo(1094));
    const staff = await make('staff', daysAgo(2000));
    const booked = await make('professional', daysAgo(2000));
    const { edition } = await createEdition(t.dataSource);
    await createEnrolment(t.dataSource, edition.id, booked.id);
    const service = t.app.get(RetentionService);
    const counts = await service.apply(now);
    assert.equal(counts.inactiveAccounts, 1);
    const users = t.dataSource.getRepository(User);
    const erased = await users.findOneByOrFail({ id: gone.id });
    assert.ok(erased.anonymisedAt, 'the inactive account is deleted');
    assert.equal(erased.name, '');
    assert.notEqual(erased.email, gone.email);
    for (const kept of [recent, staff, booked])
      assert.equal((await users.findOneByOrFail({ id: kept.id })).anonymisedAt, null);
    const entry = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'account.deleted', subjectId: String(gone.id) });
    assert.equal(entry.actorId, null, 'deleted by the job, not by a person');
    assert.deepEqual(await service.apply(now), {}, 'a second run deletes nothing');
  });
});

/** Every editable kind's current period as the form would post it. */
async function formValues(service: RetentionService): Promise<Record<string, string>> {
  const periods = await service.periods();
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(periods)) values[key] = String(value);
  return values;
}

describe('retention: the admin page', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('is for admins only', async () => {
    const staff = await signedInClient(() => t.client(), t.dataSource, 'staff');
    assert.equal((await staff.client.get('/beheer/bewaartermijnen')).status, 403);
    const professional = await signedInClient(() => t.client(), t.dataSource, 'professional');
    assert.equal((await professional.client.get('/beheer/bewaartermijnen')).status, 403);
    const visitor = await t.client().get('/beheer/bewaartermijnen');
    assert.notEqual(visitor.status, 200);
    assert.equal(await t.dataSource.getRepository(RetentionSetting).count(), 0);
  });

  it('lists every kind with its default and current period', async () => {
    const { client } = await signedInClient(() => t.client(), t.dataSource, 'admin');
    const page = await client.get('/beheer/bewaartermijnen');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '#kind-outboxBodies'), /Inhoud van verstuurde e-mails/);
    assert.match(textOf(page.$, '#kind-outboxBodies'), /90 dagen na het versturen/);
    assert.match(textOf(page.$, '#kind-closedAdvice'), /2 jaar na het afronden/);
    assert.match(textOf(page.$, '#kind-auditLog'), /2 jaar na het vastleggen/);
    assert.match(textOf(page.$, '#kind-sessions'), /direct na het verlopen/);
    assert.equal(page.$('tbody tr[id^="kind-"]').length, 11);
    assert.equal(page.$('#field-outboxBodies').attr('value'), '90');
    assert.equal(page.$('#field-sessions').length, 0, 'a fixed period has no field');
  });

  it('refuses bad periods with a message at the field, and changes nothing', async () => {
    const { client } = await signedInClient(() => t.client(), t.dataSource, 'admin');
    const form = await client.get('/beheer/bewaartermijnen');
    const values: Record<string, string> = {};
    form.$('form[action="/beheer/bewaartermijnen"] input[type="text"]').each((_, el) => {
      values[form.$(el).attr('name')!] = form.$(el).attr('value')!;
    });
    for (const bad of ['3', 'abc', '99999', '-5', '12.5', '<script>alert(1)</script>']) {
      const page = await client.submit('/beheer/bewaartermijnen', {
        ...values,
        outboxBodies: bad,
        auditLog: '400',
      });
      assert.equal(page.status, 422, bad);
      assert.match(textOf(page.$, '#field-outboxBodies-error'), /van 7 tot en met 730/, bad);
      assert.equal(page.$('#field-outboxBodies').attr('aria-invalid'), 'true');
      assert.doesNotMatch(page.text, /<script>alert/);
      assert.match(textOf(page.$, '.jep-error-summary'), /Inhoud van verstuurde e-mails/);
    }
    const missing = await client.submit('/beheer/bewaartermijnen', { auditLog: '400' });
    assert.equal(missing.status, 422);
    assert.equal(await t.dataSource.getRepository(RetentionSetting).count(), 0);
  });

  it('saves periods with an audit entry, and "Nu toepassen" runs the job at once', async () => {
    const { client, user } = await signedInClient(() => t.client(), t.dataSource, 'admin');
    const sent = await t.dataSource.getRepository(OutboxMessage).save({
      toAddress: 'iemand@example.nl',
      subject: 'Een oud bericht',
      template: 'test',
      bodyText: 'Persoonlijke tekst',
      bodyHtml: '<p>Persoonlijke tekst</p>',
      calendar: null,
      headers: null,
      status: 'sent',
      attempts: 1,
      nextAttemptAt: new Date(Date.now() - 40 * DAY),
      lockedBy: null,
      lockedAt: null,
      lastError: null,
      transport: 'smtp',
      sentAt: new Date(Date.now() - 40 * DAY),
    });
    const form = await client.get('/beheer/bewaartermijnen');
    const values: Record<string, string> = {};
    form.$('form[action="/beheer/bewaartermijnen"] input[type="text"]').each((_, el) => {
      values[form.$(el).attr('name')!] = form.$(el).attr('value')!;
    });
    // Extra fields (a fixed kind, an unknown one) are ignored.
    const saved = await client.submit('/beheer/bewaartermijnen', {
      ...values,
      outboxBodies: '30',
      sessions: '99',
      nonsense: 'x',
    });
    assert.equal(saved.status, 200);
    assert.match(saved.text, /De bewaartermijnen zijn opgeslagen \(1 gewijzigd\)/);
    assert.match(textOf(saved.$, '#kind-outboxBodies'), /30 dagen na het versturen/);
    assert.equal(saved.$('#field-outboxBodies').attr('value'), '30');
    const settings = await t.dataSource.getRepository(RetentionSetting).find();
    assert.deepEqual(
      settings.map((s) => [s.kind, s.days, s.updatedBy]),
      [['outboxBodies', 30, user.id]],
    );
    const changed = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'retention.settingsChanged' });
    assert.equal(changed.actorId, user.id);
    assert.deepEqual(JSON.parse(changed.detail!), { outboxBodies: { from: 90, to: 30 } });

    const applied = await client.submit(
      '/beheer/bewaartermijnen/toepassen',
      {},
      true,
      '/beheer/bewaartermijnen',
    );
    assert.equal(applied.status, 200);
    assert.match(applied.text, /De bewaartermijnen zijn toegepast: \d+ verwijderd of gewist/);
    const mail = await t.dataSource.getRepository(OutboxMessage).findOneByOrFail({ id: sent.id });
    assert.equal(mail.bodyText, '');
    const run = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'retention.applied' });
    assert.equal(run.actorId, user.id);
    assert.equal((JSON.parse(run.detail!) as Record<string, number>).outboxBodies, 1);
    assert.match(textOf(applied.$, '#kind-outboxBodies'), /^.*1 op /);
  });
});
