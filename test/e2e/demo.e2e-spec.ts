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
import { FreshnessService } from '../../src/network/freshness.service';
import { NetworkApplication } from '../../src/network/application.entity';
import { NetworkDraft } from '../../src/network/draft.entity';
import { NetworkMembership } from '../../src/network/membership.entity';
import { NetworkContact } from '../../src/network/contact.entity';
import { NetworkOrganisationProvince } from '../../src/network/organisation-places.entity';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { isOutdated } from '../../src/network/freshness';
import { parseListingContent } from '../../src/network/listing-content';
import { signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

describe('demo data', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('seeds one working account per role and a published catalogue, once', async () => {
    const started = Date.now();
    const accounts = await t.app.get(DemoSeedService).seedIfEmpty();
    if (process.env.TEST_LOG) console.log(`demo seeded in ${Date.now() - started} ms`);
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
    // The partner network: a few hundred organisations in all twelve provinces.
    const organisations = await t.dataSource.getRepository(NetworkOrganisation).find();
    const published = organisations.filter((o) => o.status === 'published');
    assert.ok(published.length >= 250, `${published.length} published organisations`);
    assert.ok(organisations.some((o) => o.status === 'archived'));
    assert.equal(new Set(organisations.map((o) => o.slug)).size, organisations.length);
    const provinces = await t.dataSource
      .getRepository(NetworkOrganisationProvince)
      .createQueryBuilder('p')
      .select('p.province_code', 'code')
      .addSelect('COUNT(*)', 'n')
      .groupBy('p.province_code')
      .getRawMany<{ code: string; n: string | number }>();
    assert.equal(provinces.length, 12, 'all twelve provinces');
    assert.ok(provinces.every((p) => Number(p.n) >= 10));
    assert.ok(Number(provinces.find((p) => p.code === 'PV21')!.n) >= 25, 'Fryslân');
    // Frisian names with their diacritics, found by the folded word.
    const frisian = await t.dataSource
      .getRepository(NetworkOrganisation)
      .createQueryBuilder('o')
      .where('o.search_document LIKE :q', { q: '%fryslan%' })
      .getMany();
    assert.ok(frisian.some((o) => o.name.includes('Súdwest-Fryslân')));
    assert.ok(frisian.some((o) => o.name.includes('Noardeast-Fryslân')));
    assert.ok(frisian.length >= 25);
    for (const type of [
      'jongerenwerk',
      'onderwijs',
      'gemeente',
      'zorg-en-welzijn',
      'politie',
      'sleutelfiguren',
      'kennisinstituut',
    ])
      assert.ok(
        published.some((o) => o.type === type),
        type,
      );
    assert.ok(published.some((o) => o.name === 'Gemeente Súdwest-Fryslân'));
    assert.ok(
      published.some((o) => isOutdated(o.confirmedAt)),
      'a few outdated',
    );
    assert.ok(published.filter((o) => isOutdated(o.confirmedAt)).length < published.length / 5);
    const contacts = await t.dataSource.getRepository(NetworkContact).find();
    for (const visibility of ['public', 'members', 'staff'])
      assert.ok(
        contacts.some((c) => c.visibility === visibility),
        visibility,
      );
    assert.ok(contacts.every((c) => c.email?.endsWith('@example.nl')));
    // The demo partner keeps a Frisian youth work listing, with a change waiting for staff.
    const partner = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'partner@platformjep.nl' });
    const [membership] = await t.dataSource
      .getRepository(NetworkMembership)
      .findBy({ userId: partner.id, status: 'active' });
    assert.ok(membership, 'the demo partner is linked');
    const own = organisations.find((o) => o.id === membership.organisationId)!;
    assert.equal(own.type, 'jongerenwerk');
    assert.match(own.name, /Súdwest-Fryslân/);
    const [draft] = await t.dataSource
      .getRepository(NetworkDraft)
      .findBy({ organisationId: own.id, status: 'submitted' });
    assert.ok(draft, 'a submitted change');
    assert.notEqual(parseListingContent(draft.content).summary, own.summary);
    assert.ok(parseListingContent(draft.content).expertise.includes('complotdenken'));
    assert.equal(
      await t.dataSource.getRepository(NetworkApplication).countBy({ status: 'pending' }),
      1,
    );
    // Starting the demo sends no burst of freshness e-mails.
    assert.equal(await t.app.get(FreshnessService).sendDue(new Date()), 0);
    assert.deepEqual(
      await t.app.get(DemoSeedService).seedIfEmpty(),
      [],
      'a second start seeds nothing',
    );
  });
});
