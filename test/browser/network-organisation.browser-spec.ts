import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { createListing } from '../utils/network-fixtures';
import { BrowserHarness, startHarness } from './support/harness';
import {
  byId,
  byText,
  focused,
  pressAndWaitForNavigation,
  tabTo,
  typeInto,
} from './support/keyboard';

/**
 * An organisation's page in the browser: for a visitor (public contacts, the hint to log in) and
 * for a signed-in professional (more contacts and the contact relay form) it passes axe; the
 * professional sends a message by keyboard only, first without the tick (the form comes back
 * with the message at the field), then with it.
 */
describe('network organisation page in the browser', () => {
  let h: BrowserHarness;
  const path = '/netwerk/jongerenwerk-de-brug';

  before(async () => {
    h = await startHarness();
    await createListing(h.testApp.dataSource, {
      name: 'Jongerenwerk De Brug',
      slug: 'jongerenwerk-de-brug',
      description:
        'Wij werken met jongeren van 12 tot 23 jaar.\n\n## Aanpak\n\n- gesprekken in de wijk\n- **weerbaarheid** online',
      expertise: ['polarisatie', 'online-radicalisering'],
      provinces: ['PV21'],
      municipalities: ['GM1900', 'GM0080'],
      contacts: [
        {
          name: 'Pieter Openbaar',
          jobTitle: 'Jongerenwerker',
          email: 'pieter@debrug.example.nl',
          phone: '06 12345678',
          visibility: 'public',
        },
        {
          name: 'Lotte Ledenlijst',
          jobTitle: 'Coördinator',
          email: 'lotte@debrug.example.nl',
          phone: '',
          visibility: 'members',
        },
      ],
      confirmedAt: new Date(Date.now() - 400 * 86_400_000),
    });
  });
  after(() => h?.close());

  it('a visitor sees the listing, the outdated note and the hint to log in; it passes axe', async () => {
    const s = await h.newSession();
    await s.visit(path, { status: 200 });
    assert.equal(await s.heading(), 'Jongerenwerk De Brug');
    assert.match(await s.text('.jep-network-outdated'), /Mogelijk verouderd/);
    assert.deepEqual(await s.page.locator('.jep-network-contacts h3').allInnerTexts(), [
      'Pieter Openbaar',
    ]);
    assert.match(await s.text('.jep-network-more-contacts'), /meer contactpersonen/);
    assert.equal(await s.page.locator('.jep-network-relay form').count(), 0);
  });

  it('a professional sends a message by keyboard; the page with the form passes axe', async () => {
    const user = await createUser(h.testApp.dataSource, { name: 'Ravi Sewdien' });
    const s = await h.newSession();
    await s.signIn(user.email, TEST_PASSWORD, '/mijn');
    await s.visit(path, { status: 200 });
    assert.deepEqual(await s.page.locator('.jep-network-contacts h3').allInnerTexts(), [
      'Pieter Openbaar',
      'Lotte Ledenlijst',
    ]);

    await typeInto(s.page, 'field-subject', 'Samenwerking in Sneek', 'Onderwerp');
    await tabTo(s.page, byId('field-message'), 'the message field');
    await s.page.keyboard.type('Beste Pieter,\nZullen we eens bellen?');
    await tabTo(s.page, byText('Bericht versturen', 'button'), 'the send button');
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('the relay form without the tick', { status: 422 });
    assert.match(await s.text('#field-shareDetails-error'), /Vink aan/);

    await tabTo(s.page, byId('field-shareDetails'), 'the tick');
    await s.page.keyboard.press('Space');
    assert.equal((await focused(s.page))?.id, 'field-shareDetails');
    assert.ok(await s.page.isChecked('#field-shareDetails'));
    assert.equal(await s.page.inputValue('#field-subject'), 'Samenwerking in Sneek');
    await tabTo(s.page, byText('Bericht versturen', 'button'), 'the send button');
    await pressAndWaitForNavigation(s.page, 'Enter');
    await s.check('the page after sending', { status: 200 });
    s.assertPath(path);
    assert.match(await s.text('.jep-flash'), /Uw bericht is verstuurd aan Jongerenwerk De Brug/);

    const sent = await h.testApp.dataSource
      .getRepository(OutboxMessage)
      .findOneByOrFail({ template: 'network-relay' });
    assert.equal(sent.toAddress, 'info@debrug.example.nl');
    assert.match(sent.bodyText, /Zullen we eens bellen\?/);
  });
});
