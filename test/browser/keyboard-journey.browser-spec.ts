import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import {
  byId,
  byText,
  describeFocused,
  firstFocusable,
  focused,
  pressAndWaitForNavigation,
  tabTo,
  typeInto,
} from './support/keyboard';
import { latestMailTo } from './support/mail';
import type { BrowserSession } from './support/session';

const NEWCOMER = {
  name: 'Sam de Vries',
  email: `sam.devries-${Date.now()}@jongerenwerk.example.nl`,
  password: 'fietsen langs de vecht in de lente',
  organisation: 'Jongerenwerk Utrecht',
  jobTitle: 'Jongerenwerker',
  sector: { text: 'Jongerenwerk', value: 'jongerenwerk' },
  municipality: { text: 'Utrecht', value: 'GM0344' },
};

/**
 * A new professional registers, confirms the e-mail address and signs in and out with the
 * keyboard only: Tab / Shift+Tab to move, typing to fill, Enter to follow and submit. No click
 * and no fill for this user. An admin (mouse, second browser context) reads the verification
 * mail in /beheer/mailbox. Every page on the way passes axe; every focus stop shows a focus ring.
 */
describe('keyboard only: register, verify, sign in, sign out', () => {
  let h: BrowserHarness;
  let user: BrowserSession;
  let verificationLink = '';

  before(async () => {
    h = await startHarness();
    user = await h.newSession();
  });
  after(() => h?.close());

  it('the skip link is the first focus stop and moves focus to the main content', async () => {
    await user.visit('/', { status: 200 });
    const first = await firstFocusable(user.page);
    assert.equal(
      first?.href,
      '#inhoud',
      `first focusable element is the skip link, not ${describeFocused(first)}`,
    );

    await user.page.keyboard.press('Tab');
    const skip = await focused(user.page);
    assert.ok(skip, 'Tab focuses something');
    assert.equal(
      skip.href,
      '#inhoud',
      `the first Tab lands on the skip link, not ${describeFocused(skip)}`,
    );
    assert.equal(skip.text, 'Naar de inhoud');
    assert.ok(skip.visible, 'the skip link becomes visible when focused');
    assert.ok(skip.indicator, 'the skip link shows a focus indicator');

    await user.page.keyboard.press('Enter');
    await user.page.waitForFunction(
      "document.activeElement && document.activeElement.id === 'inhoud'",
    );
    const target = await focused(user.page);
    assert.equal(target?.tag, 'main');
    assert.equal(target?.id, 'inhoud');
    assert.equal(new URL(user.page.url()).hash, '#inhoud');
  });

  it('from the content, Shift+Tab back to "Account aanmaken" in the header; Enter opens the form', async () => {
    await tabTo(user.page, byText('Account aanmaken', 'a'), 'the "Account aanmaken" link', {
      backward: true,
      max: 15,
    });
    await pressAndWaitForNavigation(user.page, 'Enter');
    user.assertPath('/registreren', 'after Enter on "Account aanmaken"');
    await user.check('register form', { status: 200 });
    assert.equal(await user.heading(), 'Account aanmaken');
  });

  it('fills the form with a missing field, follows the error summary link to the field, corrects and submits', async () => {
    const p = user.page;
    await typeInto(p, 'field-name', NEWCOMER.name, 'Naam');
    await typeInto(p, 'field-email', NEWCOMER.email, 'E-mailadres');
    await typeInto(p, 'field-password', NEWCOMER.password, 'Nieuw wachtwoord');
    await typeInto(p, 'field-passwordConfirm', NEWCOMER.password, 'Herhaal het wachtwoord');
    await typeInto(p, 'field-organisation', NEWCOMER.organisation, 'Organisatie');
    // "Functie" (job title) left empty on purpose

    // a select is operated by typing the start of an option while it has focus
    await tabTo(p, byId('field-sector'), 'the select "Werkveld"');
    await p.keyboard.type(NEWCOMER.sector.text);
    assert.equal(
      (await focused(p))?.value,
      NEWCOMER.sector.value,
      'typing the option text chooses it',
    );
    await tabTo(p, byId('field-municipalityCode'), 'the select "Gemeente waar u werkt"');
    await p.keyboard.type(NEWCOMER.municipality.text);
    assert.equal(
      (await focused(p))?.value,
      NEWCOMER.municipality.value,
      'typing the municipality chooses it',
    );

    await tabTo(p, byText('Account aanmaken', 'button'), 'the submit button');
    await pressAndWaitForNavigation(p, 'Enter');
    user.assertPath('/registreren');
    await user.check('register form with an error', { status: 422 });
    assert.ok(await p.locator('.jep-error-summary').isVisible(), 'the error summary is shown');
    // what was typed is kept (passwords excepted)
    assert.equal(await p.inputValue('#field-name'), NEWCOMER.name);
    assert.equal(await p.inputValue('#field-municipalityCode'), NEWCOMER.municipality.value);
    assert.equal(await p.inputValue('#field-password'), '');

    // the summary's link takes the keyboard user to the field
    const link = await tabTo(
      p,
      (f) => f.tag === 'a' && f.href === '#field-jobTitle',
      'the error summary link to "Functie"',
    );
    assert.match(link.text, /Vul dit veld in/);
    await p.keyboard.press('Enter');
    await p.waitForFunction(
      "document.activeElement && document.activeElement.id === 'field-jobTitle'",
    );
    await p.keyboard.type(NEWCOMER.jobTitle);

    // the passwords are not sent back: back up to them and type them again
    await tabTo(p, byId('field-password'), 'the field "Nieuw wachtwoord"', {
      backward: true,
      max: 10,
    });
    await p.keyboard.type(NEWCOMER.password);
    await typeInto(p, 'field-passwordConfirm', NEWCOMER.password, 'Herhaal het wachtwoord');

    await tabTo(p, byText('Account aanmaken', 'button'), 'the submit button');
    await pressAndWaitForNavigation(p, 'Enter');
    user.assertPath('/registreren/controleer-je-e-mail', 'after submitting the corrected form');
    await user.check('check your mail', { status: 200 });
    assert.equal(await user.heading(), 'Bevestig uw e-mailadres');
  });

  it('an admin finds the verification mail in /beheer/mailbox (second browser context)', async () => {
    const admin = await createUser(h.testApp.dataSource, { role: 'admin', name: 'Ada Beheerder' });
    const a = await h.newSession();
    await a.signIn(admin.email, TEST_PASSWORD, '/beheer');
    await a.visit('/beheer/mailbox', { status: 200 });
    const row = a.page.locator('main tbody tr', { hasText: NEWCOMER.email.toLowerCase() });
    assert.equal(await row.count(), 1, 'one mail to the new user in the mailbox');
    const subject = row.locator('a');
    assert.equal(await subject.innerText(), 'Bevestig uw e-mailadres voor Platform JEP');
    await Promise.all([a.page.waitForURL('**/beheer/mailbox/*'), subject.click()]);
    await a.check('the verification mail', { status: 200 });

    const anchor = a.page.locator('pre.jep-mail-body a[href*="/account/bevestigen/"]');
    assert.equal(await anchor.count(), 1, 'the verification link is clickable in the mail page');
    verificationLink = (await anchor.getAttribute('href')) ?? '';
    assert.ok(verificationLink.startsWith(`${h.baseUrl}/account/bevestigen/`), verificationLink);
    // the same link the outbox holds
    assert.ok((await latestMailTo(h.testApp, NEWCOMER.email)).bodyText.includes(verificationLink));
  });

  it('opening the link confirms the address and lands on the login form', async () => {
    assert.ok(verificationLink, 'link from the previous step');
    await user.visit(verificationLink, { status: 200, finalPath: '/inloggen' });
    assert.equal(await user.text('.jep-flash'), 'Uw e-mailadres is bevestigd. U kunt nu inloggen.');
  });

  it('signs in with the keyboard: the dashboard shows the name and the role navigation', async () => {
    const p = user.page;
    await typeInto(p, 'field-email', NEWCOMER.email, 'E-mailadres');
    await typeInto(p, 'field-password', NEWCOMER.password, 'Wachtwoord');
    await pressAndWaitForNavigation(p, 'Enter'); // Enter in a field submits its form
    user.assertPath('/mijn', 'after signing in');
    await user.check('dashboard', { status: 200 });
    assert.equal(await user.heading(), 'Mijn JEP');
    assert.equal(await user.text('.jep-flash'), `Welkom terug, ${NEWCOMER.name}.`);
    assert.match(await user.text('main'), new RegExp(`Welkom, ${NEWCOMER.name}\\.`));
    assert.equal(await user.text('.jep-account__name'), `${NEWCOMER.name} (Professional)`);
    const mine = p.locator('nav.jep-nav a[href="/mijn"]');
    assert.equal(await mine.innerText(), 'Mijn JEP');
    assert.equal(await mine.getAttribute('aria-current'), 'page');

    // the role navigation is keyboard reachable
    await tabTo(
      p,
      (f) => f.tag === 'a' && f.href === '/mijn' && f.text === 'Mijn JEP',
      'the navigation link "Mijn JEP"',
    );
  });

  it('signs out with the keyboard', async () => {
    const p = user.page;
    await tabTo(p, byText('Uitloggen', 'button'), 'the "Uitloggen" button', {
      backward: true,
      max: 15,
    });
    await pressAndWaitForNavigation(p, 'Enter');
    assert.equal(user.path(), '/inloggen?uitgelogd=1');
    await user.check('logged out', { status: 200 });
    assert.equal(await user.text('main [role=status]'), 'U bent uitgelogd.');
    assert.equal(await p.locator('header form button', { hasText: 'Uitloggen' }).count(), 0);

    // the session is gone: the dashboard asks to sign in again
    await user.visit('/mijn', { finalPath: '/inloggen' });
  });
});
