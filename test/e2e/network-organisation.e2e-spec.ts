import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Like } from 'typeorm';
import { LoginThrottle } from '../../src/accounts/login-throttle.entity';
import type { User } from '../../src/accounts/user.entity';
import type { Role } from '../../src/common/access/role';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import type { ListingContact } from '../../src/network/listing-content';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { createUser, signIn } from '../utils/factories';
import { createListing } from '../utils/network-fixtures';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

const DAY = 86_400_000;

function contact(
  name: string,
  email: string,
  visibility: ListingContact['visibility'],
): ListingContact {
  return { name, jobTitle: 'Jongerenwerker', email, phone: '', visibility };
}

const PUBLIC = contact('Pieter Openbaar', 'pieter.openbaar@debrug.example.nl', 'public');
const MEMBERS = contact('Lotte Ledenlijst', 'lotte.leden@debrug.example.nl', 'members');
const STAFF = contact('Sander Stafkaart', 'sander.staf@debrug.example.nl', 'staff');

const DESCRIPTION = `Wij werken met **jongeren** van 12 tot 23 jaar.

<script>alert("weg")</script>
<p onclick="alert(1)">Klik</p>

[Onze aanpak](javascript:alert(2)) en [de ESS](https://www.socialestabiliteit.nl).`;

