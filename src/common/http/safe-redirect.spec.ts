import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeLocalPath } from './safe-redirect';

describe('safeLocalPath', () => {
  it('keeps local paths with their query', () => {
    assert.equal(safeLocalPath('/uitvoeringen/12?x=1'), '/uitvoeringen/12?x=1');
  });
  it('refuses other sites, protocol-relative and backslash tricks', () => {
    for (const evil of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/x\r\nSet-Cookie: a=b',
    ]) {
      assert.equal(safeLocalPath(evil, '/mijn'), '/mijn');
    }
  });
  it('ignores non-strings (a repeated query parameter)', () => {
    assert.equal(safeLocalPath(['/a', '/b'], '/'), '/');
  });
});
