import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Offering } from '../catalogue/offering.entity';
import { parseReportQuery } from './dto/report-period.dto';
import type { QuestionnaireItem } from './questionnaire-item.entity';
import type { Questionnaire } from './questionnaire.entity';
import { offeringReportPage, reportCsv } from './report.presenter';
import type { EvaluationReport } from './report.service';

const questionnaire = {
  id: 3,
  title: 'Evaluatie',
  kind: 'evaluation',
  version: 1,
} as Questionnaire;
const item = {
  id: 7,
  questionnaireId: 3,
  sectionId: null,
  type: 'likert',
  text: 'Tevredenheid',
  scalePoints: 5,
  pointLabels: JSON.stringify(['Slecht', '2', '3', '4', 'Goed']),
  options: null,
  hiddenInVersion: null,
} as QuestionnaireItem;

function report(counts: [number, number][]): EvaluationReport {
  const n = counts.reduce((s, [, c]) => s + c, 0);
  const sum = counts.reduce((s, [v, c]) => s + v * c, 0);
  const sumSq = counts.reduce((s, [v, c]) => s + v * v * c, 0);
  return {
    scope: { kind: 'offering', offering: { id: 1, title: 'OMEI' } as Offering },
    period: { from: null, to: null },
    withOpenAnswers: true,
    questionnaires: [
      {
        questionnaire,
        sections: [],
        items: [item],
        responses: [{ moment: 'evaluation', count: n }],
        rates: [{ moment: 'evaluation', invited: 10, submitted: n }],
        itemFigures: [
          {
            itemId: 7,
            moment: 'evaluation',
            respondents: n,
            sums: { n, sum, sumSq },
            counts: new Map(counts),
          },
        ],
        open: [],
        scales: [],
        itemPairs: [],
        scalePairs: [],
      },
    ],
  };
}

const raw = { from: '', to: '', questionnaire: '' };

describe('evaluation report presenter', () => {
  it('shows the distribution with labels, mean and SD from 5 answers on', () => {
    // 1,4,4,5,5: mean 3.8, Σx² = 83, (83 − 72.2)/4 = 2.7, SD 1.64
    const page = offeringReportPage(
      report([
        [1, 1],
        [4, 2],
        [5, 2],
      ]),
      raw,
      'nl',
    );
    const view = page.questionnaires[0].items[0].moments[0];
    assert.equal(view.suppressed, false);
    assert.deepEqual(
      view.table!.rows.map((r) => [r.label, r.count, r.share]),
      [
        ['1 – Slecht', 1, '20%'],
        ['2', 0, '0%'],
        ['3', 0, '0%'],
        ['4', 2, '40%'],
        ['5 – Goed', 2, '40%'],
      ],
    );
    assert.equal(view.summary, 'Gemiddelde 3,80, standaardafwijking 1,64 (5 antwoorden)');
    assert.deepEqual(page.questionnaires[0].rates[0], {
      moment: 'Evaluatie',
      invited: 10,
      submitted: 5,
      rate: '50%',
      responses: 5,
    });
  });

  it('hides a group of 4 in the page and the CSV', () => {
    const r = report([
      [1, 1],
      [4, 3],
    ]);
    const view = offeringReportPage(r, raw, 'nl').questionnaires[0].items[0].moments[0];
    assert.equal(view.suppressed, true);
    assert.equal(view.table, null);
    assert.equal(view.summary, null);
    const csv = reportCsv(r, 'nl');
    assert.match(csv, /Tevredenheid;Evaluatie;4;;;Minder dan 5 antwoorden: niet getoond;;/);
    assert.doesNotMatch(csv, /Slecht/);
  });

  it('parses the period and refuses what is no date', () => {
    assert.deepEqual(parseReportQuery({ van: '2026-01-01', tot: '' }), {
      ok: true,
      period: { from: '2026-01-01', to: null },
      questionnaireId: null,
      raw: { from: '2026-01-01', to: '', questionnaire: '' },
    });
    const bad = parseReportQuery({ van: '2026-02-30', tot: ['a'], vragenlijst: '1 OR 1' });
    assert.equal(bad.ok, false);
    assert.deepEqual(!bad.ok && bad.errors.map((e) => e.field), ['van', 'tot', 'vragenlijst']);
    const order = parseReportQuery({ van: '2026-05-01', tot: '2026-01-01' });
    assert.deepEqual(!order.ok && order.errors.map((e) => e.message), [
      'evaluations.report.error.order',
    ]);
  });
});