describe('network organisation page and contact relay', () => {
  let t: TestApp;
  let brug: NetworkOrganisation;
  const clients: Partial<Record<Role, { client: WebClient; user: User }>> = {};

  before(async () => {
    t = await createTestApp({ smtp: true });
    brug = await createListing(t.dataSource, {
      name: 'Jongerenwerk De Brug',
      slug: 'jongerenwerk-de-brug',
      description: DESCRIPTION,
      expertise: ['polarisatie', 'online-radicalisering'],
      provinces: ['PV21'],
      municipalities: ['GM1900', 'GM0080'],
      contacts: [PUBLIC, MEMBERS, STAFF],
    });
    // No public e-mail: the relay goes to its first contact with an address, a staff-only one.
    await createListing(t.dataSource, {
      name: 'Sleutelfiguren Súdwest',
      slug: 'sleutelfiguren-sudwest',
      type: 'sleutelfiguren',
      publicEmail: '',
      contacts: [
        contact('Zonder Adres', '', 'public'),
        contact('Geheime Gert', 'gert.geheim@sudwest.example.nl', 'staff'),
        contact('Tweede Tineke', 'tineke@sudwest.example.nl', 'public'),
      ],
    });
    for (const role of ['professional', 'partner', 'trainer', 'staff', 'admin'] as const) {
      const user = await createUser(t.dataSource, { role, name: `Gebruiker ${role}` });
      const client = t.client();
      await signIn(client, user.email);
      clients[role] = { client, user };
    }
  });
  after(() => t.close());
  beforeEach(() =>
    t.dataSource.getRepository(LoginThrottle).delete({ key: Like('network-relay:%') }),
  );

  const outbox = () => t.dataSource.getRepository(OutboxMessage);
  const contactNames = (page: Page) =>
    page
      .$('.jep-network-contacts h3')
      .map((_, el) => page.$(el).text().trim())
      .get();

  it('shows each role exactly the contacts its visibility allows, and no hidden address anywhere', async () => {
    const expected: Record<string, ListingContact[]> = {
      visitor: [PUBLIC],
      professional: [PUBLIC, MEMBERS],
      partner: [PUBLIC, MEMBERS],
      trainer: [PUBLIC, MEMBERS],
      staff: [PUBLIC, MEMBERS, STAFF],
      admin: [PUBLIC, MEMBERS, STAFF],
    };
    for (const [who, visible] of Object.entries(expected)) {
      const client = who === 'visitor' ? t.client() : clients[who as Role]!.client;
      const page = await client.get('/netwerk/jongerenwerk-de-brug');
      assert.equal(page.status, 200, who);
      assert.deepEqual(
        contactNames(page),
        visible.map((c) => c.name),
        `${who} sees these contacts`,
      );
      for (const c of [PUBLIC, MEMBERS, STAFF].filter((c) => !visible.includes(c))) {
        assert.ok(!page.text.includes(c.name), `${who}: ${c.name} is nowhere in the HTML`);
        assert.ok(!page.text.includes(c.email), `${who}: ${c.email} is nowhere in the HTML`);
      }
      for (const c of visible)
        assert.equal(page.$(`.jep-network-contacts a[href="mailto:${c.email}"]`).length, 1);
      const staffLink = page.$('a[href="/beheer/netwerk/' + brug.id + '"]').length;
      assert.equal(staffLink, who === 'staff' || who === 'admin' ? 1 : 0, `${who}: staff link`);
      if (who !== 'visitor')
        assert.equal(page.headers['cache-control'], 'private, no-store', `${who}: not cached`);
    }
  });

  it('a visitor: a hint that more contacts show after logging in, no form, no session', async () => {
    const visitor = t.client();
    const page = await visitor.get('/netwerk/jongerenwerk-de-brug');
    assert.match(
      textOf(page.$, '.jep-network-more-contacts'),
      /Ingelogde professionals en partners zien hier meer contactpersonen/,
    );
    assert.equal(
      page.$('.jep-network-more-contacts a').attr('href'),
      '/inloggen?terug=%2Fnetwerk%2Fjongerenwerk-de-brug',
    );
    assert.equal(page.$('form[action="/netwerk/jongerenwerk-de-brug/bericht"]').length, 0);
    assert.match(textOf(page.$, '.jep-network-relay'), /Log in/);
    assert.equal(page.headers['set-cookie'], undefined, 'reading starts no session');
    // A listing without members-only contacts gives no such hint.
    const other = await visitor.get('/netwerk/sleutelfiguren-sudwest');
    assert.equal(other.$('.jep-network-more-contacts').length, 0);
  });

  it('shows the listing: type, expertise, places by name, address, links, Markdown without script', async () => {
    const page = await t.client().get('/netwerk/jongerenwerk-de-brug');
    assert.equal(textOf(page.$, 'h1'), 'Jongerenwerk De Brug');
    assert.match(page.$('title').text(), /Jongerenwerk De Brug · Netwerk · Platform JEP/);
    const facts = textOf(page.$, '.jep-facts');
    assert.match(facts, /Soort organisatie\s*Jongerenwerk/);
    assert.match(facts, /Expertise Polarisatie, Online radicalisering/);
    assert.match(facts, /Werkt in de provincie Fryslân/);
    assert.match(facts, /Werkt in de gemeente Leeuwarden, Súdwest-Fryslân/);
    assert.match(facts, /Brugstraat 1\s*8911 AA Leeuwarden/);
    assert.match(facts, /Lid van het netwerk sinds \d+ \w+ \d{4}/);
    const website = page.$('.jep-facts a[href="https://debrug.example.nl/"]');
    assert.equal(website.attr('rel'), 'noopener');
    assert.equal(page.$('.jep-facts a[href="mailto:info@debrug.example.nl"]').length, 1);
    assert.equal(page.$('.jep-facts a[href="tel:0581234567"]').length, 1);
    const description = page.$('.jep-network-description');
    assert.equal(description.find('strong').text(), 'jongeren');
    assert.equal(description.find('script').length, 0);
    assert.equal(description.find('[onclick]').length, 0);
    assert.doesNotMatch(page.text, /alert\("weg"\)|javascript:alert/);
    assert.equal(description.find('a[href="https://www.socialestabiliteit.nl"]').length, 1);
    assert.equal(page.$('main a[href="/netwerk"]').length, 1, 'a link back to the search');
    assert.equal(page.$('.jep-network-outdated').length, 0, 'just published: not outdated');
  });

  it('is 404 for an unknown slug and for an archived listing', async () => {
    const archived = await createListing(t.dataSource, {
      name: 'Opgeheven Stichting',
      slug: 'opgeheven-stichting',
      contacts: [PUBLIC],
    });
    const visitor = t.client();
    assert.equal((await visitor.get('/netwerk/opgeheven-stichting')).status, 200);
    await t.dataSource
      .getRepository(NetworkOrganisation)
      .update(archived.id, { status: 'archived' });
    for (const client of [visitor, clients.staff!.client]) {
      const page = await client.get('/netwerk/opgeheven-stichting');
      assert.equal(page.status, 404);
      assert.ok(!page.text.includes('Opgeheven Stichting'));
    }
    assert.equal((await visitor.get('/netwerk/bestaat-niet')).status, 404);
    assert.equal((await visitor.get(`/netwerk/${'x'.repeat(300)}`)).status, 404);
  });

  it('marks a listing not confirmed for more than a year as possibly outdated, with the date', async () => {
    await createListing(t.dataSource, {
      name: 'Oude Gegevens',
      slug: 'oude-gegevens',
      confirmedAt: new Date('2024-02-03T12:00:00Z'),
    });
    const page = await t.client().get('/netwerk/oude-gegevens');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-network-outdated'), /Mogelijk verouderd/);
    assert.match(textOf(page.$, '.jep-network-outdated'), /bevestigd op 3 februari 2024/);
  });

  it('relays a message to the hidden address; the sender never sees it, gets a copy, and HTML is escaped', async () => {
    const { client, user } = clients.professional!;
    const form = await client.get('/netwerk/sleutelfiguren-sudwest');
    assert.equal(form.status, 200);
    assert.ok(!form.text.includes('gert.geheim@sudwest.example.nl'));
    assert.ok(!form.text.includes('Geheime Gert'));
    assert.match(textOf(form.$, '.jep-network-relay'), /Sleutelfiguren Súdwest/);
    assert.match(textOf(form.$, '.jep-network-relay'), new RegExp(user.email));
    const before = await outbox().count();

    const sent = await client.post('/netwerk/sleutelfiguren-sudwest/bericht', {
      subject: 'Samenwerking in <Sneek>',
      message: 'Beste mensen,\n\n<b>vet</b> <script>alert(1)</script>\nGroet',
      shareDetails: 'on',
    });
    assert.equal(sent.status, 303);
    assert.equal(sent.location, '/netwerk/sleutelfiguren-sudwest');
    const after = await client.get('/netwerk/sleutelfiguren-sudwest');
    assert.match(
      textOf(after.$, '.jep-flash'),
      /Uw bericht is verstuurd aan Sleutelfiguren Súdwest/,
    );
    assert.ok(!after.text.includes('gert.geheim@sudwest.example.nl'));
    assert.equal(await outbox().count(), before + 2);

    await t.deliverMail();
    const [received] = t.smtp!.to('gert.geheim@sudwest.example.nl');
    assert.ok(received, 'the first contact with an address receives it');
    assert.equal(t.smtp!.to('tineke@sudwest.example.nl').length, 0);
    assert.equal(received.subject, 'Bericht via Platform JEP: Samenwerking in <Sneek>');
    assert.equal(received.headers['reply-to'], user.email);
    assert.match(received.text, new RegExp(`${user.name} <${user.email}>`));
    assert.match(received.text, /<b>vet<\/b> <script>alert\(1\)<\/script>\nGroet/);
    assert.match(received.html, /&lt;b&gt;vet&lt;\/b&gt; &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(received.html, /<b>vet<\/b>|<script>/);
    assert.match(received.html, new RegExp(user.email));

    const [copy] = t.smtp!.to(user.email);
    assert.ok(copy, 'the sender gets a copy');
    assert.equal(copy.subject, 'Kopie van uw bericht aan Sleutelfiguren Súdwest');
    assert.match(copy.text, /<b>vet<\/b>/);
    for (const part of [copy.text, copy.html, JSON.stringify(copy.headers)])
      assert.ok(!part.includes('gert.geheim'), 'the copy does not reveal the address');
  });

  it('relays to the public e-mail address when there is one', async () => {
    const { client } = clients.partner!;
    await client.get('/netwerk/jongerenwerk-de-brug');
    const sent = await client.post('/netwerk/jongerenwerk-de-brug/bericht', {
      subject: 'Vraag',
      message: 'Hallo',
      shareDetails: 'on',
    });
    assert.equal(sent.status, 303);
    const rows = await outbox().findBy({ template: 'network-relay' });
    assert.ok(rows.some((r) => r.toAddress === 'info@debrug.example.nl'));
    assert.ok(!rows.some((r) => r.toAddress === PUBLIC.email));
  });

  it('keeps the form with messages when the tick or the text is missing, and sends nothing', async () => {
    const { client } = clients.professional!;
    await client.get('/netwerk/jongerenwerk-de-brug');
    const before = await outbox().count();
    const page = await client.post('/netwerk/jongerenwerk-de-brug/bericht', {
      subject: 'Zonder vinkje',
      message: '',
    });
    assert.equal(page.status, 422);
    assert.match(textOf(page.$, '.jep-error-summary'), /Uw bericht/);
    assert.equal(page.$('#field-subject').attr('value'), 'Zonder vinkje');
    assert.equal(page.$('#field-message').attr('aria-invalid'), 'true');
    const tick = await client.post('/netwerk/jongerenwerk-de-brug/bericht', {
      subject: 'Zonder vinkje',
      message: 'Wel een tekst',
    });
    assert.equal(tick.status, 422);
    assert.match(textOf(tick.$, '#field-shareDetails-error'), /Vink aan/);
    assert.equal(tick.$('#field-message').text(), 'Wel een tekst');
    const long = await client.post('/netwerk/jongerenwerk-de-brug/bericht', {
      subject: 'x'.repeat(151),
      message: 'y'.repeat(5001),
      shareDetails: 'on',
    });
    assert.equal(long.status, 422);
    assert.ok(long.$('#field-subject-error').length + long.$('#field-message-error').length > 0);
    const header = await client.post('/netwerk/jongerenwerk-de-brug/bericht', {
      subject: 'Hallo\r\nBcc: iedereen@example.nl',
      message: 'Tekst',
      shareDetails: 'on',
    });
    assert.equal(header.status, 422);
    assert.equal(header.$('#field-subject').attr('aria-invalid'), 'true');
    assert.equal(await outbox().count(), before);
  });

  it('refuses a 6th message in an hour and a 21st in a day, with the text kept, and sends nothing', async () => {
    const { client, user } = clients.trainer!;
    const send = async (n: number) => {
      await client.get('/netwerk/jongerenwerk-de-brug');
      return client.post('/netwerk/jongerenwerk-de-brug/bericht', {
        subject: `Bericht ${n}`,
        message: `Tekst van bericht ${n}`,
        shareDetails: 'on',
      });
    };
    for (let n = 1; n <= 5; n++) assert.equal((await send(n)).status, 303, `message ${n}`);
    const before = await outbox().count();
    const refused = await send(6);
    assert.equal(refused.status, 429);
    assert.match(textOf(refused.$, '.jep-network-relay-error'), /hoogstens 5 per uur/);
    assert.equal(refused.$('#field-subject').attr('value'), 'Bericht 6');
    assert.equal(refused.$('#field-message').text(), 'Tekst van bericht 6');
    assert.equal(refused.$('#field-shareDetails').attr('checked'), 'checked');
    assert.equal(await outbox().count(), before, 'nothing sent');

    // An hour later the hour is free again, but not the day once 20 went out.
    const throttles = t.dataSource.getRepository(LoginThrottle);
    const hourKey = `network-relay:${user.id}:hour`;
    const dayKey = `network-relay:${user.id}:day`;
    assert.equal((await throttles.findOneByOrFail({ key: dayKey })).failures, 5);
    await throttles.update(hourKey, { windowStartedAt: new Date(Date.now() - 2 * 3600_000) });
    await throttles.update(dayKey, { failures: 20 });
    const daily = await send(21);
    assert.equal(daily.status, 429);
    assert.equal(await outbox().count(), before, 'nothing sent');
    assert.equal(
      (await throttles.findOneByOrFail({ key: hourKey })).failures,
      5,
      'the refused message did not count in the hour either',
    );
    await throttles.update(dayKey, { windowStartedAt: new Date(Date.now() - 2 * DAY) });
    assert.equal((await send(22)).status, 303, 'the next day it goes');
    assert.equal(await outbox().count(), before + 2);
  });

  it('sends a visitor who posts to log in, and sends nothing', async () => {
    const visitor = t.client();
    const before = await outbox().count();
    const page = await visitor.post(
      '/netwerk/jongerenwerk-de-brug/bericht',
      { subject: 'Spam', message: 'Spam', shareDetails: 'on' },
      { csrf: null },
    );
    assert.equal(page.status, 303);
    assert.match(page.location ?? '', /^\/inloggen/);
    assert.equal(await outbox().count(), before);
  });

  it('an organisation without any e-mail address: no form but a note; posting anyway sends nothing', async () => {
    await createListing(t.dataSource, {
      name: 'Stil Kennisinstituut',
      slug: 'stil-kennisinstituut',
      type: 'kennisinstituut',
      publicEmail: '',
      contacts: [contact('Alleen Naam', '', 'public')],
    });
    const { client } = clients.professional!;
    const page = await client.get('/netwerk/stil-kennisinstituut');
    assert.equal(page.status, 200);
    assert.equal(page.$('.jep-network-relay form').length, 0);
    assert.match(textOf(page.$, '.jep-network-relay'), /geen e-mailadres opgegeven/);
    const before = await outbox().count();
    const fields = { subject: 'Toch', message: 'Toch', shareDetails: 'on' };
    // The CSRF token from a page that has the form.
    await client.get('/netwerk/jongerenwerk-de-brug');
    const posted = await client.post('/netwerk/stil-kennisinstituut/bericht', fields);
    assert.equal(posted.status, 422);
    assert.match(textOf(posted.$, 'main'), /geen e-mailadres opgegeven/);
    await client.get('/netwerk/jongerenwerk-de-brug');
    assert.equal((await client.post('/netwerk/bestaat-niet/bericht', fields)).status, 404);
    assert.equal(await outbox().count(), before);
  });
});
