import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate } from '../common/views/format';
import { paginate } from '../common/views/pagination';
import { AtomFeed, issueEntryId, renderAtomFeed } from './atom-feed';
import type { ArchivedIssue, ArchivedIssueSummary, IssueWithNeighbours } from './archive.service';
import { ARCHIVE_PAGE_SIZE } from './archive.service';
import { issueBodyHtml } from './issue-content';
import { decodeTopics, NEWSLETTER_TOPICS } from './topics';

/** Shapes the public archive for its views and the feed: links, Dutch dates, labels. */

export const ARCHIVE_PATH = '/jepzine';
export const FEED_PATH = '/jepzine/feed.xml';
/** Where the subscribe form is on the archive page. */
export const SUBSCRIBE_ANCHOR = `${ARCHIVE_PATH}#aanmelden`;

/** The feed in the page's <head>, so browsers and feed readers find it. */
export function feedHeadLinks(locale: Locale) {
  return [
    {
      rel: 'alternate',
      type: 'application/atom+xml',
      href: FEED_PATH,
      title: translate(locale, 'newsletterArchive.feedTitle'),
    },
  ];
}

export function issuePath(slug: string): string {
  return `${ARCHIVE_PATH}/${encodeURIComponent(slug)}`;
}

/** `<time datetime="2026-09-17">17 september 2026</time>`: the day the issue went out. */
function dateView(d: Date, locale: Locale) {
  return { iso: toAmsterdamParts(d).date, text: formatDate(d, locale) };
}

export function issueListItem(issue: ArchivedIssueSummary, locale: Locale) {
  return {
    title: issue.title,
    href: issuePath(issue.slug),
    summary: issue.summary,
    date: dateView(issue.startedAt, locale),
  };
}

/** The audiences as labels; an issue for every subscriber says so. */
export function audienceLabels(stored: string): MessageKey[] {
  const topics = decodeTopics(stored);
  return topics.length
    ? topics.map((t) => `newsletter.topic.${t}` as MessageKey)
    : ['newsletterArchive.issue.audienceAll'];
}

/** The topic checkboxes of the subscribe form. */
export function subscribeTopics() {
  return NEWSLETTER_TOPICS.map((value) => ({
    value,
    label: `newsletter.topic.${value}` as MessageKey,
  }));
}

/** /jepzine: what JEPzine is, the subscribe form, one page of issues. */
export function archivePage(input: {
  issues: ArchivedIssueSummary[];
  total: number;
  page: number;
  locale: Locale;
}) {
  const pagination = paginate(ARCHIVE_PATH, {}, input.page, ARCHIVE_PAGE_SIZE, input.total);
  return {
    pageTitle: 'newsletterArchive.title',
    issues: input.issues.map((i) => issueListItem(i, input.locale)),
    issuesHeading:
      pagination.pages > 1
        ? translate(input.locale, 'newsletterArchive.issuesPage', {
            page: input.page,
            pages: pagination.pages,
          })
        : translate(input.locale, 'newsletterArchive.issuesTitle'),
    pagination,
    feedUrl: FEED_PATH,
    headLinks: feedHeadLinks(input.locale),
    subscribeTopics: subscribeTopics(),
  };
}

function neighbour(issue: ArchivedIssueSummary | null) {
  return issue ? { title: issue.title, href: issuePath(issue.slug) } : null;
}

/**
 * /jepzine/:slug: the web version. Made from the issue alone, never from a subscriber: it holds
 * no personal link (those are only in each subscriber's own e-mail).
 */
export function issuePage(found: IssueWithNeighbours, baseUrl: string, locale: Locale) {
  const { issue } = found;
  return {
    pageTitle: translate(locale, 'newsletterArchive.issue.pageTitle', { title: issue.title }),
    title: issue.title,
    summary: issue.summary,
    date: dateView(issue.startedAt, locale),
    bodyHtml: issueBodyHtml(issue.bodyMarkdown, baseUrl),
    audiences: audienceLabels(issue.audiences),
    older: neighbour(found.older),
    newer: neighbour(found.newer),
    subscribeUrl: SUBSCRIBE_ANCHOR,
    headLinks: feedHeadLinks(locale),
  };
}

/** The home page's block: the newest issue, or nothing yet. */
export function latestIssueBlock(issue: ArchivedIssueSummary | null, locale: Locale) {
  return {
    latestIssue: issue ? issueListItem(issue, locale) : null,
    archiveUrl: ARCHIVE_PATH,
  };
}

/**
 * The Atom document of the newest issues; every URL absolute, from the configured base URL.
 * In Dutch whatever the reader's cookie says: the issues are written in Dutch.
 */
export function archiveFeed(issues: ArchivedIssue[], baseUrl: string, now: Date): string {
  const locale: Locale = 'nl';
  const feed: AtomFeed = {
    id: `${baseUrl}${ARCHIVE_PATH}`,
    title: translate(locale, 'newsletterArchive.feedTitle'),
    subtitle: translate(locale, 'newsletterArchive.feedSubtitle'),
    selfUrl: `${baseUrl}${FEED_PATH}`,
    alternateUrl: `${baseUrl}${ARCHIVE_PATH}`,
    author: { name: translate(locale, 'newsletterArchive.feedAuthor'), uri: baseUrl },
    language: locale,
    fallbackUpdated: now,
    // The content is fixed once an issue goes out, so it was last updated when it went out.
    entries: issues.map((issue) => ({
      id: issueEntryId(baseUrl, issue.id, issue.startedAt),
      title: issue.title,
      url: `${baseUrl}${issuePath(issue.slug)}`,
      published: issue.startedAt,
      updated: issue.startedAt,
      summary: issue.summary,
      contentHtml: issueBodyHtml(issue.bodyMarkdown, baseUrl),
    })),
  };
  return renderAtomFeed(feed);
}
