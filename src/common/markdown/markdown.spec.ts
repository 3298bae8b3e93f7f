import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders the Markdown staff write', () => {
    const html = renderMarkdown(
      '# Doel\n\nDe training duurt **drie** dagen.\n\n- herkennen\n- reageren\n\n[Meer](https://example.nl/x)',
    );
    assert.match(html, /<h2>Doel<\/h2>/);
    assert.match(html, /<strong>drie<\/strong>/);
    assert.match(html, /<li>herkennen<\/li>/);
    assert.match(html, /<a href="https:\/\/example.nl\/x">Meer<\/a>/);
  });
  it('strips script, event handlers, styles and javascript: links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src=x onerror=alert(1)> <p style="color:red" onclick="x()">hoi</p> [klik](javascript:alert(1)) <a href="JaVaScRiPt:alert(1)">a</a>',
    );
    assert.doesNotMatch(html, /<script|onerror|onclick|style=|href="javascript:|<img/i);
    assert.match(html, /hoi/);
    assert.doesNotMatch(
      renderMarkdown('[klik](javascript:alert(1)) en [data](data:text/html,x)'),
      /<a /,
    );
  });
});
