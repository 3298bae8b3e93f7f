import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import type { Edition } from '../../src/scheduling/edition.entity';
import { createEdition } from '../utils/enrolment-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byId, byText, pressAndWaitForNavigation, tabTo, typeInto } from './support/keyboard';
import { linkIn } from './support/mail';
import type { BrowserSession } from './support/session';

const NEWCOMER = `noor.visser-${Date.now()}@jongerenwerk.example.nl`;
const PASSWORD = 'fietsen langs de vecht in de lente';

/**
 * A staff member enrols colleagues by e-mail address with the keyboard, and the new colleague
 * completes the account from the invitation, also by keyboard. Every page on the way — the form,
 * the form with an error, the result, the invitation, its error and the used link — passes axe.
 */
describe('group enrolment and invitation in the browser', () => {
  let h: BrowserHarness;
  let staffSession: BrowserSession;
  let staff: User;
  let existing: User;
  let edition: Edition;
  let invitationPath = '';

  before(async () => {
    h = await startHarness();
    staff = await createUser(h.testApp.dataSource, { role: 'staff', name: 'Sanne Medewerker' });
    existing = await createUser(h.testApp.dataSource, { name: 'Karim El Amrani' });
    ({ edition } = await createEdition(h.testApp.dataSource, { capacity: 1 }));
    staffSession = await h.newSession();
    await staffSession.signIn(staff.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  it('the group form: too many addresses come back at the field, by keyboard', async () => {
    const p = staffSession.page;
    await staffSession.visit(`/uitvoeringen/${edition.id}/groep`, { status: 200 });
    assert.match(await staffSession.heading(), /Collega’s aanmelden/);
    const many = Array.from({ length: 51 }, (_, i) => `collega${i}@example.nl`).join(',');
    await typeInto(p, 'field-emails', many, 'E-mailadressen');
    await tabTo(p, byText('Aanmelden', 'button'), 'the submit button');
    await pressAndWaitForNavigation(p, 'Enter');
    await staffSession.check('group form with an error', { status: 422 });
    assert.match(await staffSession.text('#field-emails-error'), /hoogstens 50 mensen/);
    assert.equal(await p.inputValue('#field-emails'), many, 'the typed text is kept');
    // the error summary has focus (forms.js); its link leads to the address list
    await tabTo(p, (f) => f.tag === 'a' && f.href === '#field-emails', 'the error summary link');
    await p.keyboard.press('Enter');
    await p.waitForFunction(
      "document.activeElement && document.activeElement.id === 'field-emails'",
    );
  });

  it('enrols an existing colleague, a new address and a typo; the result page lists each', async () => {
    const p = staffSession.page;
    // replace the list with the keyboard: select all, then type
    await p.keyboard.press('Control+A');
    await p.keyboard.type(`${existing.email}\n${NEWCOMER}\ngeen-adres@`);
    await tabTo(p, byText('Aanmelden', 'button'), 'the submit button');
    await pressAndWaitForNavigation(p, 'Enter');
    await staffSession.check('group result', { status: 200 });
    assert.equal(await staffSession.heading(), 'Resultaat van het aanmelden');
    const rows = p.locator('table.jep-group-result tbody tr');
    assert.equal(await rows.count(), 3);
    assert.match(await rows.nth(0).innerText(), /Aangemeld/);
    // one place: the new colleague is first on the waiting list
    assert.match(await rows.nth(1).innerText(), /uitgenodigd; op de wachtlijst, plaats 1/);
    assert.match(await rows.nth(2).innerText(), /geen geldig e-mailadres/);
    // the table region scrolls by keyboard, and the links onward are reachable
    await tabTo(p, (f) => f.tag === 'div' && f.text.includes('E-mailadres'), 'the table region');
    await tabTo(
      p,
      (f) => f.tag === 'a' && f.href === `/beheer/uitvoeringen/${edition.id}/aanmeldingen`,
      'the link to the enrolments',
    );
    await pressAndWaitForNavigation(p, 'Enter');
    await staffSession.check('enrolments of the edition', { status: 200 });

    const mail = await h.testApp.dataSource.getRepository(OutboxMessage).findOneOrFail({
      where: { toAddress: NEWCOMER, template: 'enrolment-invitation' },
    });
    invitationPath = linkIn(mail.bodyText, h.baseUrl, '/uitnodiging/').replace(h.baseUrl, '');
  });

  it('the invitee completes the account by keyboard, after one error', async () => {
    assert.ok(invitationPath, 'link from the previous step');
    const s = await h.newSession();
    const p = s.page;
    await s.visit(invitationPath, { status: 200 });
    assert.equal(await s.heading(), 'Uw account afmaken');
    assert.equal(await p.inputValue('#field-name'), NEWCOMER.split('@')[0]);

    await tabTo(p, byId('field-name'), 'the field "Naam"');
    await p.keyboard.press('Control+A');
    await p.keyboard.type('Noor Visser');
    await typeInto(p, 'field-password', PASSWORD, 'Nieuw wachtwoord');
    await typeInto(p, 'field-passwordConfirm', 'iets anders dan het wachtwoord', 'Herhaal');
    await typeInto(p, 'field-jobTitle', 'Jongerenwerker', 'Functie');
    await tabTo(p, byText('Account afmaken', 'button'), 'the submit button');
    await pressAndWaitForNavigation(p, 'Enter');
    await s.check('invitation with an error', { status: 422 });
    assert.match(await s.text('#field-passwordConfirm-error'), /niet hetzelfde/);
    assert.equal(await p.inputValue('#field-name'), 'Noor Visser');

    await tabTo(p, byId('field-password'), 'the field "Nieuw wachtwoord"');
    await p.keyboard.type(PASSWORD);
    await typeInto(p, 'field-passwordConfirm', PASSWORD, 'Herhaal het wachtwoord');
    await tabTo(p, byText('Account afmaken', 'button'), 'the submit button');
    await pressAndWaitForNavigation(p, 'Enter');
    s.assertPath('/inloggen', 'after completing the account');
    await s.check('login after the invitation', { status: 200 });
    assert.match(await s.text('.jep-flash'), /Uw account is klaar/);

    await typeInto(p, 'field-email', NEWCOMER, 'E-mailadres');
    await typeInto(p, 'field-password', PASSWORD, 'Wachtwoord');
    await pressAndWaitForNavigation(p, 'Enter');
    s.assertPath('/mijn', 'signed in with the new account');
    await s.check('dashboard of the invitee', { status: 200 });

    // the link has been used
    await s.visit(invitationPath, { status: 404 });
    assert.match(await s.heading(), /werkt niet/);
    await tabTo(
      p,
      (f) => f.tag === 'a' && f.href === '/wachtwoord-vergeten',
      'wachtwoord vergeten',
    );
  });
});
