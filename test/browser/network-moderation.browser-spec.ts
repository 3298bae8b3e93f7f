import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { NetworkApplication } from '../../src/network/application.entity';
import { NetworkDraft } from '../../src/network/draft.entity';
import { NetworkMembership } from '../../src/network/membership.entity';
import type { NetworkOrganisation } from '../../src/network/organisation.entity';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { createListing } from '../utils/network-fixtures';
import { BrowserHarness, startHarness } from './support/harness';
import { byId, byText, focused, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

/**
 * The partner's edit form (with a preview and with errors), the staff difference view and the
 * application form in the browser: every page passes axe, and a partner submits a draft by
 * keyboard only.
 */
describe('partner listing, moderation and applications in the browser', () => {
  let h: BrowserHarness;
  let org: NetworkOrganisation;
  let partner: User;
  let staff: User;
  let p: BrowserSession;
  let s: BrowserSession;
  let editUrl = '';

  const click = async (session: BrowserSession, name: string, label: string, status?: number) => {
    await Promise.all([
      session.page.waitForEvent('load'),
      session.page.getByRole('button', { name, exact: true }).click(),
    ]);
    await session.check(label, status ? { status } : {});
  };

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    org = await createListing(ds, {
      name: 'Jongerenwerk De Brug',
      expertise: ['polarisatie'],
      contacts: [
        {
          name: 'Sanne de Vries',
          jobTitle: 'Coördinator',
          email: '',
          phone: '',
          visibility: 'public',
        },
        { name: 'Jelle Visser', jobTitle: '', email: '', phone: '', visibility: 'staff' },
      ],
    });
    partner = await createUser(ds, { role: 'partner', name: 'Sanne de Vries' });
    await ds
      .getRepository(NetworkMembership)
      .save({ userId: partner.id, organisationId: org.id, status: 'active' });
    staff = await createUser(ds, { role: 'staff' });
    editUrl = `/mijn/organisatie/${org.id}/bewerken`;
    p = await h.newSession();
    await p.signIn(partner.email, TEST_PASSWORD, '/mijn');
    s = await h.newSession();
    await s.signIn(staff.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  it('/mijn/organisatie and the edit form pass axe, also with a preview and with errors', async () => {
    await p.visit('/mijn/organisatie', { status: 200 });
    assert.equal(await p.heading(), 'Mijn organisatie in het netwerk');
    await p.page
      .getByRole('link', { name: 'Vermelding van Jongerenwerk De Brug bewerken' })
      .click();
    await p.check('the edit form', { status: 200 });
    p.assertPath(editUrl);
    assert.equal(
      await p.page.getByLabel('Naam van de organisatie').inputValue(),
      'Jongerenwerk De Brug',
    );

    await p.page
      .getByLabel('Beschrijving')
      .fill('## Wat wij doen\n\nWij werken **samen** met scholen.');
    await click(p, 'Voorbeeld van de beschrijving', 'the edit form with a preview', 200);
    assert.equal(await p.text('.jep-listing-preview__body h2'), 'Wat wij doen');

    await p.page.getByLabel('Naam van de organisatie').fill('');
    await p.page.getByLabel('Website').fill('javascript:alert(1)');
    await click(p, 'Opslaan als concept', 'the edit form with errors', 422);
    assert.match(await p.text('.jep-error-summary'), /Naam van de organisatie: Vul dit veld in/);
    const f = await focused(p.page);
    assert.match(f?.text ?? '', /Er is iets niet goed ingevuld/, 'focus on the error summary');
    assert.equal(await h.testApp.dataSource.getRepository(NetworkDraft).count(), 0);
  });

  it('a partner changes the listing and submits it by keyboard', async () => {
    await p.visit(editUrl, { status: 200 });
    await p.page.getByLabel('Naam van de organisatie').fill('Jongerenwerk De Brug Leeuwarden');
    await p.page.getByLabel('Online radicalisering').check();
    await p.page.locator('#field-contactName2').fill('');
    await p.page.locator('#field-name').focus();
    await tabTo(p.page, byText('Indienen ter beoordeling', 'button'), 'the submit button', {
      max: 200,
    });
    await pressAndWaitForNavigation(p.page, 'Enter');
    await p.check('submitted', { status: 200 });
    p.assertPath('/mijn/organisatie');
    assert.match(await p.text('.jep-flash'), /Uw wijziging is ingediend/);
    const draft = await h.testApp.dataSource
      .getRepository(NetworkDraft)
      .findOneByOrFail({ organisationId: org.id });
    assert.equal(draft.status, 'submitted');
    await p.visit(editUrl, { status: 200 });
    assert.match(await p.text('#field-status'), /Uw wijziging wacht op beoordeling/);
  });

  it('staff: the queue, the difference view and the organisation page pass axe; publish', async () => {
    await s.visit('/beheer/netwerk/wijzigingen', { status: 200 });
    await s.page.getByRole('link', { name: 'Jongerenwerk De Brug', exact: true }).click();
    await s.check('the difference view', { status: 200 });
    const name = s.page
      .locator('.jep-listing-diff tbody tr')
      .filter({ hasText: 'Naam van de organisatie' });
    assert.match(await name.innerText(), /\(gewijzigd\)/);
    const expertise = s.page.locator('.jep-listing-diff tbody tr').filter({ hasText: 'Expertise' });
    assert.match(await expertise.innerText(), /Online radicalisering \(toegevoegd\)/);
    const contacts = s.page
      .locator('.jep-listing-diff tbody tr')
      .filter({ hasText: 'Contactpersonen' });
    assert.match(await contacts.innerText(), /Jelle Visser.*\(verwijderd\)/);

    await click(s, 'Terugsturen', 'the difference view, returned without a message', 422);
    assert.match(await s.text('.jep-error-summary'), /Bericht aan de partner: Vul dit veld in/);
    await click(s, 'Publiceren', 'published');
    s.assertPath('/beheer/netwerk/wijzigingen');
    assert.match(await s.text('.jep-flash'), /is gepubliceerd/);
    await s.visit(`/beheer/netwerk/${org.id}`, { status: 200 });
    assert.equal(await s.heading(), 'Jongerenwerk De Brug Leeuwarden');
    await s.visit('/beheer/netwerk/koppelingen', { status: 200 });
  });

  it('the application form passes axe, with errors too; staff see it and accept it', async () => {
    const pro = await createUser(h.testApp.dataSource, {
      role: 'professional',
      name: 'Fatima el Amrani',
    });
    const a = await h.newSession();
    await a.visit('/netwerk/aanmelden', { status: 200, finalPath: '/inloggen' });
    await a.page.getByLabel('E-mailadres').fill(pro.email);
    await a.page.getByLabel('Wachtwoord', { exact: true }).fill(TEST_PASSWORD);
    await Promise.all([
      a.page.waitForURL((u) => u.pathname === '/netwerk/aanmelden'),
      a.page.locator('main form button[type=submit]').click(),
    ]);
    await a.check('the application form, back after signing in', { status: 200 });
    assert.equal(await a.page.getByLabel('Uw naam').inputValue(), 'Fatima el Amrani');
    await a.page.getByLabel('Naam van de organisatie').fill('Jongerenwerk Súdwest');
    await click(a, 'Aanmelding versturen', 'the application form with errors', 422);
    assert.match(
      await a.text('.jep-error-summary'),
      /Waarom wilt u deelnemen aan het netwerk\?: Vul dit veld in/,
    );
    await a.page
      .getByLabel('Waarom wilt u deelnemen aan het netwerk?')
      .fill('Wij werken met jongeren in Sneek.');
    await a.page.getByLabel('Soort organisatie').selectOption('jongerenwerk');
    await a.page.getByLabel('Korte omschrijving').fill('Jongerenwerk in Sneek.');
    await a.page.getByLabel('Gemeenten').selectOption(['GM1900']);
    await tabTo(a.page, byId('field-contactName1'), 'the first contact name', { max: 200 });
    await a.page.keyboard.type('Fatima el Amrani');
    await click(a, 'Aanmelding versturen', 'application sent');
    a.assertPath('/mijn/organisatie');
    assert.match(await a.text('.jep-flash'), /Uw aanmelding is ontvangen/);

    const application = await h.testApp.dataSource
      .getRepository(NetworkApplication)
      .findOneByOrFail({ userId: pro.id });
    await s.visit('/beheer/netwerk/aanmeldingen', { status: 200 });
    await s.page.getByRole('link', { name: 'Jongerenwerk Súdwest' }).click();
    await s.check('the application', { status: 200 });
    s.assertPath(`/beheer/netwerk/aanmeldingen/${application.id}`);
    assert.match(await s.text('#besluit ~ form'), /krijgt bij accepteren de rol netwerkpartner/);
    await click(s, 'Accepteren', 'accepted');
    assert.match(await s.text('.jep-flash'), /heeft nu de rol netwerkpartner/);
  });

  it('the edit form in English passes axe', async () => {
    const en = await h.newSession({ locale: 'en-GB' });
    await en.signIn(partner.email, TEST_PASSWORD, '/mijn');
    await en.visit(`/taal/en?terug=${encodeURIComponent(editUrl)}`, {
      status: 200,
      finalPath: editUrl,
    });
    assert.match(await en.heading(), /Edit listing: Jongerenwerk De Brug Leeuwarden/);
  });
});
