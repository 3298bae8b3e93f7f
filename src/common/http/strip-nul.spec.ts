import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutNul } from './strip-nul';

describe('withoutNul', () => {
  it('drops NUL from strings, lists and keys, and keeps everything else', () => {
    assert.deepEqual(
      { ...(withoutNul({ a: 'x\u0000y', 'b\u0000': ['\u0000', 'z'], n: 1 }) as object) },
      { a: 'xy', b: ['', 'z'], n: 1 },
    );
    assert.equal(withoutNul('\u0001\t'), '\u0001\t');
  });
});
