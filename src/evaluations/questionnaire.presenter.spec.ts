import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseItem } from './questionnaire-read';
import type { QuestionnaireItem } from './questionnaire-item.entity';
import type { QuestionnaireSection } from './questionnaire-section.entity';
import type { Questionnaire } from './questionnaire.entity';
import { builderGroups, itemDetails, previewView } from './questionnaire.presenter';
import { itemFormValues, readItemForm } from './questionnaire-items';
import { FormInvalidError } from '../common/forms/form-invalid.error';

function item(fields: Partial<QuestionnaireItem>): QuestionnaireItem {
  return {
    id: 1,
    questionnaireId: 1,
    sectionId: null,
    position: 0,
    type: 'open',
    text: 'Vraag',
    required: true,
    scalePoints: null,
    pointLabels: null,
    options: null,
    addedInVersion: 1,
    hiddenInVersion: null,
    ...fields,
  };
}

const section = {
  id: 7,
  title: 'Zelfvertrouwen',
  isScale: true,
  position: 0,
} as QuestionnaireSection;
const likert = item({
  id: 2,
  sectionId: 7,
  type: 'likert',
  scalePoints: 5,
  pointLabels: JSON.stringify(['Oneens', '2', '3', '4', 'Eens']),
});
const choice = item({ id: 3, type: 'single', options: JSON.stringify(['Ja', 'Nee']) });

describe('questionnaire presenter', () => {
  it('describes the answer scale of each kind of item', () => {
    assert.equal(itemDetails(parseItem(likert)), '1–5: Oneens · 2 · 3 · 4 · Eens');
    assert.equal(itemDetails(parseItem(choice)), 'Ja · Nee');
    assert.equal(itemDetails(parseItem(item({}))), '');
  });

  it('groups builder items, offers hide for answered items and delete for the others', () => {
    const answered = { ...parseItem(likert), answered: true, hidden: false };
    const loose = { ...parseItem(choice), answered: false, hidden: false };
    const view = builderGroups([section], [loose, answered], '/beheer/vragenlijsten/1');
    assert.equal(view.loose.length, 1);
    assert.equal(view.loose[0].canDelete, true);
    assert.equal(view.loose[0].canHide, false);
    const [s] = view.sections;
    assert.equal(s.canRemove, false);
    assert.equal(s.items[0].canDelete, false);
    assert.equal(s.items[0].canHide, true);
    assert.equal(s.items[0].href, '/beheer/vragenlijsten/1/vragen/2');
  });

  it('numbers preview questions in order and shows only the labelled points', () => {
    const q = { id: 1, title: 'Evaluatie', intro: '', version: 2 } as Questionnaire;
    const view = previewView(q, [section], [parseItem(choice), parseItem(likert)]);
    assert.equal(view.loose[0].number, 1);
    assert.equal(view.groups[0].items[0].number, 2);
    assert.deepEqual(
      view.groups[0].items[0].points.map((p) => p.label),
      ['Oneens', '', '', '', 'Eens'],
    );
  });
});

describe('reading the item form', () => {
  const problems = (form: Parameters<typeof readItemForm>[0]) => {
    try {
      readItemForm(form, [7]);
      return [];
    } catch (e) {
      assert.ok(e instanceof FormInvalidError);
      return e.problems.map((p) => `${p.field}:${p.message}`);
    }
  };

  it('makes the point labels from the ends, numbering the points between', () => {
    const input = readItemForm(
      {
        type: 'likert',
        text: 'Ik weet het',
        scalePoints: '7',
        labelLow: 'Laag',
        labelHigh: 'Hoog',
        sectionId: '7',
        required: 'on',
      },
      [7],
    );
    assert.deepEqual(input.pointLabels, ['Laag', '2', '3', '4', '5', '6', 'Hoog']);
    assert.equal(input.sectionId, 7);
    assert.equal(input.required, true);
  });

  it('refuses 6 points, missing end labels, a wrong number of middle labels and an unknown section', () => {
    assert.deepEqual(
      problems({ type: 'likert', text: 'x', scalePoints: '6', labelLow: 'a', labelHigh: 'b' }),
      ['scalePoints:evaluations.item.pointsInvalid'],
    );
    assert.deepEqual(problems({ type: 'likert', text: 'x', scalePoints: '5' }), [
      'labelLow:validation.required',
      'labelHigh:validation.required',
    ]);
    assert.deepEqual(
      problems({
        type: 'likert',
        text: 'x',
        scalePoints: '5',
        labelLow: 'a',
        labelHigh: 'b',
        middleLabels: 'een\ntwee',
      }),
      ['middleLabels:evaluations.item.middleLabelsCount'],
    );
    assert.deepEqual(problems({ type: 'open', text: 'x', sectionId: '99' }), [
      'sectionId:validation.choose',
    ]);
  });

  it('needs 2 to 20 distinct options for a choice, blank lines ignored', () => {
    assert.deepEqual(problems({ type: 'single', text: 'x', options: 'Ja\n\n' }), [
      'options:evaluations.item.optionsCount',
    ]);
    assert.deepEqual(problems({ type: 'multiple', text: 'x', options: 'Ja\nja' }), [
      'options:evaluations.item.optionsDuplicate',
    ]);
    assert.deepEqual(
      readItemForm({ type: 'multiple', text: 'x', options: ' Ja \r\n\r\nNee' }, []).options,
      ['Ja', 'Nee'],
    );
    assert.deepEqual(problems({ type: 'nonsense', text: 'x' }), ['type:validation.choose']);
  });

  it('gives back the stored item as form values, middle labels only when not just numbers', () => {
    assert.equal(itemFormValues(parseItem(likert)).middleLabels, '');
    assert.equal(itemFormValues(parseItem(likert)).labelHigh, 'Eens');
    const named = item({
      type: 'likert',
      scalePoints: 5,
      pointLabels: JSON.stringify(['a', 'b', 'c', 'd', 'e']),
    });
    assert.equal(itemFormValues(parseItem(named)).middleLabels, 'b\nc\nd');
  });
});
