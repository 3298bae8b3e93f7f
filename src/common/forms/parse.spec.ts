import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHttpUrl, slugify, wholeNumber } from './parse';

describe('form value parsing', () => {
  it('reads whole numbers within bounds only', () => {
    assert.equal(wholeNumber(' 20 ', 1, 500), 20);
    for (const bad of ['0', '-3', '2.5', 'twintig', '', '1e3', '501', undefined])
      assert.equal(wholeNumber(bad, 1, 500), null, String(bad));
  });
  it('accepts only http(s) links', () => {
    assert.equal(isHttpUrl('https://teams.microsoft.com/l/meetup-join/x'), true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x', 'teams', '//x.nl'])
      assert.equal(isHttpUrl(bad), false, bad);
  });
  it('makes URL slugs from Dutch titles', () => {
    assert.equal(slugify('Omgaan met Extreme Idealen (OMEI)'), 'omgaan-met-extreme-idealen-omei');
    assert.equal(
      slugify('Werkatelier: informatie uitwisselen in Fryslân'),
      'werkatelier-informatie-uitwisselen-in-fryslan',
    );
  });
});
