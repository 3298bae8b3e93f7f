import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { Offering as OfferingEntity } from '../../src/catalogue/offering.entity';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { seedDemoEvaluations } from '../../src/demo/demo-evaluations';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { EvaluationInvitation } from '../../src/evaluations/evaluation-invitation.entity';
import { EvaluationResponse } from '../../src/evaluations/evaluation-response.entity';
import type { QuestionnaireItem } from '../../src/evaluations/questionnaire-item.entity';
import type { Questionnaire } from '../../src/evaluations/questionnaire.entity';
import type { Edition } from '../../src/scheduling/edition.entity';
import { createEdition, createEnrolment } from '../utils/enrolment-fixtures';
import { createQuestionnaire, createResponses } from '../utils/evaluation-fixtures';
import { createUser, signedInClient, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

const HIDDEN = 'Minder dan 5 antwoorden: niet getoond';
const HIDDEN_PAIRS = 'Minder dan 5 paren: niet getoond';
/** Edition 1 answered in 2026, edition 2 in 2025: the period picks edition 1 alone. */
const PERIOD_2026 = 'van=2026-01-01&tot=2026-12-31';

/** The rows of a table: [row header, ...cells] as shown. */
function rows(page: Page, selector: string): string[][] {
  const $ = page.$;
  return $(`${selector} tbody tr`)
    .toArray()
    .map((tr) =>
      $(tr)
        .children('th, td')
        .toArray()
        .map((c) => $(c).text().replace(/\s+/g, ' ').trim()),
    );
}

describe('evaluations: reports per edition, offering and period', () => {
  let t: TestApp;
  let staff: WebClient;
  let trainerA: WebClient;
  let trainerB: WebClient;
  let professional: WebClient;
  let offering: OfferingEntity;
  let edition1: Edition;
  let edition2: Edition;
  let prepost: { questionnaire: Questionnaire; items: QuestionnaireItem[] };
  let evaluation: { questionnaire: Questionnaire; items: QuestionnaireItem[] };

  before(async () => {
    t = await createTestApp();
    staff = (await signedInClient(() => t.client(), t.dataSource, 'staff')).client;
    professional = (await signedInClient(() => t.client(), t.dataSource, 'professional')).client;
    const a: User = await createUser(t.dataSource, { role: 'trainer' });
    const b: User = await createUser(t.dataSource, { role: 'trainer' });
    trainerA = t.client();
    await signIn(trainerA, a.email);
    trainerB = t.client();
    await signIn(trainerB, b.email);

    const first = await createEdition(t.dataSource, { trainerIds: [a.id] });
    offering = first.offering;
    edition1 = first.edition;
    edition2 = (await createEdition(t.dataSource, { offering, trainerIds: [b.id] })).edition;

    prepost = await createQuestionnaire(t.dataSource, {
      title: 'Zelfvertrouwen en kennis',
      kind: 'prepost',
      sections: [{ title: 'Zelfvertrouwen', isScale: true }],
      items: [
        { type: 'likert', text: 'Kennis van extreme idealen', section: 0 },
        { type: 'likert', text: 'Het gesprek aangaan', section: 0 },
      ],
      offeringId: offering.id,
    });
    evaluation = await createQuestionnaire(t.dataSource, {
      title: 'Evaluatie OMEI',
      kind: 'evaluation',
      items: [
        { type: 'likert', text: 'Tevredenheid' },
        { type: 'single', text: 'Aanraden', options: ['Ja', 'Nee', 'Misschien'] },
        {
          type: 'multiple',
          text: 'Nuttigste onderdelen',
          options: ['Theorie', 'Casus', 'Oefenen'],
        },
        { type: 'open', text: 'Opmerkingen' },
      ],
      offeringId: offering.id,
    });

    // Edition 1, the worked example: pre (2,3,3,4,2,3), post (4,4,3,5,4,4) on "Kennis",
    // "Het gesprek aangaan" 3 both times. Six pairs.
    const [kennis, gesprek] = prepost.items;
    const pre = [2, 3, 3, 4, 2, 3];
    const post = [4, 4, 3, 5, 4, 4];
    await createResponses(
      t.dataSource,
      pre.flatMap((v, i) => [
        {
          questionnaire: prepost.questionnaire,
          editionId: edition1.id,
          offeringId: offering.id,
          moment: 'pre' as const,
          pairKey: `e1-${i}`,
          submittedOn: '2026-01-10',
          answers: { [kennis.id]: v, [gesprek.id]: 3 },
        },
        {
          questionnaire: prepost.questionnaire,
          editionId: edition1.id,
          offeringId: offering.id,
          moment: 'post' as const,
          pairKey: `e1-${i}`,
          submittedOn: '2026-03-10',
          answers: { [kennis.id]: post[i], [gesprek.id]: 3 },
        },
      ]),
    );
    // Evaluation of edition 1: six responses, five with an open answer.
    const [tevreden, aanraden, onderdelen, opmerkingen] = evaluation.items;
    const scores = [5, 4, 4, 3, 5, 3];
    const single = [0, 0, 1, 0, 2, 0];
    const multiple = [[0, 1], [0], [2], [0, 2], [1], [0]];
    const open = [
      'Zeer leerzaam',
      '<b>vet</b> en nuttig',
      'Beter eten',
      'Actueel',
      'Casus was sterk',
    ];
    await createResponses(
      t.dataSource,
      scores.map((v, i) => ({
        questionnaire: evaluation.questionnaire,
        editionId: edition1.id,
        offeringId: offering.id,
        moment: 'evaluation' as const,
        submittedOn: '2026-03-10',
        answers: {
          [tevreden.id]: v,
          [aanraden.id]: single[i],
          [onderdelen.id]: multiple[i],
          ...(open[i] ? { [opmerkingen.id]: open[i] } : {}),
        },
      })),
    );
    // Edition 2 (2025): four evaluation responses and four pairs — below the threshold.
    await createResponses(t.dataSource, [
      ...[1, 2, 3, 4].map((v) => ({
        questionnaire: evaluation.questionnaire,
        editionId: edition2.id,
        offeringId: offering.id,
        moment: 'evaluation' as const,
        submittedOn: '2025-05-01',
        answers: { [tevreden.id]: v, [opmerkingen.id]: `Geheim ${v}` },
      })),
      ...[0, 1, 2, 3].flatMap((i) => [
        {
          questionnaire: prepost.questionnaire,
          editionId: edition2.id,
          offeringId: offering.id,
          moment: 'pre' as const,
          pairKey: `e2-${i}`,
          submittedOn: '2025-04-01',
          answers: { [kennis.id]: 2 },
        },
        {
          questionnaire: prepost.questionnaire,
          editionId: edition2.id,
          offeringId: offering.id,
          moment: 'post' as const,
          pairKey: `e2-${i}`,
          submittedOn: '2025-05-01',
          answers: { [kennis.id]: 4 },
        },
      ]),
    ]);
    // Eight participants of edition 1 were invited to the evaluation, six answered: 75 %.
    for (let i = 0; i < 8; i++) {
      const user = await createUser(t.dataSource);
      const enrolment = await createEnrolment(t.dataSource, edition1.id, user.id);
      await t.dataSource.getRepository(EvaluationInvitation).save({
        enrolmentId: enrolment.id,
        editionId: edition1.id,
        questionnaireId: evaluation.questionnaire.id,
        moment: 'evaluation',
        closesAt: null,
        remindedAt: null,
        submittedAt: i < 6 ? new Date() : null,
        draft: null,
      });
    }
  });

  after(async () => {
    await t.close();
  });

  const offeringPath = () => `/beheer/evaluaties/aanbod/${offering.id}`;
  const q = (questionnaire: Questionnaire) => `#vragenlijst-${questionnaire.id}`;

  it('shows staff the distribution, mean and SD of a Likert item for an offering and period', async () => {
    const page = await staff.get(`${offeringPath()}?${PERIOD_2026}`);
    assert.equal(page.status, 200);
    const tevreden = evaluation.items[0];
    // 5,4,4,3,5,3: mean 24/6 = 4; Σx² = 100, (100 − 96)/5 = 0.8, SD √0.8 = 0.894
    assert.deepEqual(rows(page, `#vraag-${tevreden.id}-evaluation`), [
      ['1 – Helemaal oneens', '0', '0%'],
      ['2', '0', '0%'],
      ['3', '2', '33%'],
      ['4', '2', '33%'],
      ['5 – Helemaal eens', '2', '33%'],
    ]);
    assert.match(
      textOf(page.$, `#vraag-${tevreden.id}`),
      /Gemiddelde 4,00, standaardafwijking 0,89 \(6 antwoorden\)/,
    );
    // Single choice: counts and percentages; multiple: percentages of the six people.
    assert.deepEqual(rows(page, `#vraag-${evaluation.items[1].id}-evaluation`), [
      ['Ja', '4', '67%'],
      ['Nee', '1', '17%'],
      ['Misschien', '1', '17%'],
    ]);
    assert.deepEqual(rows(page, `#vraag-${evaluation.items[2].id}-evaluation`), [
      ['Theorie', '4', '67%'],
      ['Casus', '2', '33%'],
      ['Oefenen', '2', '33%'],
    ]);
    // The response rate: 8 invited, 6 answered.
    assert.deepEqual(rows(page, `${q(evaluation.questionnaire)}-rate`), [
      ['Evaluatie', '8', '6', '75%', '6'],
    ]);
    assert.match(textOf(page.$, 'main'), /van 1 januari 2026 tot en met 31 december 2026/);
  });

  it('shows the paired change with its confidence interval, d and sentence', async () => {
    const page = await staff.get(`${offeringPath()}?${PERIOD_2026}`);
    const change = rows(page, `${q(prepost.questionnaire)}-change`);
    // Kennis: differences 2,1,0,1,2,1: mean 1.167, SD 0.753, CI 1.167 ± 2.5706·0.753/√6 = 0.38–1.96,
    // d = 1.55. The scale (the mean of both items) changes half as much: 0.58, CI 0.19–0.98.
    assert.deepEqual(change, [
      ['Zelfvertrouwen', '6', '0,58', '0,19 tot 0,98', '1,55'],
      ['Kennis van extreme idealen', '6', '1,17', '0,38 tot 1,96', '1,55'],
      ['Het gesprek aangaan', '6', '0,00', '0,00 tot 0,00', '–'],
    ]);
    const sentences = textOf(page.$, `${q(prepost.questionnaire)} .jep-eval-report__sentences`);
    assert.ok(
      sentences.includes(
        'Na de training scoren deelnemers op ‘Kennis van extreme idealen’ gemiddeld 1,2 punt hoger ' +
          "(95%-betrouwbaarheidsinterval 0,4 tot 2,0; 6 paren). Dat is een groot effect (Cohen's d = 1,5).",
      ),
      sentences,
    );
    assert.match(sentences, /Op ‘Het gesprek aangaan’ is geen aantoonbare verandering/);
    // Scale scores per moment: pre (2.5,3,3,3.5,2.5,3) mean 2.92; post mean 3.5.
    assert.deepEqual(rows(page, `${q(prepost.questionnaire)}-scales`), [
      ['Zelfvertrouwen', 'Voormeting', '6', '2,92', '0,38'],
      ['Zelfvertrouwen', 'Nameting', '6', '3,50', '0,32'],
    ]);
  });

  it('lists open answers for staff, escaped, alphabetically and without names', async () => {
    const page = await staff.get(`${offeringPath()}?${PERIOD_2026}`);
    const open = page
      .$(`#vraag-${evaluation.items[3].id} .jep-eval-report__open li`)
      .toArray()
      .map((li) => page.$(li).text());
    assert.deepEqual(open, [
      '<b>vet</b> en nuttig',
      'Actueel',
      'Beter eten',
      'Casus was sterk',
      'Zeer leerzaam',
    ]);
    assert.ok(page.text.includes('&lt;b&gt;vet&lt;/b&gt;'));
  });

  it('hides every figure of a group below 5 responses, and shows it from 5', async () => {
    let page = await trainerB.get(`/evaluaties/uitvoeringen/${edition2.id}`);
    assert.equal(page.status, 200);
    const tevreden = evaluation.items[0];
    assert.equal(page.$(`#vraag-${tevreden.id}-evaluation`).length, 0);
    assert.match(textOf(page.$, `#vraag-${tevreden.id}`), new RegExp(HIDDEN));
    assert.doesNotMatch(page.text, /Gemiddelde \d/);
    assert.match(textOf(page.$, `${q(prepost.questionnaire)}-change`), new RegExp(HIDDEN_PAIRS));
    assert.doesNotMatch(page.text, /Geheim/);

    await createResponses(t.dataSource, [
      {
        questionnaire: evaluation.questionnaire,
        editionId: edition2.id,
        offeringId: offering.id,
        moment: 'evaluation',
        submittedOn: '2025-05-02',
        answers: { [tevreden.id]: 5 },
      },
    ]);
    page = await trainerB.get(`/evaluaties/uitvoeringen/${edition2.id}`);
    assert.deepEqual(
      rows(page, `#vraag-${tevreden.id}-evaluation`).map((r) => r[1]),
      ['1', '1', '1', '1', '1'],
    );
    assert.match(textOf(page.$, `#vraag-${tevreden.id}`), /Gemiddelde 3,00/);
    // Still four pairs: the change stays hidden.
    assert.match(textOf(page.$, `${q(prepost.questionnaire)}-change`), new RegExp(HIDDEN_PAIRS));
  });

  it('shows a trainer their own edition without the open answers', async () => {
    const page = await trainerA.get(`/evaluaties/uitvoeringen/${edition1.id}`);
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, `#vraag-${evaluation.items[0].id}`), /Gemiddelde 4,00/);
    assert.doesNotMatch(page.text, /Zeer leerzaam|Casus was sterk/);
    assert.match(
      textOf(page.$, `#vraag-${evaluation.items[3].id}`),
      /alleen zichtbaar voor medewerkers/,
    );
    // No CSV or staff links for a trainer.
    assert.equal(page.$('a[href$=".csv"]').length, 0);
    // Staff see the open answers on the same page.
    const asStaff = await staff.get(`/evaluaties/uitvoeringen/${edition1.id}`);
    assert.match(asStaff.text, /Zeer leerzaam/);
  });

  it('refuses another trainer (404), professionals (403) and trainers on staff reports', async () => {
    assert.equal((await trainerB.get(`/evaluaties/uitvoeringen/${edition1.id}`)).status, 404);
    assert.equal((await trainerA.get('/evaluaties/uitvoeringen/999999')).status, 404);
    assert.equal((await professional.get(`/evaluaties/uitvoeringen/${edition1.id}`)).status, 403);
    assert.equal((await professional.get(offeringPath())).status, 403);
    assert.equal((await trainerA.get(offeringPath())).status, 403);
    assert.equal((await trainerA.get(`${offeringPath()}.csv`)).status, 403);
    assert.equal((await staff.get('/beheer/evaluaties/aanbod/999999')).status, 404);
    assert.equal((await staff.get('/beheer/evaluaties/aanbod/abc')).status, 404);
  });

  it('exports the item table as CSV with the same suppression', async () => {
    const res = await staff.agent.get(`${offeringPath()}.csv?${PERIOD_2026}`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /text\/csv/);
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(
      lines[0],
      'Vragenlijst;Vraag;Moment;Aantal antwoorden;Gemiddelde;Standaardafwijking;Antwoord;Aantal;Percentage',
    );
    assert.ok(lines.includes('Evaluatie OMEI;Tevredenheid;Evaluatie;6;4,00;0,89;3;2;33'), res.text);
    assert.ok(lines.includes('Evaluatie OMEI;Aanraden;Evaluatie;6;;;Ja;4;67'));
    assert.doesNotMatch(res.text, /Zeer leerzaam/);

    const edition = await staff.agent.get(`/beheer/evaluaties/uitvoeringen/${edition1.id}.csv`);
    assert.equal(edition.status, 200);
    assert.match(edition.text, /Kennis van extreme idealen;Voormeting;6;2,83;0,75;2;2;33/);
    // Edition 2 has one item answered by five, the others by fewer: hidden in the CSV too.
    const second = await staff.agent.get(`/beheer/evaluaties/uitvoeringen/${edition2.id}.csv`);
    assert.match(second.text, new RegExp(`Kennis van extreme idealen;Voormeting;4;;;${HIDDEN}`));
  });

  it('reports one questionnaire across offerings over a period', async () => {
    let page = await staff.get('/beheer/evaluaties');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, 'main'), /Kies een vragenlijst/);
    assert.ok(page.$(`#field-vragenlijst option[value="${evaluation.questionnaire.id}"]`).length);
    page = await staff.get(
      `/beheer/evaluaties?vragenlijst=${evaluation.questionnaire.id}&van=2025-01-01&tot=2025-12-31`,
    );
    assert.equal(page.status, 200);
    // 2025: edition 2's five answers 1,2,3,4,5: mean 3, SD √2.5 = 1.58.
    assert.match(
      textOf(page.$, `#vraag-${evaluation.items[0].id}`),
      /Gemiddelde 3,00, standaardafwijking 1,58 \(5 antwoorden\)/,
    );
    const csv = await staff.agent.get(
      `/beheer/evaluaties/vragenlijsten/${evaluation.questionnaire.id}.csv?van=2025-01-01`,
    );
    assert.equal(csv.status, 200);
    assert.match(csv.text, /Tevredenheid;Evaluatie;11;/);
  });

  it('refuses a bad period with a message, never a 500', async () => {
    for (const query of [
      'van=2026-02-30',
      'tot=morgen',
      'van=2026-05-01&tot=2026-01-01',
      'van=2026-01-01&van=2026-02-01',
    ]) {
      const page = await staff.get(`${offeringPath()}?${query}`);
      assert.equal(page.status, 400, query);
      assert.ok(page.$('.jep-error-summary').length, query);
      assert.equal(page.$('.jep-eval-report').length, 0, query);
    }
    const page = await staff.get(`${offeringPath()}?van=2026-02-30`);
    assert.match(textOf(page.$, '.jep-error-summary'), /Vul bij "Van" een bestaande datum in/);
    assert.equal(page.$('#field-van').val(), '2026-02-30');
    const period = await staff.get('/beheer/evaluaties?vragenlijst=999999');
    assert.equal(period.status, 400);
    assert.match(textOf(period.$, '.jep-error-summary'), /Kies een bestaande vragenlijst/);
    assert.equal((await staff.get('/beheer/evaluaties?vragenlijst=<x>')).status, 400);
  });
});

