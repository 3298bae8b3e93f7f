import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SessionRecord } from '../../src/accounts/session.entity';
import { sessionRef } from '../../src/two-factor/two-factor.presenter';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const FIREFOX_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const CHROME_LINUX =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

describe('active sessions (/mijn/sessies)', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  function browser(agent: string): WebClient {
    const client = t.client();
    (client.agent as unknown as { set(h: string, v: string): void }).set('User-Agent', agent);
    return client;
  }

  function rows(page: Awaited<ReturnType<WebClient['get']>>) {
    return page
      .$('tr[data-session]')
      .map((_, tr) => page.$(tr).text().replace(/\s+/g, ' ').trim())
      .get();
  }

  it('lists the user’s sessions in words, ends one and all others; the ended ones are signed out', async () => {
    const user = await createUser(t.dataSource, { role: 'staff' });
    const laptop = browser(FIREFOX_WINDOWS);
    const phone = browser(SAFARI_IPHONE);
    const work = browser(CHROME_LINUX);
    for (const c of [laptop, phone, work]) await signIn(c, user.email);
    const someoneElse = await createUser(t.dataSource);
    const stranger = browser(CHROME_LINUX);
    await signIn(stranger, someoneElse.email);

    const page = await laptop.get('/mijn/sessies');
    assert.equal(page.status, 200);
    const listed = rows(page);
    assert.equal(listed.length, 3, 'only this user’s sessions');
    assert.match(listed[0], /^Firefox op Windows .*Deze sessie$/);
    assert.ok(listed.some((r) => r.startsWith('Safari op iOS')));
    assert.ok(listed.some((r) => r.startsWith('Chrome op Linux')));
    assert.ok(
      listed.every((r) => /\d{4} \d{2}:\d{2}/.test(r)),
      'started and last seen',
    );
    assert.ok(!page.text.includes(String(laptop.cookies().split('=')[1]).slice(0, 20)));

    // another user's session cannot be ended, nor can an unknown or malformed one
    const strangerSid = (
      await t.dataSource.getRepository(SessionRecord).findOneByOrFail({ userId: someoneElse.id })
    ).sid;
    for (const ref of [sessionRef(strangerSid), '0'.repeat(32), 'not-a-ref']) {
      await laptop.get('/mijn/sessies');
      assert.equal((await laptop.post(`/mijn/sessies/${ref}/beeindigen`, {})).status, 404, ref);
    }
    assert.equal((await stranger.get('/mijn')).status, 200, 'the stranger is still signed in');

    // end the phone's session with its button
    const phoneRow = page.$('tr[data-session]').filter((_, tr) => /Safari/.test(page.$(tr).text()));
    const action = phoneRow.find('form').attr('action')!;
    await laptop.get('/mijn/sessies');
    const ended = await laptop.post(action, {});
    assert.equal(ended.status, 303);
    const after1 = await laptop.get('/mijn/sessies');
    assert.match(textOf(after1.$, 'main'), /De sessie is beëindigd/);
    assert.equal(rows(after1).length, 2);
    const phoneNow = await phone.get('/mijn');
    assert.equal(phoneNow.status, 303);
    assert.match(phoneNow.location ?? '', /^\/inloggen/);

    // end all others
    const all = await laptop.post('/mijn/sessies/andere-beeindigen', {});
    assert.equal(all.status, 303);
    const after2 = await laptop.get('/mijn/sessies');
    assert.match(textOf(after2.$, 'main'), /Alle andere sessies zijn beëindigd \(1\)/);
    assert.equal(rows(after2).length, 1);
    assert.match(textOf(after2.$, 'main'), /Er zijn geen andere sessies/);
    assert.equal((await work.get('/beheer')).status, 303);
    assert.equal((await laptop.get('/beheer')).status, 200);
    assert.equal((await stranger.get('/mijn')).status, 200);
  });

  it('does not list expired sessions, and asks visitors to sign in', async () => {
    const user = await createUser(t.dataSource);
    const a = browser(FIREFOX_WINDOWS);
    const b = browser(SAFARI_IPHONE);
    await signIn(a, user.email);
    await signIn(b, user.email);
    const repo = t.dataSource.getRepository(SessionRecord);
    const sessions = await repo.findBy({ userId: user.id });
    assert.equal(sessions.length, 2);
    assert.ok(sessions.every((s) => s.createdAt && s.lastSeenAt && s.userAgent));
    const bSession = sessions.find((s) => s.userAgent === SAFARI_IPHONE)!;
    await repo.update({ sid: bSession.sid }, { expiresAt: new Date(Date.now() - 1000) });
    const page = await a.get('/mijn/sessies');
    assert.deepEqual(
      rows(page).map((r) => r.split(' ').slice(0, 3).join(' ')),
      ['Firefox op Windows'],
    );
    const visitor = await t.client().get('/mijn/sessies');
    assert.equal(visitor.status, 303);
    assert.match(visitor.location ?? '', /^\/inloggen/);
  });
});
