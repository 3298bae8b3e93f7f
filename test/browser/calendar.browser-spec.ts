import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { createEdition } from '../utils/enrolment-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byId, byText, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

/**
 * A trainer sets up the personal calendar subscription on /mijn/agenda with the keyboard only:
 * creates the address, reaches the read-only address field and the webcal link, replaces the
 * address and revokes it. Every page on the way passes axe.
 */
describe('keyboard only: the personal calendar subscription', () => {
  let h: BrowserHarness;
  let s: BrowserSession;
  let trainer: User;
  let address = '';

  before(async () => {
    h = await startHarness();
    trainer = await createUser(h.testApp.dataSource, { role: 'trainer', name: 'Marieke Jansen' });
    await createEdition(h.testApp.dataSource, { trainerIds: [trainer.id] });
    s = await h.newSession();
    await s.signIn(trainer.email, TEST_PASSWORD, '/mijn');
  });
  after(() => h?.close());

  it('/mijn/agenda before there is a feed', async () => {
    await s.visit('/mijn/agenda', { status: 200 });
    assert.equal(await s.heading(), 'Mijn agenda-abonnement');
    assert.match(await s.text('.jep-calendar-status'), /nog geen agenda-abonnement/);
  });

  it('creates the address by keyboard and shows it once, in a labelled read-only field', async () => {
    await tabTo(s.page, byText('Agenda-adres aanmaken', 'button'), 'the create button', {
      max: 60,
    });
    await pressAndWaitForNavigation(s.page, 'Enter');
    s.assertPath('/mijn/agenda');
    await s.check('the new address', { status: 200 });
    assert.equal(await s.heading(), 'Uw nieuwe agenda-adres');

    const field = await tabTo(s.page, byId('calendar-url'), 'the address field', { max: 60 });
    assert.equal(field.text, 'Adres van uw agenda-abonnement', 'the field has its label');
    address = field.value;
    assert.match(address, new RegExp(`^${h.baseUrl}/agenda/[A-Za-z0-9_-]{43}\\.ics$`));
    assert.equal(await s.page.locator('#calendar-url').getAttribute('readonly'), '');
    // typing does not change it
    await s.page.keyboard.type('x');
    assert.equal(await s.page.locator('#calendar-url').inputValue(), address);

    const webcal = await tabTo(s.page, byText('Abonneren in uw agenda-app', 'a'), 'webcal link');
    assert.equal(webcal.href, address.replace(/^http:\/\//, 'webcal://'));

    const feed = await s.page.request.get(address);
    assert.equal(feed.status(), 200);
    assert.equal(feed.headers()['content-type'], 'text/calendar; charset=utf-8');
    assert.match(await feed.text(), /BEGIN:VEVENT/);
  });

  it('/mijn/agenda with a feed: replace it, then revoke it, by keyboard', async () => {
    await s.visit('/mijn/agenda', { status: 200 });
    assert.match(await s.text('.jep-calendar-status'), /U hebt een agenda-abonnement/);
    assert.ok(!(await s.page.content()).includes(address), 'the address is not shown again');

    await tabTo(s.page, byText('Nieuw agenda-adres aanmaken', 'button'), 'the replace button', {
      max: 60,
    });
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('the replaced address', { status: 200 });
    assert.match(await s.text('.jep-calendar-replaced'), /vorige agenda-adres werkt niet meer/);
    assert.equal((await s.page.request.get(address)).status(), 404);

    await s.visit('/mijn/agenda', { status: 200 });
    await tabTo(s.page, byText('Agenda-adres intrekken', 'button'), 'the revoke button', {
      max: 60,
    });
    await pressAndWaitForNavigation(s.page, 'Enter');
    s.assertPath('/mijn/agenda');
    await s.check('revoked', { status: 200 });
    assert.match(await s.text('.jep-flash'), /ingetrokken/);
    assert.match(await s.text('.jep-calendar-status'), /nog geen agenda-abonnement/);
  });

  it('/mijn/agenda in English', async () => {
    await s.visit('/taal/en?terug=%2Fmijn%2Fagenda', { finalPath: '/mijn/agenda' });
    assert.equal(await s.heading(), 'My calendar subscription');
  });
});
