import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DataSource } from 'typeorm';
import { User } from '../../src/accounts/user.entity';
import { ROLES, Role, roleSatisfies } from '../../src/common/access/role';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { NetworkApplication } from '../../src/network/application.entity';
import { createUser, signIn } from '../utils/factories';
import { registeredRoutes, RouteInfo } from '../utils/routes';
import { SampledRoute, samplePath, samplePaths, Sample } from '../utils/sample-paths';
import { createTestApp, TestApp } from '../utils/test-app';
import { formValues, WebClient } from '../utils/web-client';

type Who = Role | 'visitor';

/**
 * A member of a JOS trajectory sees it, but only its coach and staff change these: the member
 * gets 403 (trajectories.error.coachOnly), not 404 — the trajectory is theirs to see.
 */
const COACH_ONLY = [
  '/jos/trajecten/:id/gegevens',
  '/jos/trajecten/:id/coach',
  '/jos/trajecten/:id/fase',
  '/jos/trajecten/:id/stoppen',
  '/jos/trajecten/:id/leden',
  '/jos/trajecten/:id/leden/:memberId/verwijderen',
];
const WHO: Who[] = ['visitor', ...ROLES];

/** The outcome a route must give: a login redirect, 403, 404, the signed-in redirect, or "served". */
type Expected = 'login' | 403 | 404 | 'signed-in' | 'served' | 'open';

function expected(s: SampledRoute, who: Who): Expected {
  const policy = s.route.policy!;
  if (who === 'visitor')
    return policy.kind === 'authenticated' || policy.kind === 'roles' ? 'login' : 'open';
  if (policy.kind === 'guest') return 'signed-in';
  if (policy.kind === 'roles' && !roleSatisfies(who, policy.roles)) return 403;
  const staff = roleSatisfies(who, ['staff']);
  if (s.ownedBy && who !== s.ownedBy && !(s.staffToo && staff)) return 404;
  if (s.route.method === 'POST' && COACH_ONLY.includes(s.route.path) && !staff) return 403;
  return 'served';
}

/**
 * Does the answer match? "served" is anything a user with access may get, but never 403, 5xx or
 * a redirect to log in (logging out itself ends on /inloggen?uitgelogd=1).
 */
function matches(want: Expected, status: number, location: string | undefined): boolean {
  switch (want) {
    case 'login':
      return status === 303 && /^\/inloggen(\?|$)/.test(location ?? '');
    case 'signed-in':
      return status === 303 && !/^\/inloggen/.test(location ?? '');
    case 403:
    case 404:
      return status === want;
    case 'open':
      // a visitor on a public page: anything but 403 or 5xx (a step page may send them to log in)
      return status < 500 && status !== 403;
    case 'served':
      return (
        status < 500 &&
        status !== 403 &&
        !(status === 303 && /^\/inloggen(\?terug=|$)/.test(location ?? ''))
      );
  }
}

function describeWant(want: Expected): string {
  return want === 'served' || want === 'open'
    ? 'not 403/5xx'
    : want === 'login'
      ? '303 /inloggen'
      : String(want);
}

/** A compact table of the failures: method, path, who, got, expected. */
function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');
}

/** Everything in the database except sessions and throttling counters, to compare before/after. */
async function snapshot(dataSource: DataSource): Promise<Map<string, string>> {
  const skip = new Set(['sessions', 'login_throttles']);
  const tables = new Map<string, string>();
  for (const meta of dataSource.entityMetadatas) {
    if (skip.has(meta.tableName)) continue;
    const rows = await dataSource.getRepository(meta.target).find();
    tables.set(meta.tableName, JSON.stringify(rows.map((r) => JSON.stringify(r)).sort()));
  }
  return tables;
}

function changedTables(before: Map<string, string>, now: Map<string, string>): string[] {
  return [...before.keys()].filter((k) => before.get(k) !== now.get(k));
}

/** The session's CSRF token: it is stable for the session, any page with a form shows it. */
async function tokenOf(client: WebClient, signedIn: boolean): Promise<string> {
  const page = await client.get(signedIn ? '/mijn/profiel' : '/inloggen', true);
  const token = page.$('input[name="_csrf"]').first().attr('value');
  if (!token) throw new Error(`no CSRF token on ${page.status} page`);
  return token;
}

