import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newCertificateCode, normaliseCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('are JEP- and five groups of four unambiguous characters, all different', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newCertificateCode()));
    assert.equal(codes.size, 2000);
    for (const code of codes) assert.match(code, /^JEP(-[0-9A-HJKMNP-TV-Z]{4}){5}$/);
  });

  it('reads a typed code forgivingly and refuses what cannot be one', () => {
    const code = newCertificateCode();
    assert.equal(normaliseCertificateCode(code.toLowerCase().replace(/-/g, ' ')), code);
    assert.equal(
      normaliseCertificateCode('jep-0000-1111-2222-3333-4444'),
      'JEP-0000-1111-2222-3333-4444',
    );
    assert.equal(
      normaliseCertificateCode('JEP-OOOO-IIII-LLLL-3333-4444'),
      'JEP-0000-1111-1111-3333-4444',
    );
    for (const bad of ['', 'JEP-123', 'JEP-UUUU-1111-2222-3333-4444', 'x'.repeat(100), 42, null])
      assert.equal(normaliseCertificateCode(bad), null, String(bad));
  });
});