describe('evaluations: the demo data', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    const runner = t.app.get(TransactionRunner);
    await runner.run((m) => seedDemoEvaluations(m, new Date()));
    // A second call (once the seed calls it too) adds nothing.
    await runner.run((m) => seedDemoEvaluations(m, new Date()));
  });

  after(async () => {
    await t.close();
  });

  it('gives the OMEI report a visible improvement, evaluations and open answers', async () => {
    const omei = await t.dataSource
      .getRepository(OfferingEntity)
      .findOneByOrFail({ slug: 'omgaan-met-extreme-idealen' });
    const responses = t.dataSource.getRepository(EvaluationResponse);
    assert.ok((await responses.countBy({ offeringId: omei.id, moment: 'post' })) >= 12);
    assert.ok((await responses.countBy({ offeringId: omei.id, moment: 'evaluation' })) >= 15);
    const staff = (await signedInClient(() => t.client(), t.dataSource, 'staff')).client;
    const page = await staff.get(`/beheer/evaluaties/aanbod/${omei.id}`);
    assert.equal(page.status, 200);
    assert.match(
      textOf(page.$, '.jep-eval-report__sentences'),
      /punt hoger .* Dat is een (middelgroot|groot) effect/,
    );
    assert.ok(page.$('.jep-eval-report__open li').length >= 5);
    // Response rates from the demo invitations.
    assert.match(textOf(page.$, 'table[id$="-rate"]'), /\d+%/);
  });
});