describe('authorisation matrix: every route × visitor and every role × another user’s object', () => {
  let t: TestApp;
  const clients = {} as Record<Who, { client: WebClient; token: string; user?: User }>;
  /** a second user of the same role as an object's owner */
  const others = {} as Record<'professional' | 'partner', { client: WebClient; token: string }>;
  let samples: Record<string, Sample>;
  let extras: Record<string, string>;

  before(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    const visitor = t.client();
    clients.visitor = { client: visitor, token: await tokenOf(visitor, false) };
    const users: Record<string, { user: User }> = {};
    for (const role of ROLES) {
      const user = await createUser(t.dataSource, { role, name: `Matrix ${role}` });
      const client = t.client();
      await signIn(client, user.email);
      clients[role] = { client, user, token: await tokenOf(client, true) };
      users[role] = { user };
    }
    for (const role of ['professional', 'partner'] as const) {
      const user = await createUser(t.dataSource, { role, name: `Andere ${role}` });
      const client = t.client();
      await signIn(client, user.email);
      others[role] = { client, token: await tokenOf(client, true) };
    }
    samples = await samplePaths(t, users);
    // the user pages act on a user of their own, so deactivating one does not end a test session;
    // accepting the sample network application makes its applicant a partner: theirs too
    const subject = await createUser(t.dataSource, { name: 'Onderwerp Van Beheer' });
    await t.dataSource
      .getRepository(NetworkApplication)
      .update({ userId: users.professional.user.id }, { userId: subject.id });
    extras = {
      'gebruikers/:id': String(subject.id),
      'trainers/:userId': String(users.trainer.user.id),
    };
  });
  after(() => t.close());

  const routes = (method: string): SampledRoute[] =>
    registeredRoutes(t.app)
      .filter((r) => r.method === method && !r.path.includes(':locale'))
      .map((r) => samplePath(r, samples, extras))
      .filter((s): s is SampledRoute => s !== null);

  const withToken = (r: RouteInfo) => !r.path.includes(':token');

  it('answers every GET route for visitors and every role as its policy says', async () => {
    const gets = registeredRoutes(t.app).filter(
      (r) => r.method === 'GET' && withToken(r) && !r.path.includes(':locale'),
    );
    const missing = gets
      .filter((r) => r.path.includes(':') && samples[r.path] === undefined)
      .map((r) => r.path);
    assert.deepEqual(missing, [], 'GET routes without a sample path: add them to sample-paths.ts');
    const failures: string[][] = [['method', 'path', 'who', 'got', 'expected']];
    for (const s of routes('GET').filter((s) => withToken(s.route))) {
      for (const who of WHO) {
        const want = expected(s, who);
        const page = await clients[who].client.get(s.path);
        if (!matches(want, page.status, page.location))
          failures.push([
            'GET',
            s.path,
            who,
            `${page.status} ${page.location ?? ''}`,
            describeWant(want),
          ]);
      }
    }
    assert.equal(failures.length, 1, `\n${table(failures)}`);
  });

  it('gives another user of the same role 404 for an object that is not theirs, and changes nothing', async () => {
    const owned = [...routes('GET'), ...routes('POST')].filter(
      (s) => s.ownedBy === 'professional' || s.ownedBy === 'partner',
    );
    assert.ok(owned.filter((s) => s.route.method === 'POST').length >= 10, 'owned POST routes');
    // what the owner's own forms would send, by form action
    const forms = new Map<string, Record<string, string>>();
    for (const s of owned.filter((s) => s.route.method === 'GET')) {
      const owner = clients[s.ownedBy!].client;
      const page = await owner.get(s.path);
      page.$('form[method="post"]').each((i, form) => {
        const action = page.$(form).attr('action') ?? s.path;
        if (!forms.has(action)) forms.set(action, formValues(page, `form[method="post"]:eq(${i})`));
      });
    }
    const failures: string[][] = [['method', 'path', 'who', 'got', 'expected']];
    const before = await snapshot(t.dataSource);
    for (const s of owned) {
      const other = others[s.ownedBy as 'professional' | 'partner'];
      const page =
        s.route.method === 'GET'
          ? await other.client.get(s.path)
          : await other.client.post(s.path, forms.get(s.path) ?? {}, { csrf: other.token });
      if (page.status !== 404)
        failures.push([s.route.method, s.path, `other ${s.ownedBy}`, String(page.status), '404']);
    }
    assert.equal(failures.length, 1, `\n${table(failures)}`);
    assert.deepEqual(changedTables(before, await snapshot(t.dataSource)), [], 'nothing changed');
    assert.ok(forms.size > 3, `the owners' forms were read (${forms.size})`);
  });

  it('refuses every POST without the CSRF token with 403, also for a user who may post it', async () => {
    const failures: string[][] = [['method', 'path', 'who', 'got', 'expected']];
    for (const s of routes('POST')) {
      if (s.route.csrfExempt || s.route.csrfByOrigin) continue;
      const policy = s.route.policy!;
      const who: Who =
        policy.kind === 'public' || policy.kind === 'guest'
          ? 'visitor'
          : policy.kind === 'authenticated'
            ? (s.ownedBy ?? 'professional')
            : ROLES.find((r) => roleSatisfies(r, policy.roles))!;
      const page = await clients[who].client.post(s.path, {}, { csrf: null });
      if (page.status !== 403) failures.push(['POST', s.path, who, String(page.status), '403']);
    }
    assert.equal(failures.length, 1, `\n${table(failures)}`);
  });

  it('answers every POST route, with a valid token and an empty body, for visitors and every role as its policy says', async () => {
    const posts = routes('POST');
    // logging out ends the session the rest of the matrix uses: last
    posts.sort(
      (a, b) => Number(a.route.path === '/uitloggen') - Number(b.route.path === '/uitloggen'),
    );
    const failures: string[][] = [['method', 'path', 'who', 'got', 'expected']];
    for (const s of posts) {
      for (const who of WHO) {
        const want = expected(s, who);
        const { client, token } = clients[who];
        const page = await client.post(s.path, {}, { csrf: token });
        if (!matches(want, page.status, page.location))
          failures.push([
            'POST',
            s.path,
            who,
            `${page.status} ${page.location ?? ''}`,
            describeWant(want),
          ]);
      }
    }
    assert.equal(failures.length, 1, `\n${table(failures)}`);
  });
});
