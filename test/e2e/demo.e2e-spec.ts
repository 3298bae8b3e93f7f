import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifyPassword } from '../../src/accounts/password-hasher';
import { User } from '../../src/accounts/user.entity';
import { Offering } from '../../src/catalogue/offering.entity';
import { In } from 'typeorm';
import { Certificate } from '../../src/certificates/certificate.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { NewsletterConsent } from '../../src/newsletter/consent.entity';
import { NewsletterDelivery } from '../../src/newsletter/delivery.entity';
import { NewsletterIssue } from '../../src/newsletter/issue.entity';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

describe('demo data', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('seeds one working account per role and a published catalogue, once', async () => {
    const accounts = await t.app.get(DemoSeedService).seedIfEmpty();
    assert.deepEqual(accounts.map((a) => a.role).sort(), [
      'admin',
      'partner',
      'professional',
      'staff',
      'trainer',
    ]);
    for (const a of accounts) {
      const user = await t.dataSource.getRepository(User).findOneByOrFail({ email: a.email });
      assert.ok(await verifyPassword(user.passwordHash, a.password));
    }
    const admin = accounts.find((a) => a.role === 'admin')!;
    await signIn(t.client(), admin.email, admin.password);
    assert.deepEqual(
      (await t.dataSource.getRepository(Offering).find({ order: { kind: 'ASC' } })).map(
        (o) => o.kind,
      ),
      ['omei', 'werkatelier'],
    );
    const editions = await t.dataSource.getRepository(Edition).findBy({ status: 'published' });
    assert.ok(editions.length >= 4);
    assert.ok(
      editions.every((e) => e.startsAt && e.startsAt > new Date()),
      'all in the future',
    );
    // Seats taken are real enrolments, so the demo's numbers add up on every page.
    for (const e of editions) {
      const holding = await t.dataSource
        .getRepository(Enrolment)
        .countBy({ editionId: e.id, status: In(['confirmed', 'pending', 'offered']) });
      assert.equal(holding, e.seatsTaken, e.title);
    }
    assert.ok(
      (await t.dataSource.getRepository(Enrolment).countBy({ status: 'waitlisted' })) > 0,
      'a full edition with a waiting list',
    );
    const demoProfessional = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'professional@platformjep.nl' });
    // A place in a coming edition, and a finished one with a certificate.
    assert.equal(
      await t.dataSource.getRepository(Enrolment).countBy({ userId: demoProfessional.id }),
      2,
    );
    const [certificate] = await t.dataSource
      .getRepository(Certificate)
      .findBy({ userId: demoProfessional.id });
    assert.ok(certificate, 'the demo professional has a certificate');
    const check = await t.client().get(`/certificaten/${certificate.code}`);
    assert.equal(check.status, 200);
    // JEPzine: three issues that went out this autumn, in the archive and on the home page.
    const issues = await t.dataSource
      .getRepository(NewsletterIssue)
      .find({ order: { startedAt: 'DESC' } });
    assert.equal(issues.length, 3);
    assert.ok(issues.every((i) => i.status === 'sent' && i.startedAt! < new Date()));
    const archive = await t.client().get('/jepzine');
    assert.deepEqual(
      archive
        .$('.jep-jepzine-list li h3 a')
        .map((_, a) => archive.$(a).attr('href'))
        .get(),
      issues.map((i) => `/jepzine/${i.slug}`),
    );
    const newest = await t.client().get(`/jepzine/${issues[0].slug}`);
    assert.equal(newest.status, 200);
    assert.ok(newest.$('.jep-jepzine-body h2').length >= 2, 'Markdown with headings');
    assert.ok(newest.$('.jep-jepzine-body li').length >= 3, 'and lists');
    const home = await t.client().get('/');
    assert.equal(
      home.$('section[aria-labelledby="laatste-jepzine"] h3 a').first().text(),
      issues[0].title,
    );
    // Subscribers in every status, each with a consent and an own secret; nothing was delivered.
    const subscribers = await t.dataSource.getRepository(NewsletterSubscriber).find();
    assert.ok(subscribers.length >= 8);
    for (const status of ['subscribed', 'pending', 'unsubscribed', 'bounced'])
      assert.ok(
        subscribers.some((s) => s.status === status),
        `a subscriber with status ${status}`,
      );
    assert.equal(new Set(subscribers.map((s) => s.manageToken)).size, subscribers.length);
    assert.ok(subscribers.every((s) => s.manageToken.length === 43));
    const consents = await t.dataSource.getRepository(NewsletterConsent).find();
    assert.deepEqual(
      new Set(consents.map((c) => c.subscriberId)),
      new Set(subscribers.map((s) => s.id)),
    );
    assert.equal(await t.dataSource.getRepository(NewsletterDelivery).count(), 0);
    assert.deepEqual(
      await t.app.get(DemoSeedService).seedIfEmpty(),
      [],
      'a second start seeds nothing',
    );
  });
});
