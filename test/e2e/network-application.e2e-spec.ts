import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { NetworkApplication } from '../../src/network/application.entity';
import { ListingService } from '../../src/network/listing.service';
import { NetworkMembership } from '../../src/network/membership.entity';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { createUser, signIn, TEST_PASSWORD } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

const APPLICATION = {
  applicantName: 'Fatima el Amrani',
  motivation: 'Wij werken in Súdwest-Fryslân met jongeren die online radicaliseren.',
  name: 'Jongerenwerk Súdwest',
  type: 'jongerenwerk',
  summary: 'Jongerenwerk in Sneek en omstreken, ook online.',
  description: '## Wat wij doen\n\nStraathoekwerk en **online** jongerenwerk.',
  expertise: ['online-radicalisering', 'weerbaarheid'],
  provinces: [],
  municipalities: ['GM1900'],
  address: 'Marktstraat 1',
  postcode: '8601 CV',
  city: 'Sneek',
  website: 'https://jongerenwerk-sudwest.example.nl',
  publicEmail: 'info@jongerenwerk-sudwest.example.nl',
  publicPhone: '0515 123 456',
  contactName1: 'Fatima el Amrani',
  contactJobTitle1: 'Coördinator',
  contactEmail1: 'fatima@jongerenwerk-sudwest.example.nl',
  contactPhone1: '',
  contactVisibility1: 'members',
  action: 'submit',
};

/**
 * Organisations apply to join the network through /netwerk/aanmelden (signed in: a visitor logs in
 * and comes back); staff accept (the listing is published, the applicant linked, a professional's
 * account becomes a partner's) or decline with a message. Deciding twice changes nothing.
 */
