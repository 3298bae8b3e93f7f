import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnswerItem, answerFormValues, answerRows, parseDraft, readAnswers } from './answer-form';

const likert: AnswerItem = {
  id: 1,
  type: 'likert',
  required: true,
  scalePoints: 5,
  options: [],
  text: 'Ik weet waar ik hulp kan vinden',
};
const seven: AnswerItem = { ...likert, id: 2, scalePoints: 7 };
const single: AnswerItem = {
  id: 3,
  type: 'single',
  required: true,
  scalePoints: null,
  options: ['Ja', 'Nee'],
  text: 'Zou u de training aanraden?',
};
const multiple: AnswerItem = {
  id: 4,
  type: 'multiple',
  required: true,
  scalePoints: null,
  options: ['Casus', 'Theorie', 'Oefenen'],
  text: 'Wat was nuttig?',
};
const open: AnswerItem = {
  id: 5,
  type: 'open',
  required: false,
  scalePoints: null,
  options: [],
  text: 'Opmerkingen',
};
const items = [likert, seven, single, multiple, open];
const fields = (p: { field: string }[]) => p.map((x) => x.field);

describe('reading posted answers', () => {
  it('reads every item type into numbers, indices and text; unknown fields are ignored', () => {
    const { answers, problems } = readAnswers(
      items,
      {
        'item-1': '5',
        'item-2': '7',
        'item-3': '1',
        'item-4': ['2', '0', '2'],
        'item-5': '  Meer oefenen graag.\r\nDank!  ',
        'item-99': '3',
        _csrf: 'x',
      },
      true,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(answers, { 1: 5, 2: 7, 3: 1, 4: [0, 2], 5: 'Meer oefenen graag.\nDank!' });
  });

  it('a complete answer needs every required item; an optional open answer may be left empty', () => {
    const { problems } = readAnswers(items, { 'item-5': '' }, true);
    assert.deepEqual(problems, [
      { field: 'item-1', message: 'evaluations.answer.requiredChoice', params: {} },
      { field: 'item-2', message: 'evaluations.answer.requiredChoice', params: {} },
      { field: 'item-3', message: 'evaluations.answer.requiredChoice', params: {} },
      { field: 'item-4', message: 'evaluations.answer.requiredMultiple', params: {} },
    ]);
    const required = readAnswers([{ ...open, required: true }], { 'item-5': '   ' }, true);
    assert.equal(required.problems[0].message, 'evaluations.answer.requiredText');
  });

  it('a draft may leave anything out but its values are still checked', () => {
    assert.deepEqual(readAnswers(items, {}, false), { answers: {}, problems: [] });
    const { answers, problems } = readAnswers(items, { 'item-1': '3', 'item-2': '8' }, false);
    assert.deepEqual(answers, { 1: 3 });
    assert.deepEqual(problems, [
      { field: 'item-2', message: 'evaluations.answer.likertRange', params: { points: 7 } },
    ]);
  });

  it('out of range, malformed and repeated values are refused with a message', () => {
    const bad = (body: Record<string, unknown>) => fields(readAnswers(items, body, false).problems);
    assert.deepEqual(bad({ 'item-1': '6' }), ['item-1'], 'Likert 6 of 5');
    assert.deepEqual(bad({ 'item-1': '0' }), ['item-1'], 'Likert 0');
    assert.deepEqual(bad({ 'item-1': '2.5' }), ['item-1']);
    assert.deepEqual(bad({ 'item-1': '-1' }), ['item-1']);
    assert.deepEqual(bad({ 'item-1': ['1', '2'] }), ['item-1'], 'two points');
    assert.deepEqual(bad({ 'item-3': '2' }), ['item-3'], 'no third option');
    assert.deepEqual(bad({ 'item-3': 'Ja' }), ['item-3']);
    assert.deepEqual(bad({ 'item-4': ['1', '5'] }), ['item-4']);
    assert.deepEqual(bad({ 'item-4': { a: '1' } }), ['item-4'], 'an object');
    assert.deepEqual(bad({ 'item-5': ['a', 'b'] }), ['item-5']);
    const long = readAnswers(items, { 'item-5': 'x'.repeat(2001) }, false).problems[0];
    assert.deepEqual(long, {
      field: 'item-5',
      message: 'evaluations.answer.tooLong',
      params: { max: 2000 },
    });
    assert.deepEqual(bad({ 'item-5': 'x'.repeat(2000) }), []);
  });
});

describe('drafts and answer rows', () => {
  it('a draft goes to JSON and back into the form values', () => {
    const { answers } = readAnswers(
      items,
      { 'item-1': '4', 'item-4': ['1'], 'item-5': 'Tekst' },
      false,
    );
    const draft = parseDraft(JSON.stringify(answers));
    assert.deepEqual(draft, answers);
    assert.deepEqual(answerFormValues(items, draft), {
      'item-1': '4',
      'item-4': ['1'],
      'item-5': 'Tekst',
    });
  });

  it('a malformed draft is read as empty or without its bad values', () => {
    assert.deepEqual(parseDraft(null), {});
    assert.deepEqual(parseDraft('{not json'), {});
    assert.deepEqual(parseDraft('[1,2]'), {});
    assert.deepEqual(parseDraft('{"1":3,"x":1,"2":{"a":1},"3":[1,"b"],"4":"t"}'), { 1: 3, 4: 't' });
  });

  it('one row per chosen option, numbers and text apart', () => {
    assert.deepEqual(answerRows(items, { 1: 5, 4: [0, 2], 5: 'Goed' }), [
      { itemId: 1, valueNumber: 5, valueText: null },
      { itemId: 4, valueNumber: 0, valueText: null },
      { itemId: 4, valueNumber: 2, valueText: null },
      { itemId: 5, valueNumber: null, valueText: 'Goed' },
    ]);
  });
});
