import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { createEdition, createEnrolment } from '../utils/enrolment-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byId, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

/**
 * The AVG pages in the browser: /mijn/privacy, the readable data page, the deletion page (also
 * with an error) and the admin page on request pass axe; the deletion form is reached by keyboard.
 */
describe('privacy pages in the browser', () => {
  let h: BrowserHarness;
  let user: User;
  let admin: User;
  let u: BrowserSession;
  let a: BrowserSession;

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    user = await createUser(ds, { name: 'Petra Visser' });
    admin = await createUser(ds, { role: 'admin' });
    const { edition } = await createEdition(ds);
    await createEnrolment(ds, edition.id, user.id);
    u = await h.newSession();
    await u.signIn(user.email, TEST_PASSWORD, '/mijn');
    a = await h.newSession();
    await a.signIn(admin.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  it('/mijn/privacy and the data page pass axe', async () => {
    await u.visit('/mijn/privacy', { status: 200 });
    assert.equal(await u.heading(), 'Uw gegevens en privacy');
    await u.page.getByRole('link', { name: 'Bekijk als pagina' }).click();
    await u.check('the data page', { status: 200 });
    u.assertPath('/mijn/privacy/gegevens');
    assert.equal(await u.heading(), 'Alle gegevens die wij over u bewaren');
    assert.ok(await u.page.getByText('Petra Visser').first().isVisible());
  });

  it('the deletion page passes axe, also with an error, and works by keyboard', async () => {
    await u.visit('/mijn/privacy/verwijderen', { status: 200 });
    assert.equal(await u.heading(), 'Uw account verwijderen');
    await tabTo(u.page, byId('field-password'), 'the password field');
    await u.page.keyboard.type('niet het goede wachtwoord');
    await tabTo(u.page, byId('field-confirm'), 'the tick');
    await u.page.keyboard.press('Space');
    await Promise.all([u.page.waitForEvent('load'), u.page.keyboard.press('Enter')]);
    await u.check('the deletion page with an error', { status: 422 });
    assert.match(
      (await u.page.locator('.utrecht-form-field-error-message').first().textContent()) ?? '',
      /wachtwoord klopt niet/,
    );
  });

  it('the admin page on request passes axe, also with an error', async () => {
    await a.visit(`/beheer/gebruikers/${user.id}/privacy`, { status: 200 });
    assert.equal(await a.heading(), 'Privacyverzoek');
    await Promise.all([
      a.page.waitForEvent('load'),
      a.page.getByRole('button', { name: 'Account definitief verwijderen' }).click(),
    ]);
    await a.check('the admin page with errors', { status: 422 });
  });

  it('the confirmation after deleting passes axe', async () => {
    await u.visit('/mijn/privacy/verwijderen', { status: 200 });
    await u.page.getByLabel('Uw wachtwoord').fill(TEST_PASSWORD);
    await u.page.getByLabel(/Ik begrijp dat mijn account/).check();
    await Promise.all([
      u.page.waitForEvent('load'),
      u.page.getByRole('button', { name: 'Account definitief verwijderen' }).click(),
    ]);
    await u.check('the confirmation', { status: 200 });
    u.assertPath('/account-verwijderd');
    assert.equal(await u.heading(), 'Uw account is verwijderd');
  });
});
