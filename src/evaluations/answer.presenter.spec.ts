import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnswerPage } from './answer.service';
import type { EvaluationInvitation } from './evaluation-invitation.entity';
import { answerView, notOpenView, pointLabel, postedAnswerValues } from './answer.presenter';
import type { ParsedItem } from './questionnaire-read';
import type { QuestionnaireSection } from './questionnaire-section.entity';
import type { Questionnaire } from './questionnaire.entity';

const item = (id: number, fields: Partial<ParsedItem>): ParsedItem => ({
  id,
  questionnaireId: 1,
  sectionId: null,
  position: id,
  type: 'likert',
  text: `Vraag ${id}`,
  required: true,
  scalePoints: null,
  pointLabels: [],
  options: [],
  addedInVersion: 1,
  hiddenInVersion: null,
  ...fields,
});

const scale: QuestionnaireSection = {
  id: 7,
  questionnaireId: 1,
  title: 'Zelfvertrouwen',
  isScale: true,
  position: 0,
};
const items = [
  item(1, { sectionId: 7, scalePoints: 5, pointLabels: ['Oneens', '2', '', '4', 'Eens'] }),
  item(2, { type: 'single', options: ['Ja', 'Nee'] }),
  item(3, { type: 'multiple', options: ['A', 'B', 'C'], required: false }),
  item(4, { type: 'open', required: false }),
];

function page(fields: Partial<AnswerPage> = {}): AnswerPage {
  return {
    invitation: {
      id: 12,
      moment: 'pre',
      closesAt: new Date('2026-03-10T08:30:00Z'),
      draft: null,
    } as EvaluationInvitation,
    questionnaire: { id: 1, title: 'Voormeting', intro: 'Welkom', version: 1 } as Questionnaire,
    sections: [scale],
    items,
    offeringTitle: 'Omgaan met Extreme Idealen',
    editionTitle: 'Utrecht, groep 1',
    state: 'open',
    draft: {},
    ...fields,
  };
}

describe('the answer page', () => {
  it('puts ungrouped items first, then each section with its items; every point labelled', () => {
    const view = answerView(page(), null, 'nl');
    assert.equal(view.title, 'Voormeting');
    assert.equal(view.action, '/mijn/vragenlijsten/12');
    assert.equal(view.minResponses, 5);
    assert.equal(view.momentLabel, 'evaluations.moment.pre');
    assert.equal(view.closes, '10 maart 2026 09:30');
    assert.equal(view.groups.length, 2);
    assert.equal(view.groups[0].section, null);
    assert.deepEqual(
      view.groups[0].items.map((i) => i.name),
      ['item-2', 'item-3', 'item-4'],
    );
    assert.deepEqual(view.groups[1].section, {
      id: 'section-7',
      title: 'Zelfvertrouwen',
      isScale: true,
    });
    const likert = view.groups[1].items[0];
    assert.equal(likert.isLikert, true);
    assert.equal(likert.inputType, 'radio');
    assert.deepEqual(
      likert.choices.map((c) => [c.id, c.value, c.label]),
      [
        ['field-item-1-1', '1', '1 – Oneens'],
        ['field-item-1-2', '2', '2'],
        ['field-item-1-3', '3', '3'],
        ['field-item-1-4', '4', '4'],
        ['field-item-1-5', '5', '5 – Eens'],
      ],
    );
    const multiple = view.groups[0].items[1];
    assert.equal(multiple.inputType, 'checkbox');
    assert.deepEqual(
      multiple.choices.map((c) => c.label),
      ['A', 'B', 'C'],
    );
  });

  it('shows the draft, or the posted values when the form comes back', () => {
    const drafted = answerView(page({ draft: { 1: 4, 3: [0, 2], 4: 'Tekst' } }), null, 'nl');
    const all = drafted.groups.flatMap((g) => g.items);
    const checked = (name: string) =>
      all
        .find((i) => i.name === name)!
        .choices.filter((c) => c.checked)
        .map((c) => c.value);
    assert.deepEqual(checked('item-1'), ['4']);
    assert.deepEqual(checked('item-3'), ['0', '2']);
    assert.equal(all.find((i) => i.name === 'item-4')!.textValue, 'Tekst');

    const posted = postedAnswerValues(items, { 'item-1': '8', 'item-3': ['1'], other: 'x' });
    assert.deepEqual(posted, { 'item-1': '8', 'item-3': ['1'] });
    const back = answerView(page({ draft: { 1: 4 } }), posted, 'nl');
    const again = back.groups.flatMap((g) => g.items);
    assert.deepEqual(
      again.find((i) => i.name === 'item-1')!.choices.filter((c) => c.checked),
      [],
      'the posted (out of range) value wins over the draft',
    );
    assert.deepEqual(back.values, posted);
  });

  it('a point label is its number, with the label when it says more', () => {
    assert.equal(pointLabel(1, 'Helemaal oneens'), '1 – Helemaal oneens');
    assert.equal(pointLabel(3, '3'), '3');
    assert.equal(pointLabel(3, undefined), '3');
    assert.equal(pointLabel(3, '  '), '3');
  });

  it('an answered or closed invitation gets its own page', () => {
    assert.equal(notOpenView(page({ state: 'answered' }), 'nl').answered, true);
    const closed = notOpenView(page({ state: 'closed' }), 'en');
    assert.equal(closed.answered, false);
    assert.equal(closed.pageTitle, 'evaluations.answer.closedTitle');
    assert.equal(closed.edition, 'Omgaan met Extreme Idealen — Utrecht, groep 1');
  });
});
