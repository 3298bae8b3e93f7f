import { parseFeed } from '@rowanmanning/feed-parser';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { archiveFeed, archivePage, audienceLabels, issueListItem } from './archive.presenter';
import type { ArchivedIssue } from './archive.service';

function issue(overrides: Partial<ArchivedIssue> = {}): ArchivedIssue {
  return {
    id: 7,
    slug: 'samen-optrekken',
    title: 'Samen optrekken',
    summary: 'School en jongerenwerk.',
    bodyMarkdown: 'Lees [het aanbod](/aanbod).\n\n<script>alert(1)</script>',
    audiences: 'jongerenwerk,onderwijs',
    status: 'sent',
    scheduledAt: null,
    // 23:30 UTC is already the next day in Amsterdam
    startedAt: new Date('2026-09-16T23:30:00Z'),
    finishedAt: null,
    recoveredInFlight: 0,
    createdBy: null,
    createdAt: new Date('2026-09-01T10:00:00Z'),
    updatedAt: new Date('2026-09-17T10:00:00Z'),
    ...overrides,
  };
}

describe('archive presenter', () => {
  it('dates an issue by the day it went out, in Amsterdam', () => {
    const item = issueListItem(issue(), 'nl');
    assert.deepEqual(item.date, { iso: '2026-09-17', text: '17 september 2026' });
    assert.equal(item.href, '/jepzine/samen-optrekken');
  });

  it('labels the audiences, or says the issue is for everyone', () => {
    assert.deepEqual(audienceLabels('jongerenwerk,onderwijs'), [
      'newsletter.topic.onderwijs',
      'newsletter.topic.jongerenwerk',
    ]);
    assert.deepEqual(audienceLabels(''), ['newsletterArchive.issue.audienceAll']);
  });

  it('pages the list by 20 and says which page it is', () => {
    const one = archivePage({ issues: [issue()], total: 20, page: 1, locale: 'nl' });
    assert.equal(one.pagination.pages, 1);
    assert.equal(one.issuesHeading, 'Verschenen edities');
    const two = archivePage({ issues: [issue()], total: 21, page: 2, locale: 'nl' });
    assert.equal(two.pagination.pages, 2);
    assert.equal(two.pagination.previous, '/jepzine');
    assert.equal(two.issuesHeading, 'Verschenen edities, pagina 2 van 2');
    assert.equal(two.headLinks[0].href, '/jepzine/feed.xml');
  });

  it('makes a feed with absolute links and sanitised content', () => {
    const xml = archiveFeed([issue()], 'https://jep.example', new Date());
    const [entry] = parseFeed(xml).items;
    assert.equal(entry.url, 'https://jep.example/jepzine/samen-optrekken');
    assert.equal(entry.id, 'tag:jep.example,2026-09-16:jepzine/7');
    assert.match(entry.content ?? '', /href="https:\/\/jep\.example\/aanbod"/);
    assert.ok(!/script/i.test(entry.content ?? ''));
  });
});
