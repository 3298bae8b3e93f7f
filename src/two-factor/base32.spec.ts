import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base32Decode, base32Encode } from './base32';

describe('base32 (RFC 4648)', () => {
  it('encodes the RFC 4648 test vectors (without padding)', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      assert.equal(base32Encode(Buffer.from(plain)), encoded);
      assert.equal(base32Decode(encoded)?.toString(), plain);
    }
    assert.equal(
      base32Encode(Buffer.from('12345678901234567890')),
      'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    );
  });

  it('decodes what people type: lower case, spaces, dashes and padding', () => {
    assert.equal(base32Decode('mzxw 6ytb-oi======')?.toString(), 'foobar');
  });

  it('refuses characters outside the alphabet', () => {
    assert.equal(base32Decode('MZXW1'), null);
    assert.equal(base32Decode('MZ0W'), null);
  });

  it('round-trips random bytes', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + n) % 256));
      assert.deepEqual(base32Decode(base32Encode(bytes)), bytes);
    }
  });
});
