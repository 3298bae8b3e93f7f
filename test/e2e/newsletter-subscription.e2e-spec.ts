import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import request from 'supertest';
import { Like } from 'typeorm';
import { LoginThrottle } from '../../src/accounts/login-throttle.entity';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { CONSENT_VERSION, consentText } from '../../src/newsletter/consent-text';
import { NewsletterConsent } from '../../src/newsletter/consent.entity';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { createUser, signIn } from '../utils/factories';
import { linkIn } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';
import { formValues, textOf, WebClient } from '../utils/web-client';

const BASE = 'http://jep.test';
const HOUR = 3600_000;

describe('JEPzine subscription', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ smtp: true })));
  after(() => t.close());
  // Every request here comes from 127.0.0.1: each test starts with a fresh per-address count.
  beforeEach(() => t.dataSource.getRepository(LoginThrottle).delete({ key: Like('jepzine:%') }));

  const subscribers = () => t.dataSource.getRepository(NewsletterSubscriber);
  const consents = () => t.dataSource.getRepository(NewsletterConsent);
  const row = (email: string) => subscribers().findOneBy({ email });

  /** Fills in the public form as a visitor would. */
  async function subscribe(
    c: WebClient,
    email: string,
    extra: Record<string, string | string[]> = {},
  ) {
    return c.submit('/jepzine/aanmelden', { email, name: '', consent: 'on', ...extra }, false);
  }

  /** Delivers the outbox and returns the confirmation mails this address has received. */
  async function confirmMails(email: string) {
    await t.deliverMail();
    return t
      .smtp!.to(email)
      .filter((m) => /aanmelding voor JEPzine|subscription to JEPzine/.test(m.subject));
  }

  /** A subscriber row written straight to the database. */
  async function stored(email: string, fields: Partial<NewsletterSubscriber> = {}) {
    return subscribers().save(
      subscribers().create({
        email,
        name: 'Bestaand Lid',
        status: 'subscribed',
        topics: 'gemeenten',
        locale: 'nl',
        manageToken: createHash('sha256').update(email).digest('base64url'),
        confirmTokenHash: null,
        confirmSentAt: null,
        userId: null,
        subscribedAt: new Date(Date.now() - 30 * 86_400_000),
        unsubscribedAt: null,
        bouncedAt: null,
        bounceReason: null,
        ...fields,
      }),
    );
  }

  it('double opt-in: the form, the mail, a GET that changes nothing, the button, the consent record', async () => {
    const c = t.client();
    const form = await c.get('/jepzine/aanmelden');
    assert.equal(form.status, 200);
    assert.equal(form.$('form[action="/jepzine/aanmelden"] input[name=topics]').length, 5);
    assert.match(textOf(form.$, 'label[for=field-topics-onderwijs]'), /Onderwijs/);
    const shownText = textOf(form.$, '.jep-consent-text');
    assert.match(shownText, /alleen om JEPzine te sturen/);
    assert.equal(form.$('#field-consent').attr('aria-describedby'), 'field-consent-hint');

    const before = Date.now();
    const sent = await c.post('/jepzine/aanmelden', {
      email: '  Sanne.Bakker@Gemeente.NL ',
      name: 'Sanne Bakker',
      topics: ['veiligheid', 'onderwijs'],
      consent: 'on',
      consentLanguage: 'nl',
    });
    assert.equal(sent.status, 303);
    assert.equal(sent.location, '/jepzine/aanmelden/verstuurd');
    const check = await c.get(sent.location);
    assert.equal(check.status, 200);
    assert.match(textOf(check.$, 'h1'), /Kijk in uw mailbox/);

    const pending = await row('sanne.bakker@gemeente.nl');
    assert.ok(pending, 'stored trimmed and lower-case');
    assert.equal(pending.status, 'pending');
    assert.equal(pending.name, 'Sanne Bakker');
    assert.equal(pending.topics, 'onderwijs,veiligheid');
    assert.match(pending.confirmTokenHash!, /^[0-9a-f]{64}$/);
    assert.match(pending.manageToken, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(pending.confirmSentAt!.getTime() >= before - 1000);
    const [consent] = await consents().findBy({ subscriberId: pending.id });
    assert.equal(consent.source, 'form');
    assert.equal(consent.formVersion, CONSENT_VERSION);
    assert.equal(consent.consentText, consentText('nl'));
    assert.ok(consent.consentText.startsWith(shownText), 'the stored text is the text shown');
    assert.match(consent.consentText, /Ja, ik wil JEPzine ontvangen$/);
    assert.ok(consent.requestedAt.getTime() >= before - 1000);
    assert.equal(consent.confirmedAt, null);

    const [mail] = await confirmMails('sanne.bakker@gemeente.nl');
    assert.ok(mail, 'a confirmation mail reached the SMTP server');
    assert.equal(mail.subject, 'Bevestig uw aanmelding voor JEPzine');
    assert.match(mail.text, /Hallo Sanne Bakker,/);
    const link = linkIn(mail, `${BASE}/jepzine/bevestigen/`);
    const token = link.slice(`${BASE}/jepzine/bevestigen/`.length);
    assert.equal(createHash('sha256').update(token).digest('hex'), pending.confirmTokenHash);
    assert.ok(mail.html.includes(`/jepzine/bevestigen/${token}`));

    // A link scanner (or the person) opening the link: a page with a button, nothing changes.
    const page = await t.client().get(link.replace(BASE, ''));
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, 'main'), /sanne\.bakker@gemeente\.nl/);
    assert.equal(page.$('form button[type=submit]').length, 1);
    assert.equal((await row('sanne.bakker@gemeente.nl'))!.status, 'pending');
    assert.equal((await consents().findOneByOrFail({ id: consent.id })).confirmedAt, null);

    await c.get(link.replace(BASE, ''));
    const csrf = c.csrfToken();
    const confirmed = await c.post(link.replace(BASE, ''), {});
    assert.equal(confirmed.status, 303);
    assert.equal(confirmed.location, `/jepzine/bevestigd/${pending.manageToken}`);
    const done = await c.get(confirmed.location);
    assert.equal(done.status, 200);
    assert.match(textOf(done.$, 'h1'), /U bent aangemeld voor JEPzine/);
    assert.equal(
      done.$(`a[href="/jepzine/voorkeuren/${pending.manageToken}"]`).length,
      1,
      'a link to the preferences',
    );

    const subscribed = (await row('sanne.bakker@gemeente.nl'))!;
    assert.equal(subscribed.status, 'subscribed');
    assert.ok(subscribed.subscribedAt);
    assert.equal(subscribed.confirmTokenHash, null);
    const confirmedConsent = await consents().findOneByOrFail({ id: consent.id });
    assert.ok(confirmedConsent.confirmedAt!.getTime() >= consent.requestedAt.getTime());

    // The same button again (back button, double click) and the link again: nothing changes.
    const again = await c.post(link.replace(BASE, ''), {}, { csrf });
    assert.equal(again.status, 404);
    assert.match(textOf(again.$, 'h1'), /Deze link werkt niet/);
    assert.match(textOf(again.$, 'main'), /al bevestigd\? Dan bent u aangemeld/);
    const reopened = await t.client().get(link.replace(BASE, ''));
    assert.equal(reopened.status, 404);
    const after = (await row('sanne.bakker@gemeente.nl'))!;
    assert.equal(after.subscribedAt!.getTime(), subscribed.subscribedAt.getTime());
    assert.equal(
      (await consents().findOneByOrFail({ id: consent.id })).confirmedAt!.getTime(),
      confirmedConsent.confirmedAt!.getTime(),
    );
  });

  it('stores the consent text in the language it was shown in', async () => {
    const c = t.client();
    await c.get('/taal/en?terug=/jepzine/aanmelden', true);
    const form = await c.get('/jepzine/aanmelden');
    const shown = `${textOf(form.$, '.jep-consent-text')}\n${textOf(form.$, 'label[for=field-consent]')}`;
    assert.match(shown, /only to send you JEPzine/);
    const sent = await c.post('/jepzine/aanmelden', {
      ...formValues(form, 'form[action="/jepzine/aanmelden"]'),
      email: 'emma@school.example',
      consent: 'on',
    });
    assert.equal(sent.status, 303);
    const s = (await row('emma@school.example'))!;
    assert.equal(s.locale, 'en');
    const [consent] = await consents().findBy({ subscriberId: s.id });
    assert.equal(consent.consentText, shown);
    assert.equal(consent.consentText, consentText('en'));
    const [mail] = await confirmMails('emma@school.example');
    assert.equal(mail.subject, 'Confirm your subscription to JEPzine');
  });

  it('one-click unsubscribe: the GET only asks, a POST without session or CSRF token unsubscribes and sets no cookie', async () => {
    const s = await stored('one.click@example.nl');
    await consents().insert({
      subscriberId: s.id,
      source: 'form',
      formVersion: CONSENT_VERSION,
      consentText: consentText('nl'),
      importNote: null,
      requestedAt: new Date(Date.now() - 40 * 86_400_000),
      confirmedAt: new Date(Date.now() - 40 * 86_400_000),
      withdrawnAt: null,
    });
    const path = `/jepzine/afmelden/${s.manageToken}`;

    const scanner = await request(t.app.getHttpServer()).get(path).set('Accept', 'text/html');
    assert.equal(scanner.status, 200);
    assert.match(scanner.text, /Wilt u JEPzine niet meer ontvangen op one\.click@example\.nl\?/);
    assert.equal(scanner.headers['set-cookie'], undefined, 'the question page starts no session');
    assert.equal((await row('one.click@example.nl'))!.status, 'subscribed');

    const oneClick = await request(t.app.getHttpServer())
      .post(path)
      .type('application/x-www-form-urlencoded')
      .send('List-Unsubscribe=One-Click');
    assert.equal(oneClick.status, 200);
    assert.match(oneClick.text, /U bent afgemeld/);
    assert.match(oneClick.text, /href="\/jepzine\/aanmelden"/);
    assert.equal(oneClick.headers['set-cookie'], undefined);
    const gone = (await row('one.click@example.nl'))!;
    assert.equal(gone.status, 'unsubscribed');
    assert.ok(gone.unsubscribedAt);
    const [withdrawn] = await consents().findBy({ subscriberId: s.id });
    assert.ok(withdrawn.withdrawnAt);

    // A second one-click (providers retry): the same page, nothing changes.
    const twice = await request(t.app.getHttpServer())
      .post(path)
      .type('form')
      .send('List-Unsubscribe=One-Click');
    assert.equal(twice.status, 200);
    assert.match(twice.text, /U bent afgemeld/);
    const still = (await row('one.click@example.nl'))!;
    assert.equal(still.unsubscribedAt!.getTime(), gone.unsubscribedAt.getTime());
    assert.equal(
      (await consents().findOneByOrFail({ id: withdrawn.id })).withdrawnAt!.getTime(),
      withdrawn.withdrawnAt.getTime(),
    );
    // The link now says so, and offers to subscribe again.
    const page = await t.client().get(path);
    assert.match(textOf(page.$, 'main'), /is al afgemeld/);
  });

  it('a tampered or unknown token changes nothing and shows the clear page', async () => {
    const s = await stored('tamper@example.nl');
    const snapshot = JSON.stringify(await row('tamper@example.nl'));
    const wrong = `${s.manageToken.slice(0, -1)}${s.manageToken.endsWith('A') ? 'B' : 'A'}`;
    const c = t.client();
    // A session's token from a page with a form that has one (the subscribe form has none).
    await c.get('/inloggen');
    const csrf = c.csrfToken();
    for (const path of [
      `/jepzine/afmelden/${wrong}`,
      `/jepzine/voorkeuren/${wrong}`,
      `/jepzine/bevestigen/${wrong}`,
      `/jepzine/bevestigd/${wrong}`,
      '/jepzine/afmelden/kort',
    ]) {
      const page = await c.get(path);
      assert.equal(page.status, 404, path);
      assert.match(textOf(page.$, 'h1'), /Deze link werkt niet/, path);
      assert.match(textOf(page.$, 'main'), /Er is niets veranderd/, path);
    }
    const oneClick = await request(t.app.getHttpServer())
      .post(`/jepzine/afmelden/${wrong}`)
      .set('Accept', 'text/html')
      .type('form')
      .send('List-Unsubscribe=One-Click');
    assert.equal(oneClick.status, 404);
    assert.match(oneClick.text, /Deze link werkt niet/);
    const saved = await c.post(
      `/jepzine/voorkeuren/${wrong}`,
      { name: 'X', topics: 'zorg-en-welzijn' },
      { csrf },
    );
    assert.equal(saved.status, 404);
    const invalid = await c.post(
      `/jepzine/voorkeuren/${wrong}`,
      { name: 'Twee\nregels' },
      { csrf },
    );
    assert.equal(invalid.status, 404, 'invalid input behind a wrong link: still the clear page');
    assert.match(textOf(invalid.$, 'h1'), /Deze link werkt niet/);
    const confirm = await c.post(`/jepzine/bevestigen/${wrong}`, {}, { csrf });
    assert.equal(confirm.status, 404);
    assert.equal(JSON.stringify(await row('tamper@example.nl')), snapshot);
  });

  it('sends a pending address at most one confirmation mail an hour, with the same answer', async () => {
    const c = t.client();
    const first = await subscribe(c, 'twice@example.nl');
    const second = await subscribe(c, 'Twice@Example.nl');
    assert.equal(first.location, '/jepzine/aanmelden/verstuurd');
    assert.equal(second.location, first.location);
    const mails = await confirmMails('twice@example.nl');
    assert.equal(mails.length, 1, 'the second request within the hour sent nothing');
    const s = (await row('twice@example.nl'))!;
    assert.equal(await consents().countBy({ subscriberId: s.id }), 1);
    // The link of the first mail still works after the second request.
    assert.equal(
      createHash('sha256')
        .update(linkIn(mails[0], `${BASE}/jepzine/bevestigen/`).split('/').pop()!)
        .digest('hex'),
      s.confirmTokenHash,
    );

    // An hour later a new request sends a new link, and only the new one works.
    await subscribers().update(
      { id: s.id },
      { confirmSentAt: new Date(Date.now() - HOUR - 60_000) },
    );
    await subscribe(c, 'twice@example.nl');
    const later = await confirmMails('twice@example.nl');
    assert.equal(later.length, 2);
    const oldLink = linkIn(later[0], `${BASE}/jepzine/bevestigen/`).replace(BASE, '');
    const newLink = linkIn(later[1], `${BASE}/jepzine/bevestigen/`).replace(BASE, '');
    assert.notEqual(oldLink, newLink);
    assert.equal((await c.get(oldLink)).status, 404);
    assert.equal((await c.get(newLink)).status, 200);
  });

  it('limits subscribe requests per client address to 10 an hour, with a clear 429 page, storing nothing', async () => {
    const c = t.client();
    const statuses: number[] = [];
    for (let i = 1; i <= 12; i++)
      statuses.push((await subscribe(c, `flood${i}@example.nl`)).status);
    assert.deepEqual(statuses, [...Array(10).fill(303), 429, 429]);
    assert.match(textOf(c.last!.$, 'main'), /Te veel aanmeldingen vanaf dit adres/);
    assert.ok(c.last!.$('header, nav').length > 0, 'the error page is in the site layout');
    assert.equal(c.last!.status, 429);
    assert.equal(await row('flood11@example.nl'), null);
    assert.equal(await row('flood12@example.nl'), null);
    assert.equal(await subscribers().countBy({ email: Like('flood%') }), 10);
    assert.equal(
      await t.dataSource.getRepository(OutboxMessage).countBy({ toAddress: 'flood11@example.nl' }),
      0,
    );
    // Another hour: allowed again.
    await t.dataSource
      .getRepository(LoginThrottle)
      .update({ key: Like('jepzine:%') }, { windowStartedAt: new Date(Date.now() - HOUR - 1000) });
    assert.equal((await subscribe(c, 'flood11@example.nl')).status, 303);
    assert.ok(await row('flood11@example.nl'));
  });

  it('keeps the per-address limit when the requests come at the same moment', async () => {
    const c = t.client();
    await c.get('/jepzine/aanmelden');
    const pages = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        c.post('/jepzine/aanmelden', { email: `tegelijk${i}@example.nl`, consent: 'on' }),
      ),
    );
    const statuses = pages.map((p) => p.status).sort();
    assert.deepEqual(statuses, [...Array(10).fill(303), ...Array(4).fill(429)]);
    assert.equal(await subscribers().countBy({ email: Like('tegelijk%') }), 10);
  });

  it('refuses a header-injection address at the field, storing and sending nothing', async () => {
    const c = t.client();
    const outbox = await t.dataSource.getRepository(OutboxMessage).count();
    for (const email of [
      'a@b.c\r\nBcc: victim@example.nl',
      'x@example.nl, y@example.nl',
      'Naam <n@example.nl>',
    ]) {
      const page = await subscribe(c, email, { name: 'Inbreker' });
      assert.equal(page.status, 422, JSON.stringify(email));
      assert.match(
        textOf(page.$, '#field-email-error'),
        /Vul een e-mailadres in zoals naam@voorbeeld\.nl/,
      );
      assert.equal(page.$('#field-email').attr('aria-invalid'), 'true');
      assert.match(textOf(page.$, '.jep-error-summary'), /E-mailadres: Vul een e-mailadres in/);
      assert.equal(page.$('#field-name').attr('value'), 'Inbreker', 'other values kept');
    }
    const noConsent = await c.submit(
      '/jepzine/aanmelden',
      { email: 'geen.vinkje@example.nl' },
      false,
    );
    assert.equal(noConsent.status, 422);
    assert.match(
      textOf(noConsent.$, '#field-consent-error'),
      /Vink aan dat u JEPzine wilt ontvangen/,
    );
    assert.equal(noConsent.$('#field-email').attr('value'), 'geen.vinkje@example.nl');
    assert.equal(await subscribers().countBy({ email: Like('%victim%') }), 0);
    assert.equal(await row('geen.vinkje@example.nl'), null);
    assert.equal(await t.dataSource.getRepository(OutboxMessage).count(), outbox);
  });

  it('answers a subscribed address exactly like an unknown one, and changes nothing for it', async () => {
    await stored('bekend@example.nl');
    const known = await subscribe(t.client(), 'bekend@example.nl', {
      name: 'Iemand Anders',
      topics: 'zorg-en-welzijn',
    });
    const unknown = await subscribe(t.client(), 'onbekend@example.nl', {
      name: 'Iemand Anders',
      topics: 'zorg-en-welzijn',
    });
    assert.equal(known.status, unknown.status);
    assert.equal(known.location, unknown.location);
    const knownPage = await t.client().get(known.location!);
    const unknownPage = await t.client().get(unknown.location!);
    assert.equal(textOf(knownPage.$, 'main'), textOf(unknownPage.$, 'main'));
    const s = (await row('bekend@example.nl'))!;
    assert.equal(s.status, 'subscribed');
    assert.equal(s.name, 'Bestaand Lid');
    assert.equal(s.topics, 'gemeenten');
    assert.equal(
      (await confirmMails('bekend@example.nl')).length,
      0,
      'a subscribed address gets no mail',
    );
    assert.equal((await confirmMails('onbekend@example.nl')).length, 1);
  });

  it('an unsubscribed or bounced address that subscribes again goes through opt-in again', async () => {
    await stored('weer@example.nl', { status: 'unsubscribed', unsubscribedAt: new Date() });
    await stored('bounce@example.nl', {
      status: 'bounced',
      bouncedAt: new Date(),
      bounceReason: '550',
    });
    for (const email of ['weer@example.nl', 'bounce@example.nl']) {
      await subscribe(t.client(), email);
      const s = (await row(email))!;
      assert.equal(s.status, 'pending', email);
      const [mail] = await confirmMails(email);
      const c = t.client();
      const done = await c.submit(
        linkIn(mail, `${BASE}/jepzine/bevestigen/`).replace(BASE, ''),
        {},
        true,
      );
      assert.match(textOf(done.$, 'h1'), /U bent aangemeld/);
      const again = (await row(email))!;
      assert.equal(again.status, 'subscribed');
      assert.equal(again.unsubscribedAt, null);
      assert.equal(again.bouncedAt, null);
    }
  });

  it('saves preferences behind the personal link (none = everything) and unsubscribes with its button', async () => {
    const s = await stored('voorkeur@example.nl');
    const c = t.client();
    const path = `/jepzine/voorkeuren/${s.manageToken}`;
    const page = await c.get(path);
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, 'main'), /voorkeur@example\.nl/);
    assert.match(textOf(page.$, 'main'), /U krijgt JEPzine op dit adres/);
    assert.equal(page.$('input[name=topics][value=gemeenten]').attr('checked'), 'checked');
    assert.equal(page.$('#field-name').attr('value'), 'Bestaand Lid');

    const saved = await c.post(
      path,
      { name: 'Nieuwe Naam', topics: ['onderwijs', 'jongerenwerk', 'onzin'] },
      { follow: true },
    );
    assert.equal(saved.status, 200);
    assert.match(textOf(saved.$, '.jep-flash'), /Uw voorkeuren zijn opgeslagen/);
    assert.equal(saved.$('input[name=topics][value=onderwijs]').attr('checked'), 'checked');
    let now = (await row('voorkeur@example.nl'))!;
    assert.equal(now.topics, 'onderwijs,jongerenwerk');
    assert.equal(now.name, 'Nieuwe Naam');

    await c.post(path, { name: 'Nieuwe Naam' }, { follow: true });
    now = (await row('voorkeur@example.nl'))!;
    assert.equal(now.topics, '', 'no topics: everything');
    assert.equal(now.status, 'subscribed');

    const invalid = await c.post(path, { name: 'Twee\nregels' });
    assert.equal(invalid.status, 422);
    assert.ok(textOf(invalid.$, '#field-name-error'));
    assert.equal((await row('voorkeur@example.nl'))!.name, 'Nieuwe Naam');

    const form = c.last!.$(`form[action="/jepzine/afmelden/${s.manageToken}"]`);
    assert.equal(form.length, 1, 'the preferences page has an unsubscribe button');
    const out = await c.post(`/jepzine/afmelden/${s.manageToken}`, {}, { csrf: null });
    assert.equal(out.status, 200);
    assert.equal((await row('voorkeur@example.nl'))!.status, 'unsubscribed');
  });

  it('/mijn/jepzine: subscribe at once with the verified account address, choose topics, unsubscribe', async () => {
    const user = await createUser(t.dataSource, {
      email: 'lid.account@example.nl',
      name: 'Anouk de Boer',
    });
    const c = t.client();
    await signIn(c, user.email);
    const profile = await c.get('/mijn/profiel');
    assert.equal(profile.$('a[href="/mijn/jepzine"]').length, 1, 'the profile links to it');
    assert.equal((await t.client().get('/mijn/jepzine')).status, 303, 'signed in only');

    const page = await c.get('/mijn/jepzine');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, 'main'), /Dit adres is niet aangemeld/);
    const shown = `${textOf(page.$, '.jep-consent-text')}\n${textOf(page.$, 'form[action="/mijn/jepzine/aanmelden"] button')}`;
    const outbox = await t.dataSource.getRepository(OutboxMessage).count();
    const done = await c.post('/mijn/jepzine/aanmelden', { topics: 'onderwijs' }, { follow: true });
    assert.match(textOf(done.$, '.jep-flash'), /U bent aangemeld voor JEPzine/);
    assert.match(textOf(done.$, 'main'), /U krijgt JEPzine op dit adres/);
    const s = (await row('lid.account@example.nl'))!;
    assert.equal(s.status, 'subscribed');
    assert.equal(s.userId, user.id);
    assert.equal(s.topics, 'onderwijs');
    assert.equal(s.name, 'Anouk de Boer');
    const [consent] = await consents().findBy({ subscriberId: s.id });
    assert.equal(consent.source, 'profile');
    assert.equal(consent.formVersion, CONSENT_VERSION);
    assert.equal(consent.consentText, shown);
    assert.equal(consent.confirmedAt!.getTime(), consent.requestedAt.getTime());
    assert.equal(
      await t.dataSource.getRepository(OutboxMessage).count(),
      outbox,
      'no confirmation mail',
    );

    await c.post(
      '/mijn/jepzine/voorkeuren',
      { topics: ['gemeenten', 'veiligheid'] },
      { follow: true },
    );
    assert.equal((await row('lid.account@example.nl'))!.topics, 'gemeenten,veiligheid');
    assert.match(textOf(c.last!.$, 'main'), /Gemeenten, Veiligheid en politie/);

    const out = await c.post('/mijn/jepzine/afmelden', {}, { follow: true });
    assert.match(textOf(out.$, '.jep-flash'), /U bent afgemeld voor JEPzine/);
    const gone = (await row('lid.account@example.nl'))!;
    assert.equal(gone.status, 'unsubscribed');
    assert.ok((await consents().findOneByOrFail({ id: consent.id })).withdrawnAt);
    assert.equal(out.$('form[action="/mijn/jepzine/aanmelden"]').length, 1);
  });

  it('/mijn/jepzine: a bounced address becomes subscribed again', async () => {
    const user = await createUser(t.dataSource, { email: 'stuiter@example.nl' });
    await stored('stuiter@example.nl', {
      status: 'bounced',
      bouncedAt: new Date(),
      bounceReason: '550 unknown',
    });
    const c = t.client();
    await signIn(c, user.email);
    const page = await c.get('/mijn/jepzine');
    assert.match(textOf(page.$, 'main'), /kwam niet aan/);
    await c.post('/mijn/jepzine/aanmelden', {}, { follow: true });
    const s = (await row('stuiter@example.nl'))!;
    assert.equal(s.status, 'subscribed');
    assert.equal(s.bouncedAt, null);
    assert.equal(s.userId, user.id);
  });
});
