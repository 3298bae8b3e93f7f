import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AdviceFollowUp } from '../../src/advice/advice-follow-up.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import type { AdviceStatus } from '../../src/advice/advice-status';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { signedInClient } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

const PERIOD = 'van=2024-01-01&tot=2024-06-30';

/** A moment in Amsterdam winter (UTC+1) or summer (UTC+2) time. */
const at = (iso: string) => new Date(iso);

/** The rows of one report table: [row header, ...cells] as shown. */
function tableRows(page: Page, id: string, part: 'tbody' | 'tfoot' = 'tbody'): string[][] {
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

describe('advice: reports for staff', () => {
  let t: TestApp;
  let staff: WebClient;

  before(async () => {
    t = await createTestApp();
    // The demo data (relative to today) is in the default period; the known data below is in 2024.
    await t.app.get(DemoSeedService).seedIfEmpty();
    staff = (await signedInClient(() => t.client(), t.dataSource, 'staff')).client;
    const make = async (o: {
      topic: string;
      municipality: string;
      submitted: string;
      status: AdviceStatus;
      firstResponse?: string;
      closed?: string;
      referredTo?: string;
      closeReason?: string;
      followUp?: { usefulness: number; comment: string };
      anonymised?: boolean;
    }) => {
      const { request } = await createAdviceRequest(t.dataSource, {
        topicKey: o.topic,
        municipalityCode: o.municipality,
        status: o.status,
        submittedAt: at(o.submitted),
        closedAt: o.closed ? at(o.closed) : null,
      });
      await t.dataSource.getRepository(AdviceRequest).update(request.id, {
        firstResponseAt: o.firstResponse ? at(o.firstResponse) : null,
        referredTo: o.referredTo ?? null,
        closeReason: o.closeReason ?? null,
        ...(o.anonymised
          ? {
              anonymisedAt: at('2026-07-01T00:00:00Z'),
              requesterName: '',
              requesterEmail: '',
              organisation: '',
              requesterRole: '',
              question: '',
              accessTokenHash: null,
            }
          : {}),
      });
      if (o.followUp)
        await t.dataSource.getRepository(AdviceFollowUp).insert({
          requestId: request.id,
          usefulness: o.followUp.usefulness,
          comment: o.followUp.comment,
          answeredAt: at(o.closed ?? o.submitted),
        });
      return request;
    };
    // Working and calendar days worked out by hand (Amsterdam dates; holidays in comments).
    // A: Mon 15 Jan → Wed 17 Jan: 2 wd / 2 cd; closed Mon 29 Jan: 10 wd / 14 cd.
    await make({
      topic: 'online_influences',
      municipality: 'GM0344',
      submitted: '2024-01-15T09:00:00Z',
      firstResponse: '2024-01-17T09:00:00Z',
      closed: '2024-01-29T15:00:00Z',
      status: 'completed',
      followUp: { usefulness: 5, comment: 'Zeer nuttig, dank u wel.' },
    });
    // B: Fri 9 Feb → Mon 12 Feb: 1 wd / 3 cd; closed Fri 16 Feb: 5 wd / 7 cd.
    await make({
      topic: 'online_influences',
      municipality: 'GM0363',
      submitted: '2024-02-09T15:00:00Z',
      firstResponse: '2024-02-12T08:00:00Z',
      closed: '2024-02-16T10:00:00Z',
      status: 'referred',
      referredTo: 'Training OMEI',
    });
    // C: Thu 28 Mar → Tue 2 Apr (Easter Monday 1 Apr is a holiday, Good Friday is not): 2 wd / 5
    // cd; closed Fri 5 Apr: 5 wd / 8 cd.
    await make({
      topic: 'remark_in_class',
      municipality: 'GM0599',
      submitted: '2024-03-28T10:00:00Z',
      firstResponse: '2024-04-02T10:00:00Z',
      closed: '2024-04-05T10:00:00Z',
      status: 'referred',
      referredTo: '  training omei ',
    });
    // D: Thu 25 Apr → Mon 29 Apr: 2 wd / 4 cd; closed Fri 3 May: 6 wd / 8 cd.
    await make({
      topic: 'tension_between_groups',
      municipality: 'GM0518',
      submitted: '2024-04-25T10:00:00Z',
      firstResponse: '2024-04-29T10:00:00Z',
      closed: '2024-05-03T10:00:00Z',
      status: 'closed',
      closeReason: 'Dubbel ingediend.',
    });
    // E: open, no response yet.
    await make({
      topic: 'online_influences',
      municipality: 'GM0344',
      submitted: '2024-05-06T10:00:00Z',
      status: 'new',
    });
    // F (anonymised, still counted): Mon 10 Jun → Thu 20 Jun: 8 wd / 10 cd; closed Mon 24 Jun:
    // 10 wd / 14 cd.
    await make({
      topic: 'remark_in_class',
      municipality: 'GM0080',
      submitted: '2024-06-10T10:00:00Z',
      firstResponse: '2024-06-20T10:00:00Z',
      closed: '2024-06-24T10:00:00Z',
      status: 'completed',
      followUp: { usefulness: 4, comment: '' },
      anonymised: true,
    });
    // Outside the period in Amsterdam time, though inside it in UTC or the other way round.
    await make({
      topic: 'other',
      municipality: 'GM0014',
      submitted: '2023-12-31T23:30:00Z', // 1 Jan 2024 00:30 in Amsterdam: inside
      status: 'new',
    });
    await make({
      topic: 'other',
      municipality: 'GM0014',
      submitted: '2024-06-30T22:30:00Z', // 1 Jul 2024 00:30 in Amsterdam: outside
      status: 'new',
    });
    await make({
      topic: 'other',
      municipality: 'GM0014',
      submitted: '2023-12-31T22:30:00Z', // 31 Dec 2023 23:30 in Amsterdam: outside
      status: 'new',
    });
    // A visitor who never confirmed is not in the queue, so not in the reports.
    await make({
      topic: 'other',
      municipality: 'GM0014',
      submitted: '2024-03-01T10:00:00Z',
      status: 'unverified',
    });
  });
  after(() => t.close());

  it('counts the requests per topic, municipality, province and month, with totals', async () => {
    const page = await staff.get(`/beheer/advies/rapportage?${PERIOD}`);
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-advice-report__period'), /7 adviesvragen/);
    assert.deepEqual(tableRows(page, 'rapport-onderwerpen'), [
      ['Een zorgwekkende uitspraak of signaal', '2'],
      ['Online invloeden', '3'],
      ['Spanningen tussen groepen', '1'],
      ['Iets anders', '1'],
    ]);
    assert.deepEqual(tableRows(page, 'rapport-onderwerpen', 'tfoot'), [['Totaal', '7']]);
    assert.deepEqual(tableRows(page, 'rapport-provincies'), [
      ['Utrecht', '2'],
      ['Zuid-Holland', '2'],
      ['Fryslân', '1'],
      ['Groningen', '1'],
      ['Noord-Holland', '1'],
    ]);
    assert.deepEqual(tableRows(page, 'rapport-gemeenten')[0], ['Utrecht', '2']);
    assert.equal(tableRows(page, 'rapport-gemeenten').length, 6);
    assert.deepEqual(tableRows(page, 'rapport-maanden'), [
      ['januari 2024', '2'],
      ['februari 2024', '1'],
      ['maart 2024', '1'],
      ['april 2024', '1'],
      ['mei 2024', '1'],
      ['juni 2024', '1'],
    ]);
    assert.equal(page.$('#rapport-maanden caption').text(), 'Adviesvragen per maand');
  });

  it('shows the median and 90th percentile of the response and closing times', async () => {
    const page = await staff.get(`/beheer/advies/rapportage?${PERIOD}`);
    // first response wd 1 2 2 2 8: median 2, p90 at rank 3.6 → 2 + 0.6 × 6 = 5.6
    // first response cd 2 3 4 5 10: median 4, p90 5 + 0.6 × 5 = 8
    // closing wd 5 5 6 10 10: median 6, p90 10; closing cd 7 8 8 14 14: median 8, p90 14
    assert.deepEqual(tableRows(page, 'rapport-doorlooptijden'), [
      ['Eerste reactie, in werkdagen', '5', '2,0', '5,6'],
      ['Eerste reactie, in kalenderdagen', '5', '4,0', '8,0'],
      ['Afsluiten, in werkdagen', '5', '6,0', '10,0'],
      ['Afsluiten, in kalenderdagen', '5', '8,0', '14,0'],
    ]);
  });

  it('shows outcomes, referral destinations case-insensitively, and follow-up in aggregate', async () => {
    const page = await staff.get(`/beheer/advies/rapportage?${PERIOD}`);
    assert.deepEqual(tableRows(page, 'rapport-uitkomsten'), [
      ['Afgerond', '2'],
      ['Doorverwezen', '2'],
      ['Gesloten zonder advies', '1'],
      ['Nog in behandeling', '2'],
    ]);
    assert.deepEqual(tableRows(page, 'rapport-doorverwijzingen'), [['Training OMEI', '2']]);
    assert.match(textOf(page.$, '.jep-advice-report__summary'), /2 antwoorden, gemiddeld 4,5/);
    assert.deepEqual(tableRows(page, 'rapport-nazorg'), [
      ['1 – helemaal niet bruikbaar', '0'],
      ['2', '0'],
      ['3', '0'],
      ['4', '1'],
      ['5 – zeer bruikbaar', '1'],
    ]);
    // Fewer than five answers: no comments at all, and no reference to any request.
    assert.doesNotMatch(page.text, /Zeer nuttig/);
    assert.match(page.text, /vanaf 5 antwoorden/);
    assert.doesNotMatch(page.text, /AV-TEST/);
  });

  it('exports each table as CSV for the same period', async () => {
    const res = await staff.agent.get(`/beheer/advies/rapportage/onderwerpen.csv?${PERIOD}`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /text\/csv/);
    assert.match(
      String(res.headers['content-disposition']),
      /advies-onderwerpen-2024-01-01-2024-06-30\.csv/,
    );
    assert.equal(
      res.text,
      '\uFEFFOnderwerp;Adviesvragen\r\n' +
        'Een zorgwekkende uitspraak of signaal;2\r\n' +
        'Online invloeden;3\r\n' +
        'Spanningen tussen groepen;1\r\n' +
        'Iets anders;1\r\n' +
        'Totaal;7\r\n',
    );
    const durations = await staff.agent.get(
      `/beheer/advies/rapportage/doorlooptijden.csv?${PERIOD}`,
    );
    assert.match(durations.text, /Eerste reactie, in werkdagen;5;2,0;5,6\r\n/);
    const months = await staff.agent.get(`/beheer/advies/rapportage/maanden.csv?${PERIOD}`);
    assert.match(months.text, /januari 2024;2\r\n/);
    const referrals = await staff.agent.get(
      `/beheer/advies/rapportage/doorverwijzingen.csv?${PERIOD}`,
    );
    assert.match(referrals.text, /Training OMEI;2\r\n/);
    const followUp = await staff.agent.get(`/beheer/advies/rapportage/nazorg.csv?${PERIOD}`);
    assert.match(followUp.text, /Gemiddelde;4,5\r\n/);
    // Every CSV link on the page works.
    const page = await staff.get(`/beheer/advies/rapportage?${PERIOD}`);
    const links = page.$('.jep-advice-report__csv a').toArray();
    assert.equal(links.length, 8);
    for (const a of links) {
      const href = page.$(a).attr('href')!;
      assert.match(href, /van=2024-01-01&tot=2024-06-30/);
      assert.equal((await staff.agent.get(href)).status, 200, href);
    }
    assert.equal((await staff.agent.get('/beheer/advies/rapportage/geheim.csv')).status, 404);
  });

  it('shows the last twelve months by default, with the demo data', async () => {
    const page = await staff.get('/beheer/advies/rapportage');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-advice-report__period'), /12 adviesvragen/);
    assert.equal(tableRows(page, 'rapport-maanden').length, 12);
    const outcomes = Object.fromEntries(tableRows(page, 'rapport-uitkomsten'));
    assert.equal(outcomes['Afgerond'], '4');
    assert.equal(outcomes['Doorverwezen'], '1');
    assert.equal(outcomes['Gesloten zonder advies'], '1');
    assert.equal(outcomes['Nog in behandeling'], '6');
    assert.match(page.text, /3 antwoorden, gemiddeld 4,0/);
  });

  it('lists follow-up comments without reference only from five answers on', async () => {
    const comments = [
      'Zeer helder.',
      '',
      'Bruikbaar voor ons team.',
      'Precies wat wij zochten.',
      '',
    ];
    for (const [i, comment] of comments.entries()) {
      const { request } = await createAdviceRequest(t.dataSource, {
        status: 'completed',
        submittedAt: at(`2022-03-0${i + 1}T10:00:00Z`),
        closedAt: at(`2022-03-2${i + 1}T10:00:00Z`),
      });
      await t.dataSource.getRepository(AdviceFollowUp).insert({
        requestId: request.id,
        usefulness: 3 + (i % 3),
        comment,
        answeredAt: at('2022-04-15T10:00:00Z'),
      });
    }
    const page = await staff.get('/beheer/advies/rapportage?van=2022-01-01&tot=2022-12-31');
    assert.match(textOf(page.$, '.jep-advice-report__summary'), /5 antwoorden, gemiddeld 3,8/);
    // Sorted alphabetically, the empty ones left out, nothing that points to a request.
    assert.deepEqual(
      page
        .$('.jep-advice-report__comments li')
        .toArray()
        .map((li) => page.$(li).text()),
      ['Bruikbaar voor ons team.', 'Precies wat wij zochten.', 'Zeer helder.'],
    );
    assert.doesNotMatch(page.text, /AV-TEST|\/beheer\/advies\/\d/);
    // The comments are not in any CSV.
    const csv = await staff.agent.get(
      '/beheer/advies/rapportage/nazorg.csv?van=2022-01-01&tot=2022-12-31',
    );
    assert.doesNotMatch(csv.text, /helder/);
  });

  it('refuses a bad period with a clear message, never a 500', async () => {
    const bad = await staff.get('/beheer/advies/rapportage?van=2024-02-30&tot=2024-06-30');
    assert.equal(bad.status, 400);
    assert.match(textOf(bad.$, '.jep-error-summary'), /bestaande datum/);
    assert.equal(bad.$('#field-van').attr('aria-invalid'), 'true');
    assert.equal(bad.$('#rapport-onderwerpen').length, 0);
    const order = await staff.get('/beheer/advies/rapportage?van=2024-06-30&tot=2024-01-01');
    assert.equal(order.status, 400);
    assert.match(textOf(order.$, '#field-tot-error'), /vóór/);
    const markup = await staff.get(
      `/beheer/advies/rapportage?van=${encodeURIComponent('<script>x</script>')}&tot=2024-01-01&tot=2024-02-01`,
    );
    assert.equal(markup.status, 400);
    assert.doesNotMatch(markup.text, /<script>x<\/script>/);
    assert.match(textOf(markup.$, '#field-van-error'), /bestaande datum/);
    assert.match(textOf(markup.$, '#field-tot-error'), /bestaande datum/);
    const long = await staff.get('/beheer/advies/rapportage?van=2000-01-01&tot=2026-01-01');
    assert.equal(long.status, 400);
    assert.match(long.text, /hoogstens tien jaar/);
    const csv = await staff.agent.get('/beheer/advies/rapportage/onderwerpen.csv?van=gisteren');
    assert.equal(csv.status, 400);
  });

  it('is for staff only: professionals get 403, visitors sign in first', async () => {
    const { client: professional } = await signedInClient(
      () => t.client(),
      t.dataSource,
      'professional',
    );
    assert.equal((await professional.get('/beheer/advies/rapportage')).status, 403);
    assert.equal((await professional.get('/beheer/advies/rapportage/onderwerpen.csv')).status, 403);
    const visitor = await t.client().get('/beheer/advies/rapportage');
    assert.notEqual(visitor.status, 200);
    const { client: admin } = await signedInClient(() => t.client(), t.dataSource, 'admin');
    assert.equal((await admin.get(`/beheer/advies/rapportage?${PERIOD}`)).status, 200);
  });
});