describe('organisations apply to join the network; staff accept or decline', () => {
  let t: TestApp;
  let staff: User;
  let applicant: User;
  let s: WebClient;
  let a: WebClient;
  let acceptedId = 0;

  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);
  const audit = (action: string) =>
    t.dataSource.getRepository(AuditEntry).find({ where: { action }, order: { id: 'ASC' } });
  const applications = () =>
    t.dataSource.getRepository(NetworkApplication).find({ order: { id: 'ASC' } });
  const organisations = () => t.dataSource.getRepository(NetworkOrganisation).count();

  before(async () => {
    t = await createTestApp({ smtp: true });
    staff = await createUser(t.dataSource, { role: 'staff' });
    applicant = await createUser(t.dataSource, {
      role: 'professional',
      name: 'Fatima el Amrani',
      email: 'fatima@example.nl',
    });
    s = t.client();
    await signIn(s, staff.email);
    a = t.client();
  });
  after(() => t.close());

  it('sends a visitor to log in, and back to the form afterwards', async () => {
    const visitor = await a.get('/netwerk/aanmelden');
    assert.equal(visitor.status, 303);
    assert.equal(visitor.location, '/inloggen?terug=%2Fnetwerk%2Faanmelden');
    await a.get(visitor.location);
    const login = await a.post(visitor.location, {
      email: applicant.email,
      password: TEST_PASSWORD,
    });
    assert.equal(login.status, 303);
    assert.equal(login.location, '/netwerk/aanmelden');
    const form = await a.get('/netwerk/aanmelden');
    assert.equal(form.status, 200);
    assert.equal(form.$('#field-applicantName').val(), 'Fatima el Amrani', 'prefilled');
    assert.match(textOf(form.$, 'main'), /Na acceptatie is de vermelding openbaar/);
    assert.equal(form.$('#field-contactName5').length, 1);
    assert.equal(form.$('#field-type option[selected]').length, 0, 'no type chosen yet');
  });

  it('brings an incomplete application back with messages, storing nothing', async () => {
    await a.get('/netwerk/aanmelden');
    const page = await a.post('/netwerk/aanmelden', {
      ...APPLICATION,
      motivation: '',
      website: 'www.zonder-schema.nl',
      provinces: ['PV99'],
    });
    assert.equal(page.status, 422);
    assert.match(error(page, 'motivation'), /Vul dit veld in/);
    assert.match(error(page, 'website'), /https:\/\//);
    assert.match(error(page, 'provinces'), /uit de lijst/);
    const summary = textOf(page.$, '.jep-error-summary');
    assert.ok(
      summary.indexOf('Waarom wilt u') < summary.indexOf('Website'),
      'the summary follows the page order',
    );
    assert.equal(page.$('#field-name').val(), APPLICATION.name, 'kept');
    assert.equal(page.$('#field-expertise-weerbaarheid').attr('checked'), 'checked');
    await a.get('/netwerk/aanmelden');
    const long = await a.post('/netwerk/aanmelden', {
      ...APPLICATION,
      motivation: 'x'.repeat(3001),
    });
    assert.equal(long.status, 422);
    assert.match(error(long, 'motivation'), /hooguit 3000 tekens/);
    assert.equal((await applications()).length, 0);
  });

  it('stores a valid application as pending; the applicant sees it was received', async () => {
    await a.get('/netwerk/aanmelden');
    const sent = await a.post('/netwerk/aanmelden', APPLICATION, { follow: true });
    assert.equal(sent.status, 200);
    assert.match(textOf(sent.$, '.jep-flash'), /Uw aanmelding is ontvangen/);
    assert.match(
      textOf(sent.$, '.jep-partner-applications'),
      /Jongerenwerk Súdwest: Ontvangen, wacht op beoordeling/,
    );
    const [stored] = await applications();
    assert.equal(stored.status, 'pending');
    assert.equal(stored.userId, applicant.id);
    assert.equal(stored.applicantEmail, 'fatima@example.nl');
    const content = JSON.parse(stored.content);
    assert.equal(content.name, 'Jongerenwerk Súdwest');
    assert.deepEqual(content.municipalities, ['GM1900']);
    assert.equal(content.contacts.length, 1, 'blank contact rows are ignored');
    assert.equal((await audit('network.application.submit')).length, 1);
    await t.deliverMail();
    assert.match(
      t.smtp!.to(applicant.email)[0].subject,
      /aanmelding van Jongerenwerk Súdwest is ontvangen/,
    );
  });

  it('staff see it pending, with the proposed listing and that the account becomes a partner', async () => {
    const list = await s.get('/beheer/netwerk/aanmeldingen');
    assert.equal(list.status, 200);
    assert.match(
      textOf(list.$, '.jep-network-applications tbody tr'),
      /Jongerenwerk Súdwest.*Fatima el Amrani/,
    );
    const [stored] = await applications();
    const page = await s.get(`/beheer/netwerk/aanmeldingen/${stored.id}`);
    assert.equal(page.status, 200);
    const table = textOf(page.$, '.jep-listing-diff');
    assert.match(table, /Súdwest-Fryslân/, 'places by their names');
    assert.match(table, /Online radicalisering/);
    assert.match(table, /Fatima el Amrani, Coördinator/);
    assert.match(
      textOf(page.$, 'main'),
      /Wij werken in Súdwest-Fryslân met jongeren/,
      'the motivation',
    );
    assert.match(textOf(page.$, '#besluit ~ form'), /krijgt bij accepteren de rol netwerkpartner/);
    assert.equal((await a.get(`/beheer/netwerk/aanmeldingen/${stored.id}`)).status, 403);
  });

  it('accepting publishes the listing, links the applicant and makes them a partner; twice changes nothing', async () => {
    const [stored] = await applications();
    const url = `/beheer/netwerk/aanmeldingen/${stored.id}`;
    const before = await organisations();
    await s.get(url);
    const accepted = await s.post(`${url}/accepteren`, {}, { follow: true });
    assert.equal(accepted.status, 200);
    assert.match(
      textOf(accepted.$, '.jep-flash'),
      /gepubliceerd, de aanvrager is gekoppeld en heeft nu de rol netwerkpartner/,
    );
    assert.equal(await organisations(), before + 1);
    const organisation = await t.dataSource
      .getRepository(NetworkOrganisation)
      .findOneByOrFail({ name: 'Jongerenwerk Súdwest' });
    acceptedId = organisation.id;
    assert.equal(organisation.slug, 'jongerenwerk-sudwest');
    assert.equal(organisation.status, 'published');
    assert.match(organisation.searchDocument, /sudwest fryslan/);
    const content = await new ListingService().contentOf(t.dataSource.manager, organisation);
    assert.deepEqual(content, JSON.parse(stored.content));
    const decided = (await applications())[0];
    assert.equal(decided.status, 'accepted');
    assert.equal(decided.organisationId, organisation.id);
    assert.equal(decided.decidedBy, staff.id);
    const membership = await t.dataSource
      .getRepository(NetworkMembership)
      .findOneByOrFail({ userId: applicant.id, organisationId: organisation.id });
    assert.equal(membership.status, 'active');
    assert.equal(
      (await t.dataSource.getRepository(User).findOneByOrFail({ id: applicant.id })).role,
      'partner',
    );

    await s.get(url);
    const twice = await s.post(`${url}/accepteren`, {});
    assert.equal(twice.status, 422);
    assert.match(textOf(twice.$, '.jep-error-summary'), /de stand is intussen veranderd/);
    await s.get(url);
    const declineAfter = await s.post(`${url}/afwijzen`, { message: 'Toch niet.' });
    assert.equal(declineAfter.status, 422);
    assert.equal(await organisations(), before + 1, 'no second listing');
    assert.equal((await applications())[0].status, 'accepted');

    const [entry] = await audit('network.application.accept');
    assert.equal(entry.actorId, staff.id);
    assert.equal(JSON.parse(entry.detail!).promoted, true);
    const [role] = await audit('user.role_changed');
    assert.equal(role.subjectId, String(applicant.id));
    assert.deepEqual(JSON.parse(role.detail!), {
      from: 'professional',
      to: 'partner',
      reason: 'network.application',
    });

    await t.deliverMail();
    const mail = t
      .smtp!.to(applicant.email)
      .find((m) => /staat in het JEP-netwerk/.test(m.subject))!;
    assert.match(mail.text, /http:\/\/jep\.test\/netwerk\/jongerenwerk-sudwest/);
    assert.match(mail.text, new RegExp(`/mijn/organisatie/${organisation.id}/bewerken`));
    // The new partner keeps the listing from now on.
    const edit = await a.get(`/mijn/organisatie/${organisation.id}/bewerken`);
    assert.equal(edit.status, 200);
    assert.equal(edit.$('#field-name').val(), 'Jongerenwerk Súdwest');
    const mine = await a.get('/mijn/organisatie');
    assert.match(textOf(mine.$, '.jep-partner-applications'), /Geaccepteerd/);
    assert.equal(
      mine.$(`.jep-partner-organisations a[href="/mijn/organisatie/${organisation.id}/bewerken"]`)
        .length,
      1,
    );
  });

  it('declining needs a message, e-mails it and publishes nothing', async () => {
    await a.get('/netwerk/aanmelden');
    await a.post('/netwerk/aanmelden', {
      ...APPLICATION,
      name: 'Stichting Twijfel',
      applicantName: 'F. el Amrani',
    });
    const stored = (await applications()).at(-1)!;
    assert.equal(stored.status, 'pending');
    const list = await s.get('/beheer/netwerk/aanmeldingen');
    assert.deepEqual(
      list
        .$('.jep-network-applications tbody tr td:first-child')
        .map((_, td) => list.$(td).text())
        .get(),
      ['Stichting Twijfel', 'Jongerenwerk Súdwest'],
      'pending first',
    );
    const url = `/beheer/netwerk/aanmeldingen/${stored.id}`;
    const before = await organisations();
    await s.get(url);
    const empty = await s.post(`${url}/afwijzen`, { message: '' });
    assert.equal(empty.status, 422);
    assert.match(error(empty, 'message'), /Vul dit veld in/);
    await s.get(url);
    const message = 'Uw organisatie werkt niet met jongeren.\nNeem gerust contact op.';
    const declined = await s.post(`${url}/afwijzen`, { message });
    assert.equal(declined.status, 303);
    assert.equal(await organisations(), before, 'nothing published');
    const decided = (await applications()).at(-1)!;
    assert.equal(decided.status, 'declined');
    assert.equal(decided.decisionMessage, message);
    assert.equal(decided.organisationId, null);
    await s.get(url);
    assert.equal((await s.post(`${url}/accepteren`, {})).status, 422, 'declined stays declined');
    assert.equal(await organisations(), before);

    await t.deliverMail();
    const mail = t
      .smtp!.to(applicant.email)
      .find((m) => /Uw aanmelding van Stichting Twijfel$/.test(m.subject))!;
    assert.match(mail.text, /Uw organisatie werkt niet met jongeren\.\nNeem gerust contact op\./);
    const mine = await a.get('/mijn/organisatie');
    assert.match(
      textOf(mine.$, '.jep-partner-applications'),
      /Stichting Twijfel: Afgewezen.*Uw organisatie werkt niet met jongeren/,
    );
    const [entry] = await audit('network.application.decline');
    assert.equal(entry.subjectId, String(stored.id));
    assert.equal(JSON.parse(entry.detail!).message, message);
    assert.ok(acceptedId > 0);
  });
});
