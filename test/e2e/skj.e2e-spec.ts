import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import hbs from 'hbs';
import { User } from '../../src/accounts/user.entity';
import { newCertificateCode } from '../../src/certificates/certificate-code';
import { Certificate } from '../../src/certificates/certificate.entity';
import { toAmsterdamParts } from '../../src/common/views/amsterdam-time';
import type { Edition } from '../../src/scheduling/edition.entity';
import { SkjPointsService } from '../../src/skj/skj-points.service';
import { skjSummary } from '../../src/skj/skj.presenter';
import { createEdition, daysFromNow } from '../utils/enrolment-fixtures';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const DAY = 86_400_000;

/** A local date `days` ago in Amsterdam, YYYY-MM-DD. */
function daysAgo(days: number): string {
  return toAmsterdamParts(new Date(Date.now() - days * DAY)).date;
}

describe('SKJ points', () => {
  let t: TestApp;
  let professional: User;
  let other: User;
  let noNumber: User;
  let staff: User;
  let professionalClient: WebClient;
  let otherClient: WebClient;
  let noNumberClient: WebClient;
  let staffClient: WebClient;
  let edition: Edition;
  let otherEdition: Edition;
  const mine: Record<string, Certificate> = {};
  let othersCode = '';

  async function signedIn(user: User) {
    const client = t.client();
    await signIn(client, user.email);
    return client;
  }

  /** A certificate row as the issuing code would write it (the facts frozen at issue). */
  async function certificate(
    user: User,
    forEdition: Edition,
    endsOn: string,
    fields: Partial<Certificate> = {},
  ): Promise<Certificate> {
    const repo = t.dataSource.getRepository(Certificate);
    return repo.save(
      repo.create({
        code: newCertificateCode(),
        enrolmentId: null,
        userId: user.id,
        editionId: forEdition.id,
        holderName: user.name,
        skjNumber: user.skjNumber,
        offeringTitle: 'Omgaan met Extreme Idealen',
        editionTitle: forEdition.title,
        startsOn: endsOn,
        endsOn,
        studyLoadHours: 12,
        skjPoints: 8,
        issuedAt: new Date(),
        issuedBy: null,
        issueReason: null,
        revokedAt: null,
        revokeReason: null,
        ...fields,
      }),
    );
  }

  /** GET as bytes: the CSV's BOM must be checked as it is sent. */
  async function download(client: WebClient, path: string) {
    const res = await client.agent
      .get(path)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const bytes = res.body as Buffer;
    return { res, bytes, text: bytes.subarray(3).toString('utf8') };
  }

  const recent = daysAgo(30);
  const twoYears = daysAgo(2 * 365 + 10);
  const sixYears = daysAgo(6 * 365 + 10);
  const revokedDay = daysAgo(60);

  before(async () => {
    t = await createTestApp();
    professional = await createUser(t.dataSource, { name: 'Anna Bakker', skjNumber: '1234567' });
    other = await createUser(t.dataSource, { name: 'Karel Anders', skjNumber: '7654321' });
    noNumber = await createUser(t.dataSource, { name: 'Bram de Wit', skjNumber: null });
    staff = await createUser(t.dataSource, { role: 'staff', name: 'Sanne Medewerker' });
    professionalClient = await signedIn(professional);
    otherClient = await signedIn(other);
    noNumberClient = await signedIn(noNumber);
    staffClient = await signedIn(staff);

    const past = [[daysFromNow(-31), '09:30', '12:30']] as [string, string, string][];
    ({ edition } = await createEdition(t.dataSource, {
      meetings: past,
      registrationOpensAt: new Date(Date.now() - 90 * DAY),
      registrationClosesAt: new Date(Date.now() - 40 * DAY),
    }));
    ({ edition: otherEdition } = await createEdition(t.dataSource, {
      meetings: past,
      registrationOpensAt: new Date(Date.now() - 90 * DAY),
      registrationClosesAt: new Date(Date.now() - 40 * DAY),
    }));

    mine.recent = await certificate(professional, edition, recent, { skjPoints: 8 });
    mine.twoYears = await certificate(professional, otherEdition, twoYears, {
      skjPoints: 5,
      offeringTitle: 'Werkatelier Informatie uitwisselen',
      studyLoadHours: 4,
    });
    mine.sixYears = await certificate(professional, otherEdition, sixYears, { skjPoints: 7 });
    mine.revoked = await certificate(professional, otherEdition, revokedDay, {
      skjPoints: 100,
      revokedAt: new Date(),
      revokeReason: 'Onterecht uitgegeven',
    });
    othersCode = (await certificate(other, edition, recent, { skjPoints: 3 })).code;
    await certificate(noNumber, edition, recent, { skjPoints: 8 });
    // revoked in the edition: not on the staff list
    await certificate(other, edition, recent, {
      skjPoints: 8,
      revokedAt: new Date(),
      revokeReason: 'Vervangen',
    });
  });
  after(() => t.close());

  it('counts points per year of completion and over the five years; never a revoked one', async () => {
    const overview = await t.app.get(SkjPointsService).forUser(professional.id, new Date());
    assert.equal(overview.skjNumber, '1234567');
    const expectedYears = new Map<number, { points: number; certificates: number }>();
    for (const [day, points] of [
      [recent, 8],
      [twoYears, 5],
      [sixYears, 7],
    ] as const) {
      const year = Number(day.slice(0, 4));
      const e = expectedYears.get(year) ?? { points: 0, certificates: 0 };
      expectedYears.set(year, { points: e.points + points, certificates: e.certificates + 1 });
    }
    assert.deepEqual(
      overview.years,
      [...expectedYears.entries()].sort((a, b) => b[0] - a[0]).map(([year, e]) => ({ year, ...e })),
    );
    // the six-year-old one is outside the period, the revoked one is nowhere
    assert.equal(overview.period.points, 13);
    assert.equal(overview.period.certificates, 2);
    assert.equal(overview.period.to, daysAgo(0));
    assert.equal(
      overview.period.from,
      `${Number(daysAgo(0).slice(0, 4)) - 5}${daysAgo(0).slice(4)}`,
    );
    assert.deepEqual(
      overview.certificates.map((c) => [c.code, c.inPeriod]),
      [
        [mine.recent.code, true],
        [mine.twoYears.code, true],
        [mine.sixYears.code, false],
      ],
    );
  });

  it('shows the own overview: totals, the SKJ number, links to the check and the PDF', async () => {
    const page = await professionalClient.get('/mijn/skj-punten');
    assert.equal(page.status, 200);
    const { $ } = page;
    assert.equal(textOf($, 'h1'), 'Mijn SKJ-punten');
    assert.match(textOf($, '.jep-skj-number'), /1234567/);
    assert.equal($('.jep-skj-number a').attr('href'), '/mijn/profiel#field-skjNumber');
    assert.equal(textOf($, '.jep-skj-total'), '13 punten');
    assert.match(textOf($, '.jep-skj-period-text'), /vijf jaar/);
    assert.match(textOf($, '.jep-skj-period-text'), /tot en met/);
    const rows = $('table.jep-skj-certificates tbody tr');
    assert.equal(rows.length, 3);
    const first = rows.first();
    assert.equal(first.attr('data-code'), mine.recent.code);
    assert.equal(first.find('a.jep-skj-verify').attr('href'), `/certificaten/${mine.recent.code}`);
    assert.equal(
      first.find('a.jep-skj-pdf').attr('href'),
      `/mijn/certificaten/${mine.recent.id}.pdf`,
    );
    assert.match(textOf($, `tr[data-code="${mine.sixYears.code}"]`), /valt buiten de vijf jaar/);
    assert.equal($(`tr[data-code="${mine.revoked.code}"]`).length, 0, 'revoked: not listed');
    assert.ok(!page.text.includes(othersCode), "another user's certificate never appears");
    const year = Number(recent.slice(0, 4));
    assert.match(textOf($, `table.jep-skj-years tr[data-year="${year}"]`), new RegExp(`^${year} `));
    assert.equal($('a.jep-skj-csv').attr('href'), '/mijn/skj-punten.csv');
  });

  it('without an SKJ number: a hint to add it on the profile; no certificates: says so', async () => {
    const page = await noNumberClient.get('/mijn/skj-punten');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-skj-number-missing'), /nog geen SKJ-registratienummer/);
    assert.equal(page.$('.jep-skj-number-missing a').attr('href'), '/mijn/profiel#field-skjNumber');
    const fresh = await createUser(t.dataSource);
    const empty = await (await signedIn(fresh)).get('/mijn/skj-punten');
    assert.equal(empty.status, 200);
    assert.match(textOf(empty.$, '.jep-skj-none'), /nog geen geldige certificaten/);
    assert.equal(textOf(empty.$, '.jep-skj-total'), '0 punten');
  });

  it('is there in English too, with the English CSV headers', async () => {
    const en = await signedIn(professional);
    const page = await en.get('/taal/en?terug=/mijn/skj-punten', true);
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'h1'), 'My SKJ points');
    assert.equal(textOf(page.$, '.jep-skj-total'), '13 points');
    const { text } = await download(en, '/mijn/skj-punten.csv');
    assert.match(text, /^Date completed;Training;Edition;Study load \(hours\);SKJ points;/);
  });

  it('exports the own certificates as CSV for a Dutch spreadsheet, own data only', async () => {
    const { res, bytes, text } = await download(professionalClient, '/mijn/skj-punten.csv');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(
      String(res.headers['content-disposition']),
      /^attachment; filename="skj-punten-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const lines = text.split('\r\n');
    assert.equal(
      lines[0],
      'Datum afronding;Training;Uitvoering;Studiebelasting (uur);SKJ-punten;Certificaatnummer;Controleren',
    );
    assert.equal(lines.at(-1), '', 'every line ends with CRLF');
    assert.equal(lines.length, 5, 'header, three valid certificates, final CRLF');
    const dutch = (d: string) => d.split('-').reverse().join('-');
    assert.equal(
      lines[1],
      `${dutch(recent)};Omgaan met Extreme Idealen;${edition.title};12;8;${mine.recent.code};http://jep.test/certificaten/${mine.recent.code}`,
    );
    assert.match(lines[2], new RegExp(`^${dutch(twoYears)};Werkatelier Informatie uitwisselen;`));
    assert.ok(!text.includes(mine.revoked.code), 'no revoked certificate');
    assert.ok(!text.includes(othersCode), "no other user's certificate");

    const theirs = await download(otherClient, '/mijn/skj-punten.csv');
    assert.ok(theirs.text.includes(othersCode));
    assert.ok(!theirs.text.includes(mine.recent.code), 'the other user sees only their own');
  });

  it('staff see who of an edition can be reported, and how many have no SKJ number', async () => {
    const page = await staffClient.get(`/beheer/uitvoeringen/${edition.id}/skj`);
    assert.equal(page.status, 200);
    const rows = page.$('table.jep-skj-participants tbody tr');
    assert.equal(rows.length, 3, 'three valid certificates; the revoked one is left out');
    const byName = Object.fromEntries(
      rows.toArray().map((r) => [page.$(r).find('th').text().trim(), page.$(r)]),
    );
    assert.equal(byName['Bram de Wit'].find('.jep-skj-number').text().trim(), 'geen');
    assert.equal(byName['Anna Bakker'].find('.jep-skj-number').text().trim(), '1234567');
    assert.match(byName['Anna Bakker'].text(), new RegExp(mine.recent.code));
    assert.match(
      textOf(page.$, '.jep-skj-missing'),
      /^1 van hen hebben geen SKJ-registratienummer/,
    );
    assert.equal(
      page.$('a.jep-skj-csv').attr('href'),
      `/beheer/uitvoeringen/${edition.id}/skj.csv`,
    );
  });

  it('staff export the register CSV: the register columns, only people with a number', async () => {
    const { res, bytes, text } = await download(
      staffClient,
      `/beheer/uitvoeringen/${edition.id}/skj.csv`,
    );
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(
      String(res.headers['content-disposition']),
      new RegExp(`^attachment; filename="skj-[a-z0-9-]+-${edition.id}\\.csv"$`),
    );
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = text.split('\r\n');
    const dutch = recent.split('-').reverse().join('-');
    assert.deepEqual(lines, [
      'SKJ-registratienummer;Naam;Activiteit;Datum afronding;Punten;Certificaatnummer',
      `1234567;Anna Bakker;Omgaan met Extreme Idealen;${dutch};8;${mine.recent.code}`,
      `7654321;Karel Anders;Omgaan met Extreme Idealen;${dutch};3;${othersCode}`,
      '',
    ]);
  });

  it('takes the number added to the profile after issue when the certificate has none', async () => {
    const later = await createUser(t.dataSource, { name: 'Zoë Later', skjNumber: null });
    const c = await certificate(later, otherEdition, recent);
    // the profile gets a number only now
    await t.dataSource.getRepository(User).update({ id: later.id }, { skjNumber: '1112223' });
    const data = await t.app.get(SkjPointsService).forEdition(otherEdition.id);
    assert.equal(data.rows.find((r) => r.code === c.code)?.skjNumber, '1112223');
  });

  it('keeps the staff pages from professionals and visitors; unknown edition is 404', async () => {
    for (const path of [
      `/beheer/uitvoeringen/${edition.id}/skj`,
      `/beheer/uitvoeringen/${edition.id}/skj.csv`,
    ]) {
      assert.equal((await professionalClient.get(path)).status, 403, path);
      assert.equal((await t.client().get(path)).status, 303, `${path} visitor: to the login`);
    }
    assert.equal((await staffClient.get('/beheer/uitvoeringen/999999/skj')).status, 404);
    assert.equal((await staffClient.get('/beheer/uitvoeringen/999999/skj.csv')).status, 404);
    assert.equal((await staffClient.get('/beheer/uitvoeringen/abc/skj')).status, 404);
    assert.equal((await t.client().get('/mijn/skj-punten')).status, 303);
    assert.equal((await t.client().get('/mijn/skj-punten.csv')).status, 303);
  });

  it('renders the summary partial for /mijn: years, the five-year total, the link', async () => {
    const overview = await t.app.get(SkjPointsService).forUser(professional.id, new Date());
    // as the dashboard calls it: {{> skj/summary skj}}
    const page = hbs.handlebars.compile('{{> skj/summary skj}}')({
      skj: skjSummary(overview, 'nl'),
      locale: 'nl',
    });
    assert.ok(page.includes('href="/mijn/skj-punten"'));
    const $ = cheerio.load(page);
    assert.equal(textOf($, '.jep-skj-summary-total'), '13');
    assert.equal(
      $('table.jep-skj-summary-table tbody tr').length,
      new Set([recent, twoYears].map((d) => d.slice(0, 4))).size,
    );
    assert.match(textOf($, '.jep-skj-summary'), /13 punten/);
  });
});
