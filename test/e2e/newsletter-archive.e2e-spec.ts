import { parseFeed } from '@rowanmanning/feed-parser';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { IssueStatus, NewsletterIssue } from '../../src/newsletter/issue.entity';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const DAY = 86_400_000;

const BODY = `Een ervaringsverhaal uit Zwolle.

## Wat deden ze samen?

- **eerst kijken**, dan duiden
- het gesprek aangaan

Lees meer in [het aanbod](/aanbod) of bij [de ESS](https://www.socialestabiliteit.nl).

<script>alert("weg")</script>
<p onclick="alert(1)">Klik</p>`;

/** The feed as text, whatever supertest thinks of its content type. */
async function fetchFeed(client: WebClient) {
  const res = await client.agent
    .get('/jepzine/feed.xml')
    .buffer(true)
    .parse((stream, done) => {
      let text = '';
      stream.setEncoding('utf8');
      stream.on('data', (c: string) => (text += c));
      stream.on('end', () => done(null, text));
    });
  return {
    status: res.status,
    type: String(res.headers['content-type']),
    xml: res.body as string,
    cookie: res.headers['set-cookie'] as unknown,
  };
}

describe('JEPzine archive', () => {
  let t: TestApp;
  let visitor: WebClient;
  const slugs: Record<string, string> = {};

  async function issue(
    key: string,
    status: IssueStatus,
    daysAgo: number | null,
    fields: Partial<NewsletterIssue> = {},
  ): Promise<NewsletterIssue> {
    const slug = `${key}-${randomBytes(3).toString('hex')}`;
    slugs[key] = slug;
    const startedAt = daysAgo === null ? null : new Date(Date.now() - daysAgo * DAY);
    return t.dataSource.getRepository(NewsletterIssue).save({
      slug,
      title: `Editie ${key}`,
      summary: `Samenvatting van ${key}.`,
      bodyMarkdown: BODY,
      audiences: '',
      status,
      scheduledAt: status === 'scheduled' ? new Date(Date.now() + DAY) : null,
      startedAt,
      finishedAt: status === 'sent' && startedAt ? new Date(startedAt.getTime() + 600_000) : null,
      recoveredInFlight: 0,
      createdBy: null,
      ...fields,
    });
  }

  before(async () => {
    t = await createTestApp();
    visitor = t.client();
  });
  after(() => t.close());

  it('with nothing sent yet: an empty archive, a valid empty feed, and the home page says so', async () => {
    await issue('concept', 'draft', null);
    const archive = await visitor.get('/jepzine');
    assert.equal(archive.status, 200);
    assert.match(textOf(archive.$, 'main'), /Er zijn nog geen edities verschenen/);
    const feed = await fetchFeed(visitor);
    assert.equal(feed.status, 200);
    assert.equal(parseFeed(feed.xml).items.length, 0);
    const home = await visitor.get('/');
    assert.match(textOf(home.$, '#laatste-jepzine + *'), /De eerste JEPzine verschijnt binnenkort/);
  });

  it('lists only issues that went out, newest first; a draft, scheduled or cancelled issue is not there, nor at its address', async () => {
    await issue('september', 'sent', 60, { audiences: 'jongerenwerk,onderwijs' });
    await issue('oktober', 'sent', 30);
    await issue('november', 'paused', 2, { title: 'Editie november (gepauzeerd)' });
    await issue('december', 'sending', 1, { title: 'Editie december (wordt verzonden)' });
    await issue('ingepland', 'scheduled', null);
    await issue('geannuleerd', 'cancelled', 5);

    const page = await visitor.get('/jepzine');
    assert.equal(page.status, 200);
    const titles = page
      .$('.jep-jepzine-list li h3')
      .map((_, el) => page.$(el).text().trim())
      .get();
    assert.deepEqual(titles, [
      'Editie december (wordt verzonden)',
      'Editie november (gepauzeerd)',
      'Editie oktober',
      'Editie september',
    ]);
    const first = page.$('.jep-jepzine-list li').first();
    assert.equal(first.find('a').attr('href'), `/jepzine/${slugs.december}`);
    assert.match(first.text(), /Samenvatting van december\./);
    assert.match(first.find('time').attr('datetime') ?? '', /^\d{4}-\d{2}-\d{2}$/);
    for (const hidden of ['concept', 'ingepland', 'geannuleerd']) {
      assert.ok(!page.text.includes(slugs[hidden]), `${hidden} is not listed`);
      const direct = await visitor.get(`/jepzine/${slugs[hidden]}`);
      assert.equal(direct.status, 404, `${hidden} is not at its address`);
      assert.ok(!direct.text.includes(`Editie ${hidden}`));
    }
    assert.equal((await visitor.get('/jepzine/bestaat-niet')).status, 404);

    // What JEPzine is, the subscribe form, and the feed: in the head and as a visible link.
    assert.match(textOf(page.$, '.jep-hero'), /nieuwsbrief van Platform JEP/);
    assert.equal(page.$('form[action="/jepzine/aanmelden"]').length, 1);
    assert.equal(page.$('#aanmelden').length, 1);
    const head = page.$('head link[rel="alternate"][type="application/atom+xml"]');
    assert.equal(head.attr('href'), '/jepzine/feed.xml');
    assert.equal(page.$('main a[href="/jepzine/feed.xml"]').length, 1);
  });

  it('shows an issue with its Markdown rendered, without script, with its audiences and neighbours', async () => {
    const page = await visitor.get(`/jepzine/${slugs.oktober}`);
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'h1'), 'Editie oktober');
    assert.match(page.$('title').text(), /Editie oktober · JEPzine/);
    assert.match(textOf(page.$, 'main'), /Samenvatting van oktober\./);
    const body = page.$('.jep-jepzine-body');
    assert.equal(textOf(page.$, '.jep-jepzine-body h2'), 'Wat deden ze samen?');
    assert.equal(body.find('li strong').first().text(), 'eerst kijken');
    // Links become absolute; script and event handlers never survive.
    assert.equal(body.find('a').first().attr('href'), 'http://jep.test/aanbod');
    assert.equal(page.$('main script').length, 0);
    assert.ok(!page.text.includes('alert('));
    assert.ok(!/onclick/i.test(page.text));
    assert.match(textOf(page.$, '.jep-facts'), /Voor Iedereen/);
    // The sending and paused issues are out, so they are the neighbours too.
    assert.equal(page.$('a[rel="prev"]').attr('href'), `/jepzine/${slugs.september}`);
    assert.equal(page.$('a[rel="next"]').attr('href'), `/jepzine/${slugs.november}`);
    assert.equal(page.$('main a[href="/jepzine#aanmelden"]').length, 1, 'a call to subscribe');

    const september = await visitor.get(`/jepzine/${slugs.september}`);
    assert.match(textOf(september.$, '.jep-facts'), /Voor Onderwijs, Jongerenwerk/);
    assert.equal(september.$('a[rel="prev"]').length, 0, 'the oldest has no previous');
    assert.equal(september.$('a[rel="next"]').attr('href'), `/jepzine/${slugs.oktober}`);
  });

  it('never puts anyone’s personal links on the web version', async () => {
    const token = randomBytes(32).toString('base64url');
    await t.dataSource.getRepository(NewsletterSubscriber).save({
      email: 'abonnee@example.nl',
      name: 'Abonnee',
      status: 'subscribed',
      topics: '',
      locale: 'nl',
      manageToken: token,
      confirmTokenHash: null,
      confirmSentAt: null,
      userId: null,
      subscribedAt: new Date(),
      unsubscribedAt: null,
      bouncedAt: null,
      bounceReason: null,
    });
    // The web version is made from the issue alone: there is no subscriber to take links from.
    for (const path of [`/jepzine/${slugs.oktober}`, '/jepzine', '/']) {
      const page = await visitor.get(path);
      assert.equal(page.status, 200);
      assert.ok(!page.text.includes(token), `${path} has no manage token`);
      assert.ok(!page.text.includes('abonnee@example.nl'), `${path} has no address`);
      assert.ok(!page.text.includes('/jepzine/afmelden/'), `${path} has no unsubscribe link`);
      assert.ok(!page.text.includes('/jepzine/voorkeuren/'), `${path} has no preferences link`);
    }
    const feed = await fetchFeed(visitor);
    assert.ok(!feed.xml.includes(token));
    assert.ok(!feed.xml.includes('/jepzine/afmelden/'));
  });

  it('the home page shows the latest issue and the subscribe form', async () => {
    const home = await t.client().get('/');
    assert.equal(home.status, 200);
    const block = home.$('section[aria-labelledby="laatste-jepzine"]');
    assert.equal(block.find('h3 a').first().text(), 'Editie december (wordt verzonden)');
    assert.equal(block.find('h3 a').first().attr('href'), `/jepzine/${slugs.december}`);
    assert.match(block.text(), /Samenvatting van december\./);
    assert.equal(block.find('form[action="/jepzine/aanmelden"]').length, 1);
    assert.equal(block.find('a[href="/jepzine"]').length, 1);
    // Reading JEPzine starts no session, with or without the (session-free) subscribe form.
    assert.equal(home.headers['set-cookie'], undefined, 'no cookie on /');
    const reader = t.client();
    for (const path of ['/jepzine', `/jepzine/${slugs.oktober}`])
      assert.equal(
        (await reader.get(path)).headers['set-cookie'],
        undefined,
        `no cookie on ${path}`,
      );
    assert.equal((await fetchFeed(reader)).cookie, undefined, 'no cookie with the feed');
    // In the menu for everyone.
    assert.equal(home.$('nav.jep-nav a[href="/jepzine"]').text(), 'JEPzine');
  });

  it('serves an Atom feed a feed parser reads: title, entries, links, dates, content, special characters', async () => {
    const special = await issue('speciaal', 'sent', 0.5, {
      title: 'Jongeren & <online> "groepen" — wat nu?',
      summary: 'Over <script> & co.',
    });
    const feed = await fetchFeed(visitor);
    assert.equal(feed.status, 200);
    assert.equal(feed.type, 'application/atom+xml; charset=utf-8');
    const parsed = parseFeed(feed.xml);
    assert.equal(parsed.meta.type, 'atom');
    assert.equal(parsed.title, 'JEPzine');
    assert.ok(parsed.description);
    assert.equal(parsed.self, 'http://jep.test/jepzine/feed.xml');
    assert.equal(parsed.url, 'http://jep.test/jepzine');
    assert.equal(parsed.authors[0]?.name, 'Platform JEP');
    assert.deepEqual(
      parsed.items.map((i) => i.title),
      [
        'Jongeren & <online> "groepen" — wat nu?',
        'Editie december (wordt verzonden)',
        'Editie november (gepauzeerd)',
        'Editie oktober',
        'Editie september',
      ],
    );
    const [entry] = parsed.items;
    assert.equal(entry.url, `http://jep.test/jepzine/${special.slug}`);
    assert.match(entry.id ?? '', /^tag:jep\.test,\d{4}-\d{2}-\d{2}:jepzine\/\d+$/);
    assert.equal(
      entry.published?.getTime(),
      Math.floor(special.startedAt!.getTime() / 1000) * 1000,
    );
    assert.equal(entry.updated?.getTime(), entry.published?.getTime());
    assert.equal(parsed.updated?.getTime(), entry.updated?.getTime(), 'updated: the newest entry');
    assert.equal(entry.description, 'Over <script> & co.');
    assert.match(entry.content ?? '', /<h2>Wat deden ze samen\?<\/h2>/);
    assert.match(entry.content ?? '', /href="http:\/\/jep\.test\/aanbod"/);
    assert.ok(!/<script|alert\(/.test(entry.content ?? ''), 'no script in the content');
    // The page of that issue shows the title as text, escaped.
    const page = await visitor.get(`/jepzine/${special.slug}`);
    assert.equal(textOf(page.$, 'h1'), 'Jongeren & <online> "groepen" — wat nu?');
    assert.ok(page.text.includes('Jongeren &amp; &lt;online&gt;'));
  });

  it('pages the archive by 20 and keeps the feed to the last 20', async () => {
    for (let i = 0; i < 17; i++) await issue(`oud-${i}`, 'sent', 100 + i);
    // 22 archived issues in all: the 4 + the special one + 17 old ones
    const one = await visitor.get('/jepzine');
    assert.equal(one.$('.jep-jepzine-list li').length, 20);
    const next = one.$('.jep-pagination a[rel="next"]').attr('href');
    assert.equal(next, '/jepzine?pagina=2');
    const two = await visitor.get('/jepzine?pagina=2');
    assert.equal(two.status, 200);
    assert.deepEqual(
      two
        .$('.jep-jepzine-list li h3')
        .map((_, el) => two.$(el).text().trim())
        .get(),
      ['Editie oud-15', 'Editie oud-16'],
    );
    assert.match(textOf(two.$, '#edities'), /pagina 2 van 2/);
    const feed = parseFeed((await fetchFeed(visitor)).xml);
    assert.equal(feed.items.length, 20);
    assert.equal(feed.items[19].title, 'Editie oud-14');
  });
});
