import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { User } from '../../src/accounts/user.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { NewsletterConsent } from '../../src/newsletter/consent.entity';
import { NewsletterImport } from '../../src/newsletter/subscriber-import.entity';
import { SubscriberImportService } from '../../src/newsletter/subscriber-import.service';
import { NewsletterSubscriber, SubscriberStatus } from '../../src/newsletter/subscriber.entity';
import { signedInClient } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';
import * as cheerio from 'cheerio';

const LIST = '/beheer/jepzine/abonnees';
const IMPORT = '/beheer/jepzine/abonnees/importeren';

/** Parses the `;` CSV the app writes (BOM, CRLF, quotes) into rows of cells. */
function csvRows(text: string): string[][] {
  assert.ok(text.startsWith('\uFEFF'), 'a CSV starts with a BOM');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('JEPzine subscribers: list, export and import (staff)', () => {
  let t: TestApp;
  let staff: { client: WebClient; user: User };

  async function subscriber(
    email: string,
    status: SubscriberStatus,
    fields: Partial<NewsletterSubscriber> = {},
  ): Promise<NewsletterSubscriber> {
    const repo = t.dataSource.getRepository(NewsletterSubscriber);
    return repo.save(
      repo.create({
        email,
        name: null,
        status,
        topics: '',
        locale: 'nl',
        manageToken: randomBytes(32).toString('base64url'),
        confirmTokenHash: status === 'pending' ? 'a'.repeat(64) : null,
        confirmSentAt: null,
        userId: null,
        subscribedAt: status === 'subscribed' ? new Date('2025-02-03T10:00:00Z') : null,
        unsubscribedAt: status === 'unsubscribed' ? new Date('2025-05-06T10:00:00Z') : null,
        bouncedAt: status === 'bounced' ? new Date('2025-07-08T10:00:00Z') : null,
        bounceReason: status === 'bounced' ? '550 5.1.1 mailbox unknown' : null,
        ...fields,
      }),
    );
  }

  /** GETs the import form, then posts `content` as the chosen file, as a browser would. */
  async function upload(client: WebClient, content: Buffer | string, filename = 'abonnees.csv') {
    await client.get(IMPORT);
    const res = await client.agent
      .post(IMPORT)
      .set('Accept', 'text/html')
      .field('_csrf', client.csrfToken())
      .attach('file', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), filename);
    const page: Page = {
      status: res.status,
      headers: res.headers,
      text: res.text ?? '',
      $: cheerio.load(res.text ?? ''),
      location: res.headers.location,
    };
    client.last = page;
    return page;
  }

  const count = (entity: EntityTarget<ObjectLiteral>): Promise<number> =>
    t.dataSource.manager.count(entity);
  const counts = (page: Page) =>
    Object.fromEntries(
      page
        .$('.jep-import-counts dd')
        .toArray()
        .map((dd): [string, string] => [
          page.$(dd).attr('data-count') ?? '',
          page.$(dd).text().trim(),
        ]),
    );
  /** The report's facts list: term → description. */
  const facts = (page: Page) =>
    Object.fromEntries(
      page
        .$('dl.jep-facts')
        .first()
        .find('dt')
        .toArray()
        .map((dt): [string, string] => [
          page.$(dt).text().trim(),
          page.$(dt).next('dd').text().trim(),
        ]),
    );
  const rejectedRows = (page: Page) =>
    page
      .$('table.jep-import-rejected tbody tr')
      .toArray()
      .map((tr) =>
        page
          .$(tr)
          .find('td')
          .toArray()
          .map((td) => page.$(td).text().replace(/\s+/g, ' ').trim()),
      );

  before(async () => {
    t = await createTestApp();
    staff = await signedInClient(() => t.client(), t.dataSource, 'staff');
  });
  after(() => t?.close());

  it('lists subscribers with search, status and topic filters, counts per status and pages', async () => {
    for (let i = 0; i < 55; i++)
      await subscriber(`lid${String(i).padStart(2, '0')}@example.nl`, 'subscribed', {
        topics: i % 2 === 0 ? 'onderwijs' : '',
      });
    await subscriber('bert.bakker@voorbeeld.nl', 'subscribed', {
      name: 'Bert Bakker',
      topics: 'jongerenwerk,veiligheid',
    });
    await subscriber('wacht@voorbeeld.nl', 'pending');
    await subscriber('weg@voorbeeld.nl', 'unsubscribed');
    await subscriber('kapot@voorbeeld.nl', 'bounced');

    const all = await staff.client.get(LIST);
    assert.equal(all.status, 200);
    assert.equal(textOf(all.$, 'h1'), 'JEPzine-abonnees');
    assert.equal(textOf(all.$, '.jep-subscribers-count'), '59 abonnee(s) gevonden');
    assert.equal(all.$('table.jep-subscribers tbody tr').length, 50);
    const options = all
      .$('#filter-status option')
      .toArray()
      .map((o) => all.$(o).text());
    assert.deepEqual(options, [
      'Alle statussen (59)',
      'Wacht op bevestiging (1)',
      'Aangemeld (56)',
      'Afgemeld (1)',
      'Onbestelbaar (1)',
    ]);
    assert.equal(all.$('a[rel=next]').attr('href'), `${LIST}?pagina=2`);
    assert.equal(all.$('a.jep-subscribers-csv').attr('href'), `${LIST}.csv`);
    assert.equal(all.$(`a[href="${IMPORT}"]`).length, 1);

    // search by part of the name, in other capitals
    const bert = await staff.client.get(`${LIST}?q=BAKK`);
    assert.equal(bert.$('table.jep-subscribers tbody tr').length, 1);
    const cells = bert
      .$('table.jep-subscribers tbody tr')
      .first()
      .children()
      .toArray()
      .map((c) => bert.$(c).text().replace(/\s+/g, ' ').trim());
    assert.deepEqual(cells, [
      'bert.bakker@voorbeeld.nl',
      'Bert Bakker',
      'Aangemeld',
      'Jongerenwerk, Veiligheid en politie',
      '3 februari 2025',
    ]);
    // and by part of the address; the status counts follow the search
    const voorbeeld = await staff.client.get(`${LIST}?q=voorbeeld`);
    assert.equal(textOf(voorbeeld.$, '.jep-subscribers-count'), '4 abonnee(s) gevonden');
    assert.equal(voorbeeld.$('#filter-status option[value=subscribed]').text(), 'Aangemeld (1)');
    assert.equal(voorbeeld.$('#filter-q').val(), 'voorbeeld');
    assert.equal(voorbeeld.$(`a.jep-subscribers-csv`).attr('href'), `${LIST}.csv?q=voorbeeld`);

    const bounced = await staff.client.get(`${LIST}?status=bounced`);
    assert.equal(bounced.$('table.jep-subscribers tbody tr').length, 1);
    assert.match(textOf(bounced.$, 'table.jep-subscribers tbody'), /kapot@voorbeeld\.nl/);
    assert.match(textOf(bounced.$, '.jep-bounce-reason'), /550 5\.1\.1 mailbox unknown/);
    assert.equal(bounced.$('#filter-status option[selected]').attr('value'), 'bounced');

    // a topic: who chose it, and who chose nothing (they get everything)
    const onderwijs = await staff.client.get(`${LIST}?onderwerp=onderwijs&status=subscribed`);
    assert.equal(textOf(onderwijs.$, '.jep-subscribers-count'), '55 abonnee(s) gevonden');
    const jw = await staff.client.get(`${LIST}?onderwerp=jongerenwerk&status=subscribed`);
    assert.equal(textOf(jw.$, '.jep-subscribers-count'), '28 abonnee(s) gevonden');
    assert.match(textOf(jw.$, 'table.jep-subscribers tbody'), /bert\.bakker@voorbeeld\.nl/);
    assert.doesNotMatch(textOf(jw.$, 'table.jep-subscribers tbody'), /lid00@/);

    // the second page keeps the filter
    const page2 = await staff.client.get(`${LIST}?onderwerp=onderwijs&pagina=2`);
    assert.equal(page2.$('table.jep-subscribers tbody tr').length, 8);
    assert.equal(page2.$('a[rel=prev]').attr('href'), `${LIST}?onderwerp=onderwijs`);
    assert.equal(page2.$('#filter-onderwerp option[selected]').attr('value'), 'onderwijs');
  });

  it('exports the same selection as CSV, with the newest consent record', async () => {
    const bert = await t.dataSource
      .getRepository(NewsletterSubscriber)
      .findOneByOrFail({ email: 'bert.bakker@voorbeeld.nl' });
    const consents = t.dataSource.getRepository(NewsletterConsent);
    await consents.save({
      subscriberId: bert.id,
      source: 'form',
      formVersion: '2024-01',
      consentText: 'oud',
      importNote: null,
      requestedAt: new Date('2024-01-01T09:00:00Z'),
      confirmedAt: new Date('2024-01-01T09:05:00Z'),
      withdrawnAt: null,
    });
    await consents.save({
      subscriberId: bert.id,
      source: 'profile',
      formVersion: '2025-02',
      consentText: 'nieuw',
      importNote: null,
      requestedAt: new Date('2025-02-03T10:00:00Z'),
      confirmedAt: new Date('2025-02-03T10:00:00Z'),
      withdrawnAt: null,
    });

    const res = await staff.client.agent.get(`${LIST}.csv?q=voorbeeld`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(res.headers['cache-control'], 'no-store');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(),
    );
    assert.equal(
      res.headers['content-disposition'],
      `attachment; filename="jepzine-abonnees-${today}.csv"`,
    );
    const rows = csvRows(res.text);
    assert.deepEqual(rows[0], [
      'email',
      'naam',
      'status',
      'onderwerpen',
      'aangemeld_op',
      'afgemeld_op',
      'onbestelbaar_sinds',
      'reden_onbestelbaar',
      'toestemming_bron',
      'toestemming_versie',
      'toestemming_bevestigd_op',
    ]);
    assert.deepEqual(
      rows.slice(1).map((r) => r[0]),
      ['bert.bakker@voorbeeld.nl', 'kapot@voorbeeld.nl', 'wacht@voorbeeld.nl', 'weg@voorbeeld.nl'],
    );
    assert.deepEqual(rows[1], [
      'bert.bakker@voorbeeld.nl',
      'Bert Bakker',
      'Aangemeld',
      'Jongerenwerk | Veiligheid en politie',
      '03-02-2025 11:00',
      '',
      '',
      '',
      'profiel',
      '2025-02',
      '03-02-2025 11:00',
    ]);
    assert.deepEqual(rows[2].slice(2, 8), [
      'Onbestelbaar',
      '',
      '',
      '',
      '08-07-2025 12:00',
      '550 5.1.1 mailbox unknown',
    ]);

    const bounced = csvRows((await staff.client.agent.get(`${LIST}.csv?status=bounced`)).text);
    assert.deepEqual(
      bounced.slice(1).map((r) => r[0]),
      ['kapot@voorbeeld.nl'],
    );
    const everyone = csvRows((await staff.client.agent.get(`${LIST}.csv`)).text);
    assert.equal(everyone.length, 1 + 59, 'every page, not only the first 50');
  });

  it('checks a file without changing anything, reports every rejected line, then applies it', async () => {
    await subscriber('pending@import.nl', 'pending', {
      name: 'Zelf Gekozen',
      topics: 'zorg-en-welzijn',
    });
    await subscriber('al@import.nl', 'subscribed');
    await subscriber('afgemeld@import.nl', 'unsubscribed');
    await subscriber('onbestelbaar@import.nl', 'bounced');
    const subscribersBefore = await count(NewsletterSubscriber);
    const consentsBefore = await count(NewsletterConsent);

    const file = [
      'E-mail;Naam;Onderwerpen;Toestemming;Plaats',
      'nieuw1@import.nl;Nieuwe Een;onderwijs|Jongerenwerk;ja, 2024-03-01 via website;Utrecht',
      'NIEUW2@import.nl;"Twee; met puntkomma";;"ja, beurs ""JEP"" 2023";',
      'pending@import.nl;Iemand Anders;onderwijs;ja;',
      'al@import.nl;Al Lid;;ja;',
      'afgemeld@import.nl;;;ja;',
      'onbestelbaar@import.nl;;;ja;',
      '"kwaad@import.nl\r\nBcc: iedereen@example.nl";;;ja;',
      'geen-adres;;;ja;',
      'zonder@import.nl;;;;',
      'weigert@import.nl;;;nee;',
      'sport@import.nl;;onderwijs|sport;ja;',
      'nieuw1@import.nl;Dubbel;;ja;',
      'breed@import.nl;;;ja;x;y',
      '"open@import.nl;;;ja;',
    ].join('\r\n');
    const posted = await upload(staff.client, file, 'oud-systeem.csv');
    assert.equal(posted.status, 303);
    assert.match(posted.location ?? '', /^\/beheer\/jepzine\/abonnees\/importeren\/\d+$/);
    const id = Number(posted.location!.split('/').pop());

    const report = await staff.client.get(posted.location!);
    assert.equal(report.status, 200);
    assert.equal(textOf(report.$, 'h1'), 'Controle van de import');
    assert.match(textOf(report.$, '.jep-import-state'), /er is nog niets veranderd/);
    assert.deepEqual(counts(report), {
      toAdd: '2',
      toActivate: '1',
      alreadySubscribed: '1',
      rejected: '10',
    });
    const about = facts(report);
    assert.equal(about['Scheidingsteken'], 'puntkomma (;)');
    assert.equal(about['Regels gelezen (zonder kopregel)'], '14');
    assert.equal(about['Kolom e-mailadres'], 'E-mail');
    assert.equal(about['Overgeslagen kolommen'], 'Plaats');
    assert.deepEqual(rejectedRows(report), [
      ['6', 'afgemeld@import.nl', 'Eerder afgemeld: wordt niet opnieuw aangemeld.'],
      ['7', 'onbestelbaar@import.nl', 'Onbestelbaar: mail naar dit adres komt niet aan.'],
      [
        '8',
        'kwaad@import.nl\\r\\nBcc: iedereen@example.nl',
        'Het e-mailadres bevat een regeleinde, tab, spatie of onzichtbaar teken.',
      ],
      ['10', 'geen-adres', 'Geen geldig e-mailadres.'],
      ['11', 'zonder@import.nl', 'Geen toestemming vermeld.'],
      ['12', 'weigert@import.nl', 'Geen toestemming: "nee".'],
      ['13', 'sport@import.nl', 'Onbekend onderwerp: "sport".'],
      ['14', 'nieuw1@import.nl', 'Staat al op regel 2.'],
      ['15', 'breed@import.nl', 'Te veel kolommen (6, de kopregel heeft er 5).'],
      ['16', '—', 'Een aanhalingsteken (") wordt niet gesloten; de regel is niet te lezen.'],
    ]);

    // the dry run stored the import and changed no subscriber
    assert.equal(await count(NewsletterSubscriber), subscribersBefore);
    assert.equal(await count(NewsletterConsent), consentsBefore);
    const stored = await t.dataSource.getRepository(NewsletterImport).findOneByOrFail({ id });
    assert.equal(stored.createdBy, staff.user.id);
    assert.equal(stored.filename, 'oud-systeem.csv');
    assert.equal(stored.content, file);
    assert.equal(stored.appliedAt, null);

    // every rejected line as CSV, to correct and upload again
    const csv = await staff.client.agent.get(`${IMPORT}/${id}/afgewezen.csv`);
    assert.equal(csv.status, 200);
    assert.equal(csv.headers['cache-control'], 'no-store');
    const rows = csvRows(csv.text);
    assert.deepEqual(rows[0], ['regel', 'reden', 'email', 'naam', 'onderwerpen', 'toestemming']);
    assert.equal(rows.length, 11);
    assert.deepEqual(rows[3], [
      '8',
      'Het e-mailadres bevat een regeleinde, tab, spatie of onzichtbaar teken.',
      'kwaad@import.nl\r\nBcc: iedereen@example.nl',
      '',
      '',
      'ja',
    ]);

    // apply
    const applied = await staff.client.post(`${IMPORT}/${id}/uitvoeren`, {});
    assert.equal(applied.status, 303);
    assert.equal(applied.location, `${IMPORT}/${id}`);
    const result = await staff.client.get(applied.location);
    assert.match(
      textOf(result.$, '.jep-flash'),
      /2 abonnee\(s\) toegevoegd, 1 aanmelding\(en\) bevestigd/,
    );
    assert.equal(textOf(result.$, 'h1'), 'Import uitgevoerd');
    assert.match(textOf(result.$, '.jep-import-state'), new RegExp(staff.user.email));
    assert.equal(result.$('form.jep-import-apply').length, 0, 'no second Import button');
    assert.deepEqual(counts(result), {
      toAdd: '2',
      toActivate: '1',
      alreadySubscribed: '1',
      rejected: '10',
    });

    const subscribers = t.dataSource.getRepository(NewsletterSubscriber);
    assert.equal(await count(NewsletterSubscriber), subscribersBefore + 2);
    const one = await subscribers.findOneByOrFail({ email: 'nieuw1@import.nl' });
    assert.equal(one.status, 'subscribed');
    assert.equal(one.name, 'Nieuwe Een');
    assert.equal(one.topics, 'onderwijs,jongerenwerk');
    assert.ok(one.subscribedAt && Date.now() - one.subscribedAt.getTime() < 60_000);
    assert.match(one.manageToken, /^[A-Za-z0-9_-]{43}$/);
    const two = await subscribers.findOneByOrFail({ email: 'nieuw2@import.nl' });
    assert.equal(two.name, 'Twee; met puntkomma');
    assert.equal(two.topics, '');
    assert.notEqual(two.manageToken, one.manageToken);
    const pending = await subscribers.findOneByOrFail({ email: 'pending@import.nl' });
    assert.equal(pending.status, 'subscribed');
    assert.equal(pending.name, 'Zelf Gekozen', 'their own choices stay');
    assert.equal(pending.topics, 'zorg-en-welzijn');
    assert.equal(pending.confirmTokenHash, null);
    for (const [email, status] of [
      ['al@import.nl', 'subscribed'],
      ['afgemeld@import.nl', 'unsubscribed'],
      ['onbestelbaar@import.nl', 'bounced'],
    ])
      assert.equal((await subscribers.findOneByOrFail({ email })).status, status, email);
    assert.equal(await subscribers.countBy({ email: 'sport@import.nl' }), 0);

    // one consent record per imported or confirmed address
    assert.equal(await count(NewsletterConsent), consentsBefore + 3);
    const consent = await t.dataSource
      .getRepository(NewsletterConsent)
      .findOneByOrFail({ subscriberId: two.id });
    assert.equal(consent.source, 'import');
    assert.equal(consent.formVersion, 'import');
    assert.equal(consent.importNote, 'ja, beurs "JEP" 2023');
    assert.equal(
      consent.consentText,
      `Toestemming overgenomen uit het vorige systeem; vastgelegd bij import door ${staff.user.email} uit oud-systeem.csv.`,
    );
    assert.ok(consent.confirmedAt);
    assert.equal(consent.requestedAt.getTime(), consent.confirmedAt.getTime());
    assert.equal(
      await t.dataSource
        .getRepository(NewsletterConsent)
        .countBy({ subscriberId: pending.id, source: 'import' }),
      1,
    );

    const done = await t.dataSource.getRepository(NewsletterImport).findOneByOrFail({ id });
    assert.ok(done.appliedAt);
    assert.equal(done.content, '', 'the file is not kept once applied');
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'newsletter.subscribers_imported', subjectId: String(id) });
    assert.equal(audit.actorId, staff.user.id);
    assert.deepEqual(JSON.parse(audit.detail!), {
      filename: 'oud-systeem.csv',
      toAdd: 2,
      toActivate: 1,
      alreadySubscribed: 1,
      rejected: 10,
    });

    // a second click changes nothing and says so
    await staff.client.get(`${IMPORT}/${id}`);
    const again = await staff.client.post(`${IMPORT}/${id}/uitvoeren`, {});
    assert.equal(again.status, 303);
    const told = await staff.client.get(again.location!);
    assert.match(textOf(told.$, '.jep-flash'), /Deze import is al uitgevoerd/);
    assert.equal(await count(NewsletterSubscriber), subscribersBefore + 2);
    assert.equal(await count(NewsletterConsent), consentsBefore + 3);
  });

  it('judges again when applying: an address that unsubscribed after the check is left alone', async () => {
    const posted = await upload(
      staff.client,
      'email,toestemming\nlater@import.nl,ja\nnu@import.nl,ja\n',
    );
    assert.equal(posted.status, 303);
    await subscriber('later@import.nl', 'unsubscribed');
    await staff.client.get(posted.location!);
    await staff.client.post(`${posted.location}/uitvoeren`, {});
    const result = await staff.client.get(posted.location!);
    assert.deepEqual(counts(result), {
      toAdd: '1',
      toActivate: '0',
      alreadySubscribed: '0',
      rejected: '1',
    });
    const subscribers = t.dataSource.getRepository(NewsletterSubscriber);
    assert.equal(
      (await subscribers.findOneByOrFail({ email: 'later@import.nl' })).status,
      'unsubscribed',
    );
    assert.equal(
      (await subscribers.findOneByOrFail({ email: 'nu@import.nl' })).status,
      'subscribed',
    );
  });

  it('reads a Windows-1252 file from Excel, and a UTF-16 one', async () => {
    const excel = Buffer.from(
      'email;naam;toestemming\r\nfryslan@import.nl;Sjoukje fan Fryslân;ja, café 2022\r\n',
      'latin1',
    );
    const posted = await upload(staff.client, excel, 'excel.csv');
    assert.equal(posted.status, 303);
    const report = await staff.client.get(posted.location!);
    assert.equal(facts(report)['Tekenset'], 'Windows-1252');
    await staff.client.post(`${posted.location}/uitvoeren`, {});
    const s = await t.dataSource
      .getRepository(NewsletterSubscriber)
      .findOneByOrFail({ email: 'fryslan@import.nl' });
    assert.equal(s.name, 'Sjoukje fan Fryslân');
    const c = await t.dataSource
      .getRepository(NewsletterConsent)
      .findOneByOrFail({ subscriberId: s.id });
    assert.equal(c.importNote, 'ja, café 2022');

    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('email\tname\tconsent\r\nzoe@import.nl\tZoë\tyes\r\n', 'utf16le'),
    ]);
    const second = await upload(staff.client, utf16, 'unicode.txt');
    assert.equal(second.status, 303);
    const r2 = await staff.client.get(second.location!);
    assert.equal(facts(r2)['Tekenset'], 'UTF-16 (LE)');
    assert.equal(facts(r2)['Scheidingsteken'], 'tab');
    assert.equal(counts(r2).toAdd, '1');
  });

  it('refuses a file that is no import on the form (422) and stores nothing', async () => {
    const before = await t.dataSource.getRepository(NewsletterImport).count();
    const cases: [Buffer | string, RegExp][] = [
      ['', /Het bestand is leeg/],
      ['email;toestemming\r\n', /Het bestand is leeg/],
      ['naam;toestemming\nAnna;ja\n', /geen kolom "email"/],
      ['email;naam\na@b.nl;Anna\n', /geen kolom "toestemming"/],
      [
        Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, 0x08, 0, 0, 0, 0x21, 0]),
        /niet te lezen als CSV/,
      ],
    ];
    for (const [content, message] of cases) {
      const page = await upload(staff.client, content);
      assert.equal(page.status, 422, String(message));
      assert.match(textOf(page.$, '.jep-error-summary'), message);
      assert.match(textOf(page.$, '.jep-error-summary'), /CSV-bestand/, 'names the field');
      assert.equal(page.$('#field-file').attr('aria-invalid'), 'true');
      assert.match(textOf(page.$, '#field-file-error'), message);
    }

    // no file chosen
    await staff.client.get(IMPORT);
    const none = await staff.client.agent
      .post(IMPORT)
      .set('Accept', 'text/html')
      .field('_csrf', staff.client.csrfToken());
    assert.equal(none.status, 422);
    assert.match(none.text, /Kies een CSV-bestand/);

    // over the limit: refused while reading, with the limit named
    const huge = await upload(staff.client, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    assert.equal(huge.status, 422);
    assert.match(textOf(huge.$, '.jep-error-summary'), /te groot \(hoogstens 10 MB\)/);

    // and without the form's token nothing is read at all
    const forged = await staff.client.agent
      .post(IMPORT)
      .set('Accept', 'text/html')
      .attach('file', Buffer.from('email;toestemming\na@b.nl;ja\n'), 'x.csv');
    assert.equal(forged.status, 403);
    assert.equal(await t.dataSource.getRepository(NewsletterImport).count(), before);
  });

  it('shows an import only to the staff member who uploaded it; professionals get 403', async () => {
    const posted = await upload(staff.client, 'email;toestemming\nprive@import.nl;ja\n');
    const path = posted.location!;
    const colleague = await signedInClient(() => t.client(), t.dataSource, 'staff');
    assert.equal((await colleague.client.get(path)).status, 404);
    assert.equal((await colleague.client.agent.get(`${path}/afgewezen.csv`)).status, 404);
    await colleague.client.get(IMPORT);
    const applied = await colleague.client.post(`${path}/uitvoeren`, {});
    assert.equal(applied.status, 404);
    assert.equal(
      await t.dataSource.getRepository(NewsletterSubscriber).countBy({ email: 'prive@import.nl' }),
      0,
    );
    // the colleague's own list of imports does not show it either
    const form = await colleague.client.get(IMPORT);
    assert.equal(form.$('.jep-import-recent').length, 0);
    const own = await staff.client.get(IMPORT);
    assert.ok(own.$(`.jep-import-recent a[href="${path}"]`).length === 1);

    const professional = await signedInClient(() => t.client(), t.dataSource, 'professional');
    for (const p of [LIST, `${LIST}.csv`, IMPORT, path, `${path}/afgewezen.csv`])
      assert.equal((await professional.client.get(p)).status, 403, p);
    const visitor = t.client();
    assert.equal((await visitor.get(LIST)).status, 303);
  });

  it('deletes an import nobody applied, with its file, after a week; applied ones keep their report', async () => {
    const kept = await upload(staff.client, 'email;toestemming\nbewaard@import.nl;ja\n');
    const keptId = Number(kept.location!.split('/').pop());
    await staff.client.get(kept.location!);
    await staff.client.post(`${kept.location!}/uitvoeren`, {});
    const forgotten = await upload(staff.client, 'email;toestemming\nvergeten@import.nl;ja\n');
    const forgottenId = Number(forgotten.location!.split('/').pop());
    const imports = t.dataSource.getRepository(NewsletterImport);
    const jobs = t.app.get(SubscriberImportService);

    assert.equal(await jobs.purgeUnapplied(new Date(Date.now() + 6 * 86_400_000)), 0);
    assert.ok(await imports.existsBy({ id: forgottenId }), 'kept for a week');
    await jobs.purgeUnapplied(new Date(Date.now() + 8 * 86_400_000));
    assert.equal(await imports.existsBy({ id: forgottenId }), false, 'gone after a week');
    assert.ok((await imports.findOneByOrFail({ id: keptId })).appliedAt, 'the applied one stays');
    assert.equal((await staff.client.get(forgotten.location!)).status, 404);
  });

  it('checks and applies a 50,000-line file completely', async () => {
    const lines = ['email;naam;onderwerpen;toestemming'];
    for (let i = 0; i < 50_000; i++)
      lines.push(`massa${i}@groot.nl;Persoon ${i};${i % 3 === 0 ? 'onderwijs' : ''};ja, 2020`);
    const before = await count(NewsletterSubscriber);
    const consentsBefore = await count(NewsletterConsent);
    const started = Date.now();
    const posted = await upload(staff.client, lines.join('\r\n'), 'groot.csv');
    assert.equal(posted.status, 303);
    const checked = Date.now();
    const report = await staff.client.get(posted.location!);
    assert.equal(counts(report).toAdd, '50.000');
    assert.equal(await count(NewsletterSubscriber), before);
    await staff.client.post(`${posted.location}/uitvoeren`, {});
    const applied = Date.now();
    assert.equal(await count(NewsletterSubscriber), before + 50_000);
    assert.equal(await count(NewsletterConsent), consentsBefore + 50_000);
    assert.equal(
      await t.dataSource
        .getRepository(NewsletterSubscriber)
        .countBy({ email: 'massa49999@groot.nl', status: 'subscribed' }),
      1,
    );
    if (process.env.TEST_LOG || process.env.BENCH_LOG)
      console.log(`50,000 lines: check ${checked - started} ms, apply ${applied - checked} ms`);
  });
});
