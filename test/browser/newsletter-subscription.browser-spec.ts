import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import {
  byId,
  byText,
  focused,
  pressAndWaitForNavigation,
  tabTo,
  typeInto,
} from './support/keyboard';
import { latestMailTo, linkIn } from './support/mail';

/**
 * JEPzine subscription in the browser: a visitor subscribes by keyboard only (Tab, typing, Space
 * for the checkboxes, Enter to send) and confirms from the mail; the preferences, unsubscribe and
 * link-invalid pages and /mijn/jepzine all pass axe.
 */
describe('JEPzine subscription in the browser', () => {
  let h: BrowserHarness;
  const email = 'lezer@jongerenwerk.example.nl';

  before(async () => (h = await startHarness()));
  after(() => h?.close());

  const subscriber = () =>
    h.testApp.dataSource.getRepository(NewsletterSubscriber).findOneByOrFail({ email });

  it('subscribes by keyboard, confirms from the mail and reaches the preferences', async () => {
    const s = await h.newSession();
    await s.visit('/jepzine/aanmelden', { status: 200 });

    // Sent without the consent ticked: the form comes back with the message at the field.
    await typeInto(s.page, 'field-email', email, 'E-mailadres');
    await tabTo(s.page, byText('Aanmelden', 'button'), 'the subscribe button');
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('subscribe form with an error', { status: 422 });
    assert.match(await s.text('#field-consent-error'), /Vink aan/);

    await tabTo(s.page, byId('field-name'), 'the name field');
    await s.page.keyboard.type('Lotte Visser');
    await tabTo(s.page, byId('field-topics-jongerenwerk'), 'the topic "Jongerenwerk"');
    await s.page.keyboard.press('Space');
    await tabTo(s.page, byId('field-consent'), 'the consent checkbox');
    await s.page.keyboard.press('Space');
    assert.equal((await focused(s.page))?.id, 'field-consent');
    assert.ok(await s.page.isChecked('#field-consent'));
    await tabTo(s.page, byText('Aanmelden', 'button'), 'the subscribe button');
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('check your mailbox', { status: 200 });
    assert.equal(await s.heading(), 'Kijk in uw mailbox');
    assert.equal((await subscriber()).topics, 'jongerenwerk');

    const mail = await latestMailTo(h.testApp, email);
    const link = linkIn(mail.bodyText, h.baseUrl, '/jepzine/bevestigen/');
    await s.visit(link.replace(h.baseUrl, ''), { status: 200 });
    assert.equal(await s.heading(), 'Bevestig uw aanmelding');
    await tabTo(s.page, byText('Aanmelding bevestigen', 'button'), 'the confirm button');
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('subscribed', { status: 200 });
    assert.equal(await s.heading(), 'U bent aangemeld voor JEPzine');
    assert.equal((await subscriber()).status, 'subscribed');

    await tabTo(
      s.page,
      byText('Onderwerpen kiezen of uw naam aanpassen', 'a'),
      'the preferences link',
    );
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('preferences', { status: 200 });
    assert.equal(await s.heading(), 'Uw JEPzine-voorkeuren');
  });

  it('the unsubscribe question, the unsubscribed page and the link-invalid page pass axe', async () => {
    const { manageToken } = await subscriber();
    const s = await h.newSession();
    await s.visit(`/jepzine/afmelden/${manageToken}`, { status: 200 });
    assert.equal((await subscriber()).status, 'subscribed', 'opening the page changes nothing');
    await tabTo(s.page, byText('Afmelden', 'button'), 'the unsubscribe button');
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('unsubscribed', { status: 200 });
    assert.equal(await s.heading(), 'U bent afgemeld');
    assert.equal((await subscriber()).status, 'unsubscribed');
    await s.visit(`/jepzine/voorkeuren/${manageToken.slice(1)}x`, { status: 404 });
    assert.equal(await s.heading(), 'Deze link werkt niet');
  });

  it('/mijn/jepzine passes axe before and after subscribing', async () => {
    const user = await createUser(h.testApp.dataSource, { name: 'Ravi Sewdien' });
    const s = await h.newSession();
    await s.signIn(user.email, TEST_PASSWORD, '/mijn');
    await s.visit('/mijn/jepzine', { status: 200 });
    await tabTo(s.page, byText('Ja, ik wil JEPzine ontvangen', 'button'), 'the subscribe button', {
      max: 60,
    });
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('/mijn/jepzine subscribed', { status: 200 });
    assert.match(await s.text('.jep-flash'), /U bent aangemeld voor JEPzine/);
  });
});
