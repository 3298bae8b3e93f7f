import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hotp, matchingStep, timeStep, totp } from './totp';

// RFC 6238 appendix B, SHA-1: the ASCII secret "12345678901234567890"
const SECRET = Buffer.from('12345678901234567890');

describe('TOTP (RFC 6238, HMAC-SHA1, 30 s)', () => {
  it('gives the RFC test vectors (8 digits) and their last 6 digits', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, code] of vectors) {
      assert.equal(totp(SECRET, seconds * 1000, 8), code, `T=${seconds}`);
      assert.equal(totp(SECRET, seconds * 1000), code.slice(2), `T=${seconds} (6 digits)`);
    }
    assert.equal(totp(SECRET, 59_000), '287082');
  });

  it('gives the RFC 4226 HOTP values', () => {
    assert.deepEqual(
      [0, 1, 2, 9].map((c) => hotp(SECRET, c)),
      ['755224', '287082', '359152', '520489'],
    );
  });

  it('accepts a code one step either side and says which step it was, nothing further', () => {
    const now = 1111111111_000;
    const step = timeStep(now);
    assert.equal(matchingStep(SECRET, hotp(SECRET, step), now), step);
    assert.equal(matchingStep(SECRET, hotp(SECRET, step - 1), now), step - 1);
    assert.equal(matchingStep(SECRET, hotp(SECRET, step + 1), now), step + 1);
    assert.equal(matchingStep(SECRET, hotp(SECRET, step + 2), now), null);
    assert.equal(matchingStep(SECRET, hotp(SECRET, step - 2), now), null);
  });

  it('refuses anything that is not six digits', () => {
    for (const bad of ['', '12345', '1234567', 'abcdef', ' 287082', '28708２'])
      assert.equal(matchingStep(SECRET, bad, 59_000), null, JSON.stringify(bad));
  });
});
