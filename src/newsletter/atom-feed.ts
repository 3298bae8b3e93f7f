/**
 * An Atom 1.0 feed (RFC 4287) as a string. Every text and attribute is XML-escaped here, so a
 * title with `<` or `&` cannot break the document; characters XML 1.0 forbids are dropped.
 */

export interface AtomEntry {
  /** A permanent, unique IRI (see issueEntryId) */
  id: string;
  title: string;
  /** the entry's web page (absolute) */
  url: string;
  published: Date;
  updated: Date;
  summary: string;
  /** sanitised HTML, sent as `type="html"` (escaped text) */
  contentHtml: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** absolute URL of the feed itself */
  selfUrl: string;
  /** absolute URL of the HTML page the feed belongs to */
  alternateUrl: string;
  author: { name: string; uri?: string };
  language: string;
  entries: AtomEntry[];
  /** when there are no entries: the feed's `updated` */
  fallbackUpdated: Date;
}

/** Control characters, lone surrogates and U+FFFE/U+FFFF are not allowed anywhere in XML 1.0. */
const ILLEGAL_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for an XML element or a double- or single-quoted attribute. */
export function xmlEscape(value: string): string {
  return value
    .replace(ILLEGAL_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 3339 date-time in UTC, without milliseconds. */
export function atomDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A tag URI (RFC 4151) for an issue: `tag:<host>,<day it went out>:jepzine/<id>`. It never changes
 * once the issue has gone out (its start date and id are fixed then), whatever the URL becomes.
 */
export function issueEntryId(baseUrl: string, issueId: number, startedAt: Date): string {
  const host = new URL(baseUrl).hostname;
  return `tag:${host},${startedAt.toISOString().slice(0, 10)}:jepzine/${issueId}`;
}

function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${xmlEscape(v)}"`)
    .join('');
  return `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
}

function link(rel: string, type: string, href: string): string {
  return `<link rel="${xmlEscape(rel)}" type="${xmlEscape(type)}" href="${xmlEscape(href)}"/>`;
}

export function renderAtomFeed(feed: AtomFeed): string {
  const newest = feed.entries.reduce<Date | null>(
    (max, e) => (!max || e.updated.getTime() > max.getTime() ? e.updated : max),
    null,
  );
  const author = [
    '<author>',
    element('name', feed.author.name),
    feed.author.uri ? element('uri', feed.author.uri) : '',
    '</author>',
  ].join('');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.language)}">`,
    element('id', feed.id),
    element('title', feed.title, { type: 'text' }),
    element('subtitle', feed.subtitle, { type: 'text' }),
    element('updated', atomDate(newest ?? feed.fallbackUpdated)),
    link('self', 'application/atom+xml', feed.selfUrl),
    link('alternate', 'text/html', feed.alternateUrl),
    author,
    ...feed.entries.map((e) =>
      [
        '<entry>',
        element('id', e.id),
        element('title', e.title, { type: 'text' }),
        link('alternate', 'text/html', e.url),
        element('published', atomDate(e.published)),
        element('updated', atomDate(e.updated)),
        element('summary', e.summary, { type: 'text' }),
        element('content', e.contentHtml, { type: 'html' }),
        '</entry>',
      ].join(''),
    ),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
