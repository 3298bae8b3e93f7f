import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FormInvalidError } from '../../common/forms/form-invalid.error';
import { parseCorrectCompletion } from './correct-completion.dto';

function problems(body: Record<string, unknown>) {
  try {
    parseCorrectCompletion(body, 7);
  } catch (error) {
    if (error instanceof FormInvalidError)
      return error.problems.map((p) => `${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('correct completion form', () => {
  it('reads the fields of the one enrolment, trimming the reason', () => {
    assert.deepEqual(
      parseCorrectCompletion({ 'completion-7': 'completed', 'reason-7': '  Ingehaald  ' }, 7),
      { completion: 'completed', reason: 'Ingehaald' },
    );
  });

  it('asks for a choice and a reason of at most 500 characters, both at once', () => {
    assert.deepEqual(problems({ 'completion-7': 'passed', 'reason-7': '   ' }), [
      'completion-7: attendance.error.completionChoice',
      'reason-7: attendance.error.reasonRequired',
    ]);
    assert.deepEqual(problems({ 'completion-7': 'not_completed', 'reason-7': 'x'.repeat(501) }), [
      'reason-7: attendance.error.reasonTooLong',
    ]);
    assert.deepEqual(problems({ 'completion-8': 'completed', 'reason-8': 'ander formulier' }), [
      'completion-7: attendance.error.completionChoice',
      'reason-7: attendance.error.reasonRequired',
    ]);
    assert.deepEqual(
      problems({ 'completion-7': ['completed', 'not_completed'], 'reason-7': 'x' }),
      ['completion-7: attendance.error.completionChoice'],
    );
    assert.deepEqual(problems({ 'completion-7': 'completed', 'reason-7': 'x'.repeat(500) }), []);
  });
});
