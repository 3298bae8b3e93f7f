import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createdPage, feedPage, feedUrls } from './calendar-feed.presenter';

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';

describe('calendar feed presenter', () => {
  it('gives the address as https and as webcal', () => {
    assert.deepEqual(feedUrls('https://platformjep.nl', token), {
      http: `https://platformjep.nl/agenda/${token}.ics`,
      webcal: `webcal://platformjep.nl/agenda/${token}.ics`,
    });
    assert.deepEqual(feedUrls('http://localhost:3000/', token), {
      http: `http://localhost:3000/agenda/${token}.ics`,
      webcal: `webcal://localhost:3000/agenda/${token}.ics`,
    });
  });

  it('shows when the feed was created and last fetched, in Amsterdam time', () => {
    const page = feedPage(
      {
        createdAt: new Date('2027-01-14T08:30:00Z'),
        lastUsedAt: new Date('2027-06-10T11:05:00Z'),
      },
      'nl',
    );
    assert.equal(page.pageTitle, 'calendar.page.title');
    assert.deepEqual(page.feed, {
      created: '14 januari 2027 09:30',
      createdIso: '2027-01-14T08:30:00.000Z',
      lastUsed: '10 juni 2027 13:05',
      lastUsedIso: '2027-06-10T11:05:00.000Z',
    });
    const unused = feedPage(
      { createdAt: new Date('2027-01-14T08:30:00Z'), lastUsedAt: null },
      'en',
    );
    assert.equal(unused.feed?.created, '14 January 2027 09:30');
    assert.equal(unused.feed?.lastUsed, null);
    assert.equal(feedPage(null, 'nl').feed, null);
  });

  it('puts the new address on the page shown once', () => {
    const page = createdPage('https://platformjep.nl', token, true);
    assert.equal(page.urls.http, `https://platformjep.nl/agenda/${token}.ics`);
    assert.equal(page.replaced, true);
  });
});
