import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newCertificateCode } from '../../src/certificates/certificate-code';
import { Certificate } from '../../src/certificates/certificate.entity';
import { Attendance } from '../../src/enrolments/attendance.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { Trajectory } from '../../src/trajectories/trajectory.entity';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { createEdition, createEnrolment } from '../utils/enrolment-fixtures';
import { createQuestionnaire, createResponses } from '../utils/evaluation-fixtures';
import { createUser, signedInClient } from '../utils/factories';
import { pdfText } from '../utils/pdf';
import { createTestApp, TestApp } from '../utils/test-app';
import { createTrajectory } from '../utils/trajectory-fixtures';
import { Page, WebClient } from '../utils/web-client';

/** Known data lies in 2018–2019, far from anything made relative to today. */
const PERIOD = 'van=2018-06-01&tot=2019-12-31';
const YEAR_2019 = 'van=2019-01-01&tot=2019-12-31';

function rows(page: Page, id: string, part: 'tbody' | 'tfoot' = 'tbody'): string[][] {
  const $ = page.$;
  return $(`#${id} ${part} tr`)
    .toArray()
    .map((tr) =>
      $(tr)
        .children('th, td')
        .toArray()
        .map((c) => $(c).text().replace(/\s+/g, ' ').trim()),
    );
}

function cell(page: Page, id: string, header: string): string[] {
  const row = rows(page, id).find((r) => r[0] === header);
  assert.ok(row, `${id}: no row "${header}" in ${JSON.stringify(rows(page, id))}`);
  return row.slice(1);
}

