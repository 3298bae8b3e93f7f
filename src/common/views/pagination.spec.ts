import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paginate, parsePage } from './pagination';

describe('pagination', () => {
  it('links to neighbouring pages and keeps the filters', () => {
    const p = paginate('/beheer/gebruikers', { q: 'jan', rol: undefined }, 2, 25, 60);
    assert.equal(p.pages, 3);
    assert.equal(p.previous, '/beheer/gebruikers?q=jan');
    assert.equal(p.next, '/beheer/gebruikers?q=jan&pagina=3');
    assert.deepEqual(
      p.items.map((i) => i.current),
      [false, true, false],
    );
  });
  it('parses only sane page numbers', () => {
    assert.equal(parsePage('3'), 3);
    for (const bad of ['0', '-1', '1.5', 'abc', undefined, ['2']]) assert.equal(parsePage(bad), 1);
  });
});
