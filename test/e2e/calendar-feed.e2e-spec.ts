import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import * as ical from 'node-ical';
import { User } from '../../src/accounts/user.entity';
import { CalendarFeed } from '../../src/calendar/calendar-feed.entity';
import type { EnrolmentStatus } from '../../src/enrolments/enrolment-status';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { Meeting } from '../../src/scheduling/meeting.entity';
import {
  EditionFixture,
  createEdition,
  createEnrolment,
  daysFromNow,
} from '../utils/enrolment-fixtures';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const HOST = 'jep.test'; // createTestApp's BASE_URL

interface Feed {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Fetches a feed as a calendar app does: no cookies, no Accept: text/html. */
async function fetchFeed(t: TestApp, path: string): Promise<Feed> {
  const res = await t.client().agent.get(path).buffer(true);
  return { status: res.status, headers: res.headers, text: res.text };
}

/** The events of a feed by UID, and its calendar properties (node-ical). */
function parse(text: string) {
  const data = ical.sync.parseICS(text);
  const events = new Map<string, ical.VEvent>();
  for (const [key, value] of Object.entries(data)) {
    if (key !== 'vcalendar' && value?.type === 'VEVENT') events.set(value.uid, value);
  }
  return { events, vcalendar: data.vcalendar };
}

/** A TEXT property that node-ical may give with its parameters. */
function textValue(value: ical.ParameterValue | undefined): string {
  return typeof value === 'string' ? value : (value?.val ?? '');
}

function uid(meetingId: number, userId: number): string {
  return `meeting-${meetingId}-user-${userId}@${HOST}`;
}

function place(
  t: TestApp,
  user: User,
  edition: Edition,
  status: EnrolmentStatus = 'confirmed',
  calendarSequence = 0,
): Promise<Enrolment> {
  return createEnrolment(t.dataSource, edition.id, user.id, { status, calendarSequence });
}

async function signedIn(t: TestApp, overrides: Partial<User> = {}) {
  const user = await createUser(t.dataSource, overrides);
  const client = t.client();
  await signIn(client, user.email);
  return { user, client };
}

/** Creates (or replaces) the feed through the page; returns the page and the new token. */
async function createFeed(client: WebClient) {
  await client.get('/mijn/agenda');
  const page = await client.post('/mijn/agenda', {});
  assert.equal(page.status, 200);
  const address = page.$('input#calendar-url').attr('value') ?? '';
  const match = /^http:\/\/jep\.test\/agenda\/([A-Za-z0-9_-]{43})\.ics$/.exec(address);
  assert.ok(match, `an address on the page: ${address}`);
  return { page, token: match[1], path: `/agenda/${match[1]}.ics` };
}

describe('personal calendar feed', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ smtp: true });
  });
  after(() => t.close());

  it('/mijn/agenda explains the feed, creates it and shows the address once, as https and webcal', async () => {
    const { user, client } = await signedIn(t);
    const empty = await client.get('/mijn/agenda');
    assert.equal(empty.status, 200);
    assert.match(textOf(empty.$, 'h1'), /Mijn agenda-abonnement/);
    assert.match(textOf(empty.$, '.jep-calendar-status'), /nog geen agenda-abonnement/);
    assert.equal(empty.$('form[action="/mijn/agenda/intrekken"]').length, 0);
    const form = empty.$('form[action="/mijn/agenda"]');
    assert.equal(form.attr('method'), 'post');
    assert.ok(form.find('input[name="_csrf"]').attr('value'), 'the form carries a CSRF token');

    const refused = await client.post('/mijn/agenda', {}, { csrf: null });
    assert.equal(refused.status, 403);
    assert.equal(await t.dataSource.getRepository(CalendarFeed).countBy({ userId: user.id }), 0);

    const { page, token } = await createFeed(client);
    assert.match(String(page.headers['cache-control']), /no-store/);
    const input = page.$('input#calendar-url');
    assert.equal(input.attr('readonly'), 'readonly');
    assert.equal(textOf(page.$, 'label[for="calendar-url"]'), 'Adres van uw agenda-abonnement');
    assert.equal(
      page.$('a.jep-calendar-webcal').attr('href'),
      `webcal://${HOST}/agenda/${token}.ics`,
    );
    assert.match(textOf(page.$, 'main'), /U ziet dit adres alleen nu/);
    assert.equal(page.$('.jep-calendar-replaced').length, 0, 'nothing was replaced');

    // only the hash is stored
    const stored = await t.dataSource
      .getRepository(CalendarFeed)
      .findOneByOrFail({ userId: user.id });
    assert.equal(stored.tokenHash, createHash('sha256').update(token).digest('hex'));
    assert.equal(stored.lastUsedAt, null);

    const status = await client.get('/mijn/agenda');
    assert.match(textOf(status.$, '.jep-calendar-status'), /U hebt een agenda-abonnement/);
    assert.match(textOf(status.$, '.jep-calendar-last-used'), /Nog niet opgehaald/);
    assert.ok(status.$('.jep-calendar-created time').attr('datetime'));
    assert.ok(!status.text.includes(token), 'the address is not shown again');
    assert.ok(status.$('form[action="/mijn/agenda/intrekken"] input[name="_csrf"]').length);
  });

  it('serves the own confirmed meetings with the invitations’ UIDs, in Amsterdam time (winter and summer)', async () => {
    const { user, client } = await signedIn(t, { name: 'Fatima el Amrani' });
    // enrolled through the page: the e-mailed invitation is what the feed must match
    const seasons = await createEdition(t.dataSource, {
      meetings: [
        [`${NEXT_YEAR}-01-14`, '09:30', '12:30'],
        [`${NEXT_YEAR}-06-10`, '13:00', '16:30'],
      ],
    });
    await client.get(`/uitvoeringen/${seasons.edition.id}`);
    const enrolled = await client.post(
      `/uitvoeringen/${seasons.edition.id}/aanmelden`,
      {},
      { follow: true },
    );
    assert.match(textOf(enrolled.$, '.jep-flash'), /U bent aangemeld/);
    await t.deliverMail();
    const invitation = t
      .smtp!.to(user.email)
      .flatMap((m) => m.attachments)
      .find((a) => a.contentType.startsWith('text/calendar'));
    assert.ok(invitation, 'an invitation was mailed');
    const invited = parse(invitation.content).events;
    assert.equal(invited.size, 2);

    // an online edition, with a raised personal sequence (entries withdrawn once before)
    const online = await createEdition(t.dataSource, {
      onlineUrl: 'https://meet.example.nl/omei-42',
      meetings: [[daysFromNow(45), '19:00', '21:00']],
    });
    await place(t, user, online.edition, 'confirmed', 2);
    // a completed edition two months ago is still in; one of a year ago is not
    const recent = await createEdition(t.dataSource, {
      status: 'completed',
      meetings: [[daysFromNow(-60), '09:30', '12:30']],
    });
    await place(t, user, recent.edition);
    const old = await createEdition(t.dataSource, {
      status: 'completed',
      meetings: [[daysFromNow(-365), '09:30', '12:30']],
    });
    await place(t, user, old.edition);
    // not confirmed, or not going ahead: not in the feed
    for (const [status, editionStatus] of [
      ['waitlisted', 'published'],
      ['cancelled', 'published'],
      ['pending', 'published'],
      ['offered', 'published'],
      ['confirmed', 'cancelled'],
      ['confirmed', 'draft'],
    ] as const) {
      const other = await createEdition(t.dataSource, { status: editionStatus });
      await place(t, user, other.edition, status);
    }
    // someone else's place, in an edition of their own and in one shared with the user
    const someoneElse = await createUser(t.dataSource);
    const theirs = await createEdition(t.dataSource);
    await place(t, someoneElse, theirs.edition);
    await place(t, someoneElse, online.edition);

    const { token, path } = await createFeed(client);
    const feed = await fetchFeed(t, path);
    assert.equal(feed.status, 200);
    assert.equal(feed.headers['content-type'], 'text/calendar; charset=utf-8');
    assert.equal(feed.headers['cache-control'], 'private, no-store');
    assert.equal(feed.headers['set-cookie'], undefined, 'no session for a calendar app');
    assert.ok(!/^METHOD:/m.test(feed.text), 'a subscription has no METHOD');
    const { events, vcalendar } = parse(feed.text);
    assert.equal(vcalendar?.['WR-CALNAME'], 'Platform JEP: mijn bijeenkomsten');

    const expected = [...seasons.meetings, ...online.meetings, ...recent.meetings];
    assert.deepEqual(
      [...events.keys()].sort(),
      expected.map((m) => uid(m.id, user.id)).sort(),
      'exactly the own confirmed meetings',
    );
    for (const meeting of expected) {
      const stored = await t.dataSource.getRepository(Meeting).findOneByOrFail({ id: meeting.id });
      const e = events.get(uid(meeting.id, user.id))!;
      assert.equal(e.start.toISOString(), stored.startsAt.toISOString());
      assert.equal(e.end?.toISOString(), stored.endsAt.toISOString());
      assert.equal(e.start.tz, 'Europe/Amsterdam');
      assert.equal(e.end?.tz, 'Europe/Amsterdam');
      assert.equal(e.attendee, undefined, 'no ATTENDEE in a read-only subscription');
    }
    // winter is UTC+1, summer UTC+2: the wall-clock times in the file
    assert.ok(feed.text.includes(`DTSTART;TZID=Europe/Amsterdam:${NEXT_YEAR}0114T093000`));
    assert.ok(feed.text.includes(`DTEND;TZID=Europe/Amsterdam:${NEXT_YEAR}0610T163000`));
    assert.equal(
      events.get(uid(seasons.meetings[0].id, user.id))!.start.toISOString(),
      `${NEXT_YEAR}-01-14T08:30:00.000Z`,
    );
    assert.equal(
      events.get(uid(seasons.meetings[1].id, user.id))!.start.toISOString(),
      `${NEXT_YEAR}-06-10T11:00:00.000Z`,
    );
    // the same entries as the invitation: UID, SEQUENCE, times, title
    for (const [id, sent] of invited) {
      const e = events.get(id);
      assert.ok(e, `the invited entry ${id} is in the feed`);
      assert.equal(e.sequence, sent.sequence);
      assert.equal(e.start.toISOString(), sent.start.toISOString());
      assert.equal(e.summary, sent.summary);
    }
    const onlineEntry = events.get(uid(online.meetings[0].id, user.id))!;
    assert.equal(Number(onlineEntry.sequence), 2);
    assert.match(textValue(onlineEntry.location), /https:\/\/meet\.example\.nl\/omei-42/);
    assert.match(textValue(onlineEntry.description), /https:\/\/meet\.example\.nl\/omei-42/);
    assert.ok(!feed.text.includes(someoneElse.name));
    assert.ok(!feed.text.includes(theirs.edition.title));

    // the feed route works with the suffix only: without it, or with another, nothing
    assert.equal((await fetchFeed(t, `/agenda/${token}`)).status, 404);
    assert.equal((await fetchFeed(t, `/agenda/${token}.ics.txt`)).status, 404);
    assert.equal((await fetchFeed(t, `/agenda/${token}.json`)).status, 404);
  });

  it('gives a trainer every meeting of the editions they teach, not cancelled ones', async () => {
    const { user: trainer, client } = await signedIn(t, { role: 'trainer' });
    const teaching = await createEdition(t.dataSource, { trainerIds: [trainer.id] });
    const planned = await createEdition(t.dataSource, {
      status: 'draft',
      trainerIds: [trainer.id],
      meetings: [[daysFromNow(80), '10:00', '12:00']],
    });
    const cancelled = await createEdition(t.dataSource, {
      status: 'cancelled',
      trainerIds: [trainer.id],
    });
    const notMine: EditionFixture = await createEdition(t.dataSource);
    const participant = await createUser(t.dataSource);
    await place(t, participant, teaching.edition, 'confirmed', 3);

    const { path } = await createFeed(client);
    const feed = await fetchFeed(t, path);
    assert.equal(feed.status, 200);
    const { events } = parse(feed.text);
    const expected = [...teaching.meetings, ...planned.meetings].map((m) => uid(m.id, trainer.id));
    assert.deepEqual([...events.keys()].sort(), expected.sort());
    for (const e of events.values()) assert.equal(Number(e.sequence), 0);
    for (const m of [...cancelled.meetings, ...notMine.meetings]) {
      assert.ok(!feed.text.includes(`meeting-${m.id}-`), `meeting ${m.id} is not listed`);
    }
    assert.ok(!feed.text.includes(`user-${participant.id}@`), 'no participant entries');
  });

  it('stops the old address when replaced and the address when revoked; unknown tokens are 404', async () => {
    const { user, client } = await signedIn(t);
    const first = await createFeed(client);
    assert.equal((await fetchFeed(t, first.path)).status, 200);

    const second = await createFeed(client);
    assert.notEqual(second.token, first.token);
    assert.match(
      textOf(second.page.$, '.jep-calendar-replaced'),
      /vorige agenda-adres werkt niet meer/,
    );
    const gone = await fetchFeed(t, first.path);
    assert.equal(gone.status, 404);
    assert.match(String(gone.headers['content-type']), /^text\/plain/);
    assert.equal(gone.text, 'Not Found');
    assert.equal((await fetchFeed(t, second.path)).status, 200);
    assert.equal(await t.dataSource.getRepository(CalendarFeed).countBy({ userId: user.id }), 1);

    await client.get('/mijn/agenda');
    const revoked = await client.post('/mijn/agenda/intrekken', {});
    assert.equal(revoked.status, 303);
    assert.equal(revoked.location, '/mijn/agenda');
    const after = await client.get('/mijn/agenda');
    assert.match(textOf(after.$, '.jep-flash'), /ingetrokken/);
    assert.match(textOf(after.$, '.jep-calendar-status'), /nog geen agenda-abonnement/);
    assert.equal((await fetchFeed(t, second.path)).status, 404);
    assert.equal(await t.dataSource.getRepository(CalendarFeed).countBy({ userId: user.id }), 0);

    for (const bad of [
      'abc',
      'A'.repeat(43),
      `${second.token}x`,
      second.token.slice(1),
      '%00'.repeat(20),
      '..%2F..%2Fetc%2Fpasswd',
    ]) {
      const res = await fetchFeed(t, `/agenda/${bad}.ics`);
      assert.equal(res.status, 404, bad);
      // a NUL in the address is refused before any route (src/common/http/strip-nul.ts)
      if (!bad.includes('%00')) assert.equal(res.text, 'Not Found', bad);
    }
  });

  it('stops the feed of a deactivated account', async () => {
    const { user, client } = await signedIn(t);
    const { path } = await createFeed(client);
    assert.equal((await fetchFeed(t, path)).status, 200);
    await t.dataSource.getRepository(User).update({ id: user.id }, { deactivatedAt: new Date() });
    assert.equal((await fetchFeed(t, path)).status, 404);
  });

  it('records when the feed was last fetched, at most once an hour', async () => {
    const { user, client } = await signedIn(t);
    const { path } = await createFeed(client);
    const repo = t.dataSource.getRepository(CalendarFeed);
    const before = Date.now();
    await fetchFeed(t, path);
    const first = (await repo.findOneByOrFail({ userId: user.id })).lastUsedAt;
    assert.ok(first && first.getTime() >= before - 1000 && first.getTime() <= Date.now());

    await fetchFeed(t, path);
    const same = (await repo.findOneByOrFail({ userId: user.id })).lastUsedAt;
    assert.equal(same?.getTime(), first.getTime(), 'not written again within the hour');

    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    await repo.update({ userId: user.id }, { lastUsedAt: twoHoursAgo });
    await fetchFeed(t, path);
    const later = (await repo.findOneByOrFail({ userId: user.id })).lastUsedAt;
    assert.ok(later && later.getTime() > twoHoursAgo.getTime() + 3600_000, 'written again');

    const page = await client.get('/mijn/agenda');
    assert.ok(page.$('.jep-calendar-last-used time').attr('datetime'));
    assert.ok(
      Math.abs(
        Date.parse(page.$('.jep-calendar-last-used time').attr('datetime')!) - later.getTime(),
      ) < 1000,
    );
  });
});