async function binary(client: WebClient, path: string) {
  const res = await client.agent
    .get(path)
    .buffer(true)
    .parse((stream, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return { status: res.status, headers: res.headers, body: res.body as Buffer };
}

describe('reports: the dashboard /beheer/rapportages', () => {
  let t: TestApp;
  let staff: WebClient;

  before(async () => {
    t = await createTestApp();
    staff = (await signedInClient(() => t.client(), t.dataSource, 'staff')).client;
    const ds = t.dataSource;
    const u1 = await createUser(ds, { municipalityCode: 'GM0344', sector: 'jongerenwerk' });
    const u2 = await createUser(ds, { municipalityCode: 'GM0363', sector: 'onderwijs' });
    const u3 = await createUser(ds, { municipalityCode: 'GM0344', sector: 'onderwijs' });
    const u4 = await createUser(ds, { municipalityCode: 'GM0363', sector: 'politie-justitie' });

    // A: March 2019, completed, 3 of 10 seats; u1 and u2 confirmed, u3 cancelled
    const a = await createEdition(ds, {
      capacity: 10,
      status: 'completed',
      meetings: [
        ['2019-03-11', '09:30', '12:30'],
        ['2019-03-18', '09:30', '12:30'],
      ],
    });
    await ds.getRepository(Edition).update(a.edition.id, { seatsTaken: 3 });
    const e1 = await createEnrolment(ds, a.edition.id, u1.id);
    const e2 = await createEnrolment(ds, a.edition.id, u2.id);
    await createEnrolment(ds, a.edition.id, u3.id, { status: 'cancelled' });
    // B: November 2018, published, 2 of 8 seats; u1 and u3 confirmed
    const b = await createEdition(ds, {
      capacity: 8,
      meetings: [['2018-11-05', '13:00', '16:00']],
    });
    await ds.getRepository(Edition).update(b.edition.id, { seatsTaken: 2 });
    const e3 = await createEnrolment(ds, b.edition.id, u1.id);
    await createEnrolment(ds, b.edition.id, u3.id);
    // C: May 2019, cancelled: counted per status only; u4's place does not count
    const c = await createEdition(ds, {
      capacity: 12,
      status: 'cancelled',
      meetings: [['2019-05-06', '09:30', '12:30']],
    });
    await createEnrolment(ds, c.edition.id, u4.id);
    // D: 2017, outside every period used here
    const d = await createEdition(ds, { meetings: [['2017-05-06', '09:30', '12:30']] });
    await createEnrolment(ds, d.edition.id, u4.id);

    // attendance of A: 2 present, 1 absent, 1 excused → no-show 1 / 4 = 25 %
    const mark = (enrolmentId: number, meetingId: number, status: Attendance['status']) =>
      ds.getRepository(Attendance).save({
        enrolmentId,
        meetingId,
        status,
        markedBy: null,
        markedAt: new Date('2019-03-18T12:00:00Z'),
      });
    await mark(e1.id, a.meetings[0].id, 'present');
    await mark(e1.id, a.meetings[1].id, 'present');
    await mark(e2.id, a.meetings[0].id, 'absent');
    await mark(e2.id, a.meetings[1].id, 'excused');

    // certificates: 8 + 5 points issued in the period, one revoked (not counted)
    const certificate = (enrolmentId: number, userId: number, editionId: number, o: object) =>
      ds.getRepository(Certificate).save({
        code: newCertificateCode(),
        enrolmentId,
        userId,
        editionId,
        holderName: 'Test',
        skjNumber: null,
        offeringTitle: 'Omgaan met Extreme Idealen',
        editionTitle: 'Groep',
        startsOn: '2019-03-11',
        endsOn: '2019-03-18',
        studyLoadHours: 12,
        skjPoints: 8,
        issuedAt: new Date('2019-03-20T10:00:00Z'),
        issuedBy: null,
        issueReason: null,
        revokedAt: null,
        revokeReason: null,
        ...o,
      });
    await certificate(e1.id, u1.id, a.edition.id, {});
    await certificate(e2.id, u2.id, a.edition.id, { revokedAt: new Date('2019-04-01T10:00:00Z') });
    await certificate(e3.id, u1.id, b.edition.id, {
      skjPoints: 5,
      issuedAt: new Date('2018-11-10T10:00:00Z'),
    });

    // evaluation scores: Q1 2019 five responses, each a 5-point answer and a 7-point 7 (→ 5):
    // (4 + 5 + 3 + 4 + 4) + 5 · 5 = 45 over 10 answers = 4.50; Q2 2019 four responses: hidden
    const { questionnaire, items } = await createQuestionnaire(ds, {
      offeringId: a.offering.id,
      items: [
        { type: 'likert', text: 'Nuttig' },
        { type: 'likert', text: 'Aanbevelen', scalePoints: 7 },
        { type: 'open', text: 'Opmerkingen', required: false },
      ],
    });
    const response = (five: number, seven: number, submittedOn: string, moment = 'evaluation') => ({
      questionnaire,
      editionId: a.edition.id,
      offeringId: a.offering.id,
      moment: moment as 'evaluation',
      submittedOn,
      answers: { [items[0].id]: five, [items[1].id]: seven, [items[2].id]: 'Goed' },
    });
    await createResponses(ds, [
      ...[4, 5, 3, 4, 4].map((v) => response(v, 7, '2019-03-20')),
      ...[1, 1, 1, 1].map((v) => response(v, 1, '2019-05-20')),
      response(1, 1, '2019-03-20', 'pre'),
    ]);

    // advice: two open and one closed in the period; an unconfirmed one and a 2017 one are not
    await createAdviceRequest(ds, { status: 'new', submittedAt: new Date('2019-02-01T10:00:00Z') });
    await createAdviceRequest(ds, {
      status: 'assigned',
      submittedAt: new Date('2019-02-02T10:00:00Z'),
    });
    await createAdviceRequest(ds, {
      status: 'completed',
      submittedAt: new Date('2018-12-01T10:00:00Z'),
      closedAt: new Date('2018-12-10T10:00:00Z'),
    });
    await createAdviceRequest(ds, {
      status: 'unverified',
      submittedAt: new Date('2019-02-03T10:00:00Z'),
    });
    await createAdviceRequest(ds, { status: 'new', submittedAt: new Date('2017-02-03T10:00:00Z') });

    // JOS: two trajectories opened in 2019, one of them completed
    const j1 = await createTrajectory(ds, { applicant: u1 });
    const j2 = await createTrajectory(ds, { applicant: u2, status: 'completed' });
    for (const j of [j1, j2])
      await ds
        .getRepository(Trajectory)
        .update(j.id, { createdAt: new Date('2019-04-01T10:00:00Z') });
  });

  after(() => t.close());

  it('shows each number as computed by hand', async () => {
    const page = await staff.get(`/beheer/rapportages?${PERIOD}`);
    assert.equal(page.status, 200);
    // reach: 2018 u1, u3; 2019 u1, u2 (u3 cancelled in A, u4 only in the cancelled C); 3 distinct
    assert.deepEqual(rows(page, 'rapport-bereik-per-jaar'), [
      ['2018', '2'],
      ['2019', '2'],
    ]);
    assert.deepEqual(rows(page, 'rapport-bereik-per-jaar', 'tfoot'), [
      ['Totaal (elke professional één keer)', '3'],
    ]);
    assert.match(page.text, /In totaal 3 verschillende professionals bereikt/);
    assert.deepEqual(cell(page, 'rapport-bereik-per-provincie', 'Utrecht'), ['2']);
    assert.deepEqual(cell(page, 'rapport-bereik-per-provincie', 'Noord-Holland'), ['1']);
    assert.deepEqual(cell(page, 'rapport-bereik-per-provincie', 'Zeeland'), ['0']);
    assert.deepEqual(cell(page, 'rapport-bereik-per-gemeente', 'Utrecht'), ['Utrecht', '2']);
    assert.deepEqual(cell(page, 'rapport-bereik-per-gemeente', 'Amsterdam'), [
      'Noord-Holland',
      '1',
    ]);
    assert.deepEqual(rows(page, 'rapport-bereik-per-sector'), [
      ['Onderwijs', '2'],
      ['Jongerenwerk', '1'],
    ]);
    // editions: A completed, B published, C cancelled (D is 2017)
    assert.deepEqual(cell(page, 'rapport-uitvoeringen', 'Gepubliceerd'), ['1']);
    assert.deepEqual(cell(page, 'rapport-uitvoeringen', 'Afgerond'), ['1']);
    assert.deepEqual(cell(page, 'rapport-uitvoeringen', 'Geannuleerd'), ['1']);
    assert.deepEqual(rows(page, 'rapport-uitvoeringen', 'tfoot'), [['Totaal', '3']]);
    // fill rate (3 + 2) / (10 + 8) = 27.8 %; no-show 1 / 4; certificates 2 with 13 points
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'Bezette plaatsen'), ['5']);
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'Capaciteit'), ['18']);
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'Bezettingsgraad'), ['27,8 %']);
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'Aanwezig'), ['2']);
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'Afwezig'), ['1']);
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'Afgemeld'), ['1']);
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'No-show'), ['25,0 %']);
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'Certificaten uitgegeven'), ['2']);
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'SKJ-punten toegekend'), ['13']);
    // scores: Q1 4.50 from 5; Q2 four responses, hidden; the pre measurement not counted
    assert.deepEqual(cell(page, 'rapport-evaluatiescores', 'K1 2019'), ['5', '4,50']);
    assert.deepEqual(cell(page, 'rapport-evaluatiescores', 'K2 2019'), [
      '4',
      'verborgen (minder dan 5 reacties)',
    ]);
    assert.deepEqual(cell(page, 'rapport-evaluatiescores', 'K3 2018'), ['0', '–']);
    // advice and JOS
    assert.deepEqual(rows(page, 'rapport-advies'), [
      ['Open', '2'],
      ['Afgesloten', '1'],
    ]);
    assert.deepEqual(cell(page, 'rapport-jos-status', 'Lopend'), ['1']);
    assert.deepEqual(cell(page, 'rapport-jos-status', 'Afgerond'), ['1']);
    assert.deepEqual(rows(page, 'rapport-jos-fase'), [['Intake', '2']]);
    assert.ok(page.$('a[href^="/beheer/advies/rapportage"]').length);
    assert.ok(page.$('a[href="/beheer/jos/aantallen"]').length);
  });

  it('draws the charts as accessible SVG with the numbers in the description', async () => {
    const page = await staff.get(`/beheer/rapportages?${PERIOD}`);
    const svgs = page.$('svg[role="img"]');
    assert.equal(svgs.length, 4);
    svgs.each((_, svg) => {
      const [titleId, descId] = (page.$(svg).attr('aria-labelledby') ?? '').split(' ');
      assert.equal(page.$(svg).find(`title#${titleId}`).length, 1);
      assert.equal(page.$(svg).find(`desc#${descId}`).length, 1);
    });
    assert.match(page.$('#grafiek-jaar-desc').text(), /2018: 2; 2019: 2/);
    assert.match(page.$('#grafiek-provincies-desc').text(), /Utrecht: 2; Noord-Holland: 1/);
    assert.match(page.$('#grafiek-scores-desc').text(), /K1 2019: gemiddeld 4,50 uit 5 reacties/);
    assert.match(page.$('#grafiek-scores-desc').text(), /K2 2019: verborgen/);
    // the map: a tile per province, each with its count as text
    assert.equal(page.$('#grafiek-provincies-title').parent().find('g.jep-chart__tile').length, 12);
    // no script in the page, and the chart comes with its table right after
    assert.equal(page.$('main script').length, 0);
  });

  it('narrows to the period', async () => {
    const page = await staff.get(`/beheer/rapportages?${YEAR_2019}`);
    assert.deepEqual(rows(page, 'rapport-bereik-per-jaar'), [['2019', '2']]);
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'SKJ-punten toegekend'), ['8']);
    assert.deepEqual(cell(page, 'rapport-kerncijfers', 'Capaciteit'), ['10']);
    assert.deepEqual(rows(page, 'rapport-advies'), [
      ['Open', '2'],
      ['Afgesloten', '0'],
    ]);
    assert.match(page.text, /1 januari 2019 tot en met 31 december 2019/);
    const empty = await staff.get('/beheer/rapportages?van=2010-01-01&tot=2010-03-31');
    assert.equal(empty.status, 200);
    assert.deepEqual(rows(empty, 'rapport-bereik-per-sector'), [
      ['Geen gegevens in deze periode.'],
    ]);
    assert.deepEqual(cell(empty, 'rapport-kerncijfers', 'Bezettingsgraad'), ['–']);
  });

  it('refuses a bad period with a message, not a 500', async () => {
    for (const query of [
      'van=2019-02-30',
      'van=gisteren&tot=2019-01-01',
      'van=2019-05-01&tot=2019-01-01',
      'van=2000-01-01&tot=2019-01-01',
      'van=2019-01-01&van=2019-02-01',
    ]) {
      const page = await staff.get(`/beheer/rapportages?${query}`);
      assert.equal(page.status, 400, query);
      assert.equal(page.$('.jep-error-summary').length, 1, query);
      assert.equal(page.$('#rapport-kerncijfers').length, 0, query);
    }
    const page = await staff.get('/beheer/rapportages?van=2019-05-01&tot=2019-01-01');
    assert.match(page.text, /De einddatum ligt vóór de begindatum/);
  });

  it('downloads every table as CSV for the same period', async () => {
    const csv = await staff.get(`/beheer/rapportages/bereik-per-jaar.csv?${PERIOD}`);
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.match(
      String(csv.headers['content-disposition']),
      /attachment; filename="rapportage-bereik-per-jaar-2018-06-01-2019-12-31.csv"/,
    );
    assert.equal(
      csv.text.replace(/^\uFEFF/, ''),
      'Jaar;Professionals\r\n2018;2\r\n2019;2\r\nTotaal (elke professional één keer);3\r\n',
    );
    const figures = await staff.get(`/beheer/rapportages/kerncijfers.csv?${PERIOD}`);
    assert.match(figures.text, /Bezettingsgraad;27,8 %/);
    assert.match(figures.text, /SKJ-punten toegekend;13/);
    const page = await staff.get(`/beheer/rapportages?${PERIOD}`);
    const links = page
      .$('a[href*=".csv"]')
      .toArray()
      .map((a) => page.$(a).attr('href')!);
    assert.equal(links.length, 10);
    for (const href of links) {
      const res = await staff.get(href);
      assert.equal(res.status, 200, href);
      assert.match(href, /van=2018-06-01&tot=2019-12-31/);
    }
    assert.equal((await staff.get('/beheer/rapportages/geheim.csv')).status, 404);
    assert.equal((await staff.get('/beheer/rapportages/kerncijfers.txt')).status, 404);
  });

  it('downloads the period report as one PDF', async () => {
    const pdf = await binary(staff, `/beheer/rapportages/rapport.pdf?${PERIOD}`);
    assert.equal(pdf.status, 200);
    assert.match(String(pdf.headers['content-type']), /application\/pdf/);
    assert.match(
      String(pdf.headers['content-disposition']),
      /attachment; filename="rapportage-2018-06-01-2019-12-31.pdf"/,
    );
    const text = await pdfText(pdf.body);
    assert.match(text, /Periodeverslag Platform JEP/);
    assert.match(text, /1 juni 2018 tot en met 31 december 2019/);
    assert.match(text, /SKJ-punten toegekend 13/);
    assert.match(text, /Bezettingsgraad 27,8 %/);
    assert.match(text, /Bereikte professionals per sector/);
  });

  it('is for staff only', async () => {
    for (const role of ['professional', 'trainer', 'partner'] as const) {
      const { client } = await signedInClient(() => t.client(), t.dataSource, role);
      for (const path of [
        '/beheer/rapportages',
        '/beheer/rapportages/kerncijfers.csv',
        '/beheer/rapportages/rapport.pdf',
      ])
        assert.equal((await client.get(path)).status, 403, `${role} ${path}`);
    }
    const anonymous = await t.client().get('/beheer/rapportages');
    assert.equal(anonymous.status, 303);
  });
});
