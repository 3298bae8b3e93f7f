import { parseFeed } from '@rowanmanning/feed-parser';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AtomFeed, atomDate, issueEntryId, renderAtomFeed, xmlEscape } from './atom-feed';

function feed(overrides: Partial<AtomFeed> = {}): AtomFeed {
  return {
    id: 'https://jep.example/jepzine',
    title: 'JEPzine',
    subtitle: 'De nieuwsbrief',
    selfUrl: 'https://jep.example/jepzine/feed.xml',
    alternateUrl: 'https://jep.example/jepzine',
    author: { name: 'Platform JEP', uri: 'https://jep.example' },
    language: 'nl',
    fallbackUpdated: new Date('2026-01-01T00:00:00Z'),
    entries: [
      {
        id: 'tag:jep.example,2026-11-19:jepzine/3',
        title: 'Online & offline: <wat> "doet" u?',
        url: 'https://jep.example/jepzine/online',
        published: new Date('2026-11-19T09:00:00.123Z'),
        updated: new Date('2026-11-19T09:00:00.123Z'),
        summary: 'Signalen & tips',
        contentHtml:
          '<h2>Wat ziet u?</h2><p>Let op <a href="https://x.example/?a=1&amp;b=2">dit</a>.</p>',
      },
      {
        id: 'tag:jep.example,2026-09-17:jepzine/1',
        title: 'Samen optrekken',
        url: 'https://jep.example/jepzine/samen',
        published: new Date('2026-09-17T08:00:00Z'),
        updated: new Date('2026-09-17T08:00:00Z'),
        summary: 'School en jongerenwerk',
        contentHtml: '<p>Eerst kijken.</p>',
      },
    ],
    ...overrides,
  };
}

describe('atom feed', () => {
  it('escapes every XML special character and drops characters XML forbids', () => {
    assert.equal(
      xmlEscape(`a & b < c > d "e" 'f'`),
      'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;',
    );
    assert.equal(xmlEscape('bel\u0007 hier\u0000'), 'bel hier');
    assert.equal(xmlEscape('emoji 🙂 blijft'), 'emoji 🙂 blijft');
    assert.equal(xmlEscape('half \uD83D surrogaat'), 'half  surrogaat');
  });

  it('writes RFC 3339 dates and stable tag URIs', () => {
    assert.equal(atomDate(new Date('2026-11-19T09:00:00.123Z')), '2026-11-19T09:00:00Z');
    assert.equal(
      issueEntryId('https://jep.example:8443/sub', 12, new Date('2026-09-17T08:00:00Z')),
      'tag:jep.example,2026-09-17:jepzine/12',
    );
  });

  it('is a feed a real parser reads back: titles with < and &, links, dates, HTML content', () => {
    const xml = renderAtomFeed(feed());
    const parsed = parseFeed(xml);
    assert.equal(parsed.meta.type, 'atom');
    assert.equal(parsed.title, 'JEPzine');
    assert.equal(parsed.description, 'De nieuwsbrief');
    assert.equal(parsed.self, 'https://jep.example/jepzine/feed.xml');
    assert.equal(parsed.url, 'https://jep.example/jepzine');
    assert.equal(parsed.language, 'nl');
    assert.deepEqual(
      parsed.authors.map((a) => a.name),
      ['Platform JEP'],
    );
    // The feed's `updated` is its newest entry's.
    assert.equal(parsed.updated?.toISOString(), '2026-11-19T09:00:00.000Z');
    assert.equal(parsed.items.length, 2);
    const [first] = parsed.items;
    assert.equal(first.id, 'tag:jep.example,2026-11-19:jepzine/3');
    assert.equal(first.title, 'Online & offline: <wat> "doet" u?');
    assert.equal(first.url, 'https://jep.example/jepzine/online');
    assert.equal(first.published?.toISOString(), '2026-11-19T09:00:00.000Z');
    assert.equal(first.description, 'Signalen & tips');
    // (The parser also decodes the HTML's own entities: `&amp;` in the href comes back as `&`.)
    assert.match(
      first.content ?? '',
      /^<h2>Wat ziet u\?<\/h2><p>Let op <a href="https:\/\/x\.example\/\?a=1&(amp;)?b=2">dit<\/a>\.<\/p>$/,
    );
    // The HTML is escaped text inside <content type="html">, not markup of the feed.
    assert.match(xml, /<content type="html">&lt;h2&gt;Wat ziet u\?&lt;\/h2&gt;/);
    assert.ok(xml.includes('a=1&amp;amp;b=2'), 'the HTML entity is escaped once more');
    assert.ok(!xml.includes('<h2>'));
  });

  it('has an `updated` even with no entries', () => {
    const parsed = parseFeed(renderAtomFeed(feed({ entries: [] })));
    assert.equal(parsed.items.length, 0);
    assert.equal(parsed.updated?.toISOString(), '2026-01-01T00:00:00.000Z');
  });
});
