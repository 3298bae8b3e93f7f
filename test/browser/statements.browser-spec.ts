import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import type { BrowserSession } from './support/session';

/**
 * The retention admin page (also with errors), the privacy statement and the accessibility
 * statement in the browser: every page passes axe.
 */
describe('retention page and statements in the browser', () => {
  let h: BrowserHarness;
  let admin: BrowserSession;
  let visitor: BrowserSession;

  before(async () => {
    h = await startHarness();
    const user = await createUser(h.testApp.dataSource, { role: 'admin' });
    admin = await h.newSession();
    await admin.signIn(user.email, TEST_PASSWORD, '/beheer');
    visitor = await h.newSession();
  });
  after(() => h?.close());

  it('/privacy and /toegankelijkheid pass axe, reached from the footer', async () => {
    await visitor.visit('/', { status: 200 });
    await Promise.all([
      visitor.page.waitForEvent('load'),
      visitor.page.locator('footer').getByRole('link', { name: 'Privacy', exact: true }).click(),
    ]);
    await visitor.check('the privacy statement', { status: 200 });
    assert.equal(await visitor.heading(), 'Privacyverklaring');
    await Promise.all([
      visitor.page.waitForEvent('load'),
      visitor.page.locator('footer').getByRole('link', { name: 'Toegankelijkheid' }).click(),
    ]);
    await visitor.check('the accessibility statement', { status: 200 });
    assert.equal(await visitor.heading(), 'Toegankelijkheidsverklaring');
  });

  it('the admin page passes axe, also with an error', async () => {
    await admin.visit('/beheer/bewaartermijnen', { status: 200 });
    assert.equal(await admin.heading(), 'Bewaartermijnen');
    await admin.page.getByLabel('Inhoud van verstuurde e-mails').fill('3');
    await Promise.all([
      admin.page.waitForEvent('load'),
      admin.page.getByRole('button', { name: 'Termijnen opslaan' }).click(),
    ]);
    await admin.check('the admin page with an error', { status: 422 });
    assert.match(await admin.text('.jep-error-summary'), /van 7 tot en met 730/);
  });
});
