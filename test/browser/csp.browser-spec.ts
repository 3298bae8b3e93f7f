import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BrowserHarness, startHarness } from './support/harness';

/**
 * The harness fails every page check on a CSP violation: proven here by breaking the policy on
 * purpose (an inline script, an inline style attribute), once on the page being checked and once
 * on a page the browser left before the check.
 */
describe('the browser suite holds the CSP', () => {
  let h: BrowserHarness;
  before(async () => (h = await startHarness()));
  after(() => h.close());

  it('passes a page that keeps the policy, and fails one with an inline script or style', async () => {
    const s = await h.newSession();
    await s.visit('/');
    // the page's own markup: blocked inline code would show here, not only in the console
    await s.page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "uitgevoerd"';
      document.body.append(script);
      document.body.setAttribute('style', 'outline: 3px solid red');
    })()`);
    assert.notEqual(await s.page.title(), 'uitgevoerd', 'the inline script did not run');
    const error = await s.check('with inline code').then(
      () => null,
      (e: Error) => e,
    );
    assert.ok(error, 'the check failed');
    assert.match(error.message, /CSP violation: script-src/);
    assert.match(error.message, /CSP violation: style-src/);

    // the collected violations are reset: the next clean page passes
    await s.visit('/over');

    // a violation on a page the browser left before the check still fails that check
    await s.page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.body.append(script);
    })()`);
    await s.page.goto('/inloggen');
    await assert.rejects(() => s.check('after leaving a broken page'), /CSP violation \(console\)/);
    await s.visit('/inloggen');
  });
});
