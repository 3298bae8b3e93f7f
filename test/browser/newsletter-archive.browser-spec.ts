import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { NewsletterIssue } from '../../src/newsletter/issue.entity';
import { BrowserHarness, startHarness } from './support/harness';
import { byText, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

/**
 * The JEPzine archive in the browser, on the demo data: the archive page, an issue's web version
 * (Markdown with headings, lists, quotes and links) and the home page pass axe; by keyboard a
 * visitor goes from the archive to an issue and on to the next one.
 */
describe('JEPzine archive in the browser', () => {
  let h: BrowserHarness;
  let visitor: BrowserSession;
  let issues: NewsletterIssue[];

  before(async () => {
    h = await startHarness();
    await h.testApp.app.get(DemoSeedService).seedIfEmpty();
    issues = await h.testApp.dataSource
      .getRepository(NewsletterIssue)
      .find({ order: { startedAt: 'DESC' } });
    visitor = await h.newSession();
  });
  after(() => h?.close());

  it('/jepzine: intro, subscribe form, the issues and the feed link pass axe', async () => {
    await visitor.visit('/jepzine', { status: 200 });
    assert.equal(await visitor.heading(), 'JEPzine');
    assert.deepEqual(
      await visitor.attributes('.jep-jepzine-list h3 a', 'href'),
      issues.map((i) => `/jepzine/${i.slug}`),
    );
    assert.equal(await visitor.page.locator('form[action="/jepzine/aanmelden"]').count(), 1);
    assert.deepEqual(await visitor.attributes('head link[type="application/atom+xml"]', 'href'), [
      '/jepzine/feed.xml',
    ]);
  });

  it('by keyboard from the archive to the oldest issue, then on to the next one', async () => {
    const oldest = issues[issues.length - 1];
    await tabTo(visitor.page, byText(oldest.title, 'a'), `the link "${oldest.title}"`, {
      max: 60,
    });
    await pressAndWaitForNavigation(visitor.page, 'Enter');
    visitor.assertPath(`/jepzine/${oldest.slug}`);
    await visitor.check('the oldest issue', { status: 200 });
    assert.equal(await visitor.heading(), oldest.title);
    const next = issues[issues.length - 2];
    await tabTo(visitor.page, byText(next.title, 'a'), 'the link to the next issue', { max: 60 });
    await pressAndWaitForNavigation(visitor.page, 'Enter');
    visitor.assertPath(`/jepzine/${next.slug}`);
    await visitor.check('the next issue', { status: 200 });
  });

  it('every demo issue and the subscribe call to action pass axe', async () => {
    for (const issue of issues) {
      await visitor.visit(`/jepzine/${issue.slug}`, { status: 200 });
      assert.ok((await visitor.page.locator('.jep-jepzine-body h2').count()) >= 2);
    }
    await visitor.page.click('a[href="/jepzine#aanmelden"]');
    await visitor.check('the subscribe form from the call to action', { status: 200 });
    visitor.assertPath('/jepzine');
  });

  it('an unknown issue is a 404 page that passes axe', async () => {
    await visitor.visit('/jepzine/bestaat-niet', { status: 404 });
  });

  it('the home page with the latest JEPzine and the subscribe form passes axe, in both languages', async () => {
    await visitor.visit('/', { status: 200 });
    assert.match(
      await visitor.text('section[aria-labelledby="laatste-jepzine"]'),
      new RegExp(issues[0].title.replace(/[?]/g, '\\?')),
    );
    assert.equal(await visitor.page.locator('main form[action="/jepzine/aanmelden"]').count(), 1);
    const english = await h.newSession({ locale: 'en-GB' });
    await english.visit('/taal/en?terug=/', { status: 200, finalPath: '/' });
    assert.match(await english.text('#laatste-jepzine'), /Latest JEPzine/);
    await english.visit('/jepzine', { status: 200 });
    await english.visit(`/jepzine/${issues[0].slug}`, { status: 200 });
  });
});
