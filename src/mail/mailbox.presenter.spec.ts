import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkifiedText } from './mailbox.presenter';

describe('linkifiedText', () => {
  it('makes links to the platform clickable', () => {
    const html = linkifiedText(
      'Klik: http://jep.test/account/bevestigen/abc_DEF-123\nDank',
      'http://jep.test',
    );
    assert.match(html, /<a href="http:\/\/jep.test\/account\/bevestigen\/abc_DEF-123">/);
  });
  it('escapes markup and leaves other sites as text', () => {
    const html = linkifiedText(
      '<script>alert(1)</script> https://evil.example/x',
      'http://jep.test',
    );
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('&lt;script&gt;'));
    assert.ok(!html.includes('<a href="https://evil.example'));
  });
});
