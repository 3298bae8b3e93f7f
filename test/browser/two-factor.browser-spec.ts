import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { base32Decode } from '../../src/two-factor/base32';
import { hotp, timeStep } from '../../src/two-factor/totp';
import { UserTwoFactor } from '../../src/two-factor/two-factor.entity';
import { createUser, rememberTotpSecret, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byId, byText, pressAndWaitForNavigation, tabTo, typeInto } from './support/keyboard';

/**
 * Two-factor login in the browser: the set-up page with its QR code, the recovery codes, the
 * code step of the login and the sessions page pass axe; a staff member sets it up by keyboard.
 */
describe('two-factor login and sessions in the browser', () => {
  let h: BrowserHarness;
  let staff: User;

  before(async () => {
    h = await startHarness();
    staff = await createUser(h.testApp.dataSource, {
      role: 'staff',
      name: 'Sam Staf',
      twoFactor: false,
    });
  });
  after(() => h?.close());

  it('a staff member is sent to set up, does so by keyboard, and then signs in with a code', async () => {
    const s = await h.newSession();
    await s.signIn(staff.email, TEST_PASSWORD, '/mijn/tweestapsverificatie');
    assert.equal(await s.heading(), 'Tweestapsverificatie');
    assert.match(await s.text('.jep-flash'), /Stel eerst tweestapsverificatie in/);
    const qr = s.page.locator('main img');
    assert.match((await qr.getAttribute('src')) ?? '', /^data:image\/png;base64,/);
    const secret = base32Decode(await s.text('[data-secret]'))!;
    assert.equal(secret.length, 20);

    await s.visit('/beheer', { finalPath: '/mijn/tweestapsverificatie' });

    await s.page.locator('main h1').focus();
    await tabTo(s.page, byId('field-code'), 'the code field', { max: 40 });
    await typeInto(s.page, 'field-code', hotp(secret, timeStep(Date.now())), 'the code');
    await tabTo(s.page, byText('Tweestapsverificatie aanzetten', 'button'), 'the submit button');
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('the recovery codes', { status: 200 });
    s.assertPath('/mijn/tweestapsverificatie/herstelcodes');
    assert.equal(await s.page.locator('[data-recovery-code]').count(), 10);
    const row = await h.testApp.dataSource
      .getRepository(UserTwoFactor)
      .findOneByOrFail({ userId: staff.id });
    assert.ok(row.enabledAt);
    await s.visit('/beheer', { status: 200 });
    await s.visit('/mijn/tweestapsverificatie', { status: 200 });
    await s.signOut();

    // the code step, first with a wrong code, then through the helper with the right one
    rememberTotpSecret(staff.email, secret, h.testApp.dataSource);
    await s.visit('/inloggen');
    await s.page.getByLabel('E-mailadres').fill(staff.email);
    await s.page.getByLabel('Wachtwoord', { exact: true }).fill(TEST_PASSWORD);
    await Promise.all([
      s.page.waitForURL('**/inloggen/code'),
      s.page.locator('main form button[type=submit]').click(),
    ]);
    await s.check('the code step', { status: 200 });
    await s.page.getByLabel('Code uit uw app of herstelcode').fill('12');
    await Promise.all([
      s.page.waitForEvent('load'),
      s.page.locator('main form button[type=submit]').click(),
    ]);
    await s.check('the code step with an error', { status: 422 });
    assert.match(await s.text('.jep-error-summary'), /klopt niet/);
    await s.close();

    // thirty seconds later (the set-up code's time step cannot be used again)
    await h.testApp.dataSource
      .getRepository(UserTwoFactor)
      .update({ userId: staff.id }, { lastUsedStep: null });
    const again = await h.newSession();
    await again.signIn(staff.email, TEST_PASSWORD, '/beheer');
    await again.visit('/mijn/sessies', { status: 200 });
    assert.equal(await again.heading(), 'Actieve sessies');
    assert.match(await again.text('tr[data-session]'), /Deze sessie/);
    await again.close();
  });

  it('the sessions page with several sessions passes axe', async () => {
    const user = await createUser(h.testApp.dataSource, { name: 'Fien Prof' });
    const a = await h.newSession();
    const b = await h.newSession();
    await a.signIn(user.email, TEST_PASSWORD, '/mijn');
    await b.signIn(user.email, TEST_PASSWORD, '/mijn');
    await a.visit('/mijn/sessies', { status: 200 });
    assert.equal(await a.page.locator('tr[data-session]').count(), 2);
    await Promise.all([
      a.page.waitForEvent('load'),
      a.page.getByRole('button', { name: 'Alle andere sessies beëindigen' }).click(),
    ]);
    await a.check('other sessions ended', { status: 200 });
    assert.equal(await a.page.locator('tr[data-session]').count(), 1);
    await b.visit('/mijn', { finalPath: /^\/inloggen/ });
    await a.close();
    await b.close();
  });
});
