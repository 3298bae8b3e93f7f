import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkItemAction,
  frozenFieldsChanged,
  ItemContent,
  versionAfterChange,
} from './questionnaire-versions';

const likert: ItemContent = {
  type: 'likert',
  text: 'Ik weet waar ik hulp kan vinden',
  scalePoints: 7,
  pointLabels: ['Helemaal oneens', '2', '3', '4', '5', '6', 'Helemaal eens'],
  options: [],
  sectionId: 3,
};

describe('questionnaire versions', () => {
  it('keeps the version while the current version has no responses, bumps it once answered', () => {
    assert.equal(versionAfterChange({ version: 1, currentVersionAnswered: false }), 1);
    assert.equal(versionAfterChange({ version: 1, currentVersionAnswered: true }), 2);
    assert.equal(versionAfterChange({ version: 2, currentVersionAnswered: false }), 2);
  });

  it('names every frozen part that an edit changes, and none for an identical item', () => {
    assert.deepEqual(frozenFieldsChanged(likert, { ...likert }), []);
    assert.deepEqual(frozenFieldsChanged(likert, { ...likert, text: 'Anders' }), ['text']);
    assert.deepEqual(
      frozenFieldsChanged(likert, {
        ...likert,
        scalePoints: 5,
        pointLabels: ['Helemaal oneens', '2', '3', '4', 'Helemaal eens'],
      }),
      ['scalePoints', 'pointLabels'],
    );
    assert.deepEqual(frozenFieldsChanged(likert, { ...likert, sectionId: null }), ['sectionId']);
    const single: ItemContent = {
      ...likert,
      type: 'single',
      scalePoints: null,
      pointLabels: [],
      options: ['Ja', 'Nee'],
    };
    assert.deepEqual(frozenFieldsChanged(single, { ...single, options: ['Nee', 'Ja'] }), [
      'options',
    ]);
    assert.deepEqual(frozenFieldsChanged(single, { ...single, type: 'multiple' }), ['type']);
  });

  it('lets anything happen to an item without answers, but hiding is for answered items', () => {
    assert.equal(
      checkItemAction('edit', { answered: false, hidden: false, frozenChanges: ['text'] }),
      'ok',
    );
    assert.equal(checkItemAction('delete', { answered: false, hidden: false }), 'ok');
    assert.equal(checkItemAction('hide', { answered: false, hidden: false }), 'unanswered');
  });

  it('refuses deleting an answered item or changing its content; hiding and other edits are allowed', () => {
    assert.equal(checkItemAction('delete', { answered: true, hidden: false }), 'frozen');
    assert.equal(
      checkItemAction('edit', { answered: true, hidden: false, frozenChanges: ['options'] }),
      'frozen',
    );
    assert.equal(
      checkItemAction('edit', { answered: true, hidden: false, frozenChanges: [] }),
      'ok',
    );
    assert.equal(checkItemAction('hide', { answered: true, hidden: false }), 'ok');
    assert.equal(checkItemAction('hide', { answered: true, hidden: true }), 'hidden');
  });
});
