import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import request from 'supertest';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { createUser, signIn, TEST_PASSWORD } from '../utils/factories';
import { registeredRoutes } from '../utils/routes';
import { createTestApp, TestApp } from '../utils/test-app';
import type { Page } from '../utils/web-client';

type Headers = Record<string, string | string[] | undefined>;

const ONE_YEAR = 365 * 24 * 3600;

/** What every HTML page must send, over http and https alike. Returns the problems found. */
function htmlHeaderProblems(label: string, headers: Headers): string[] {
  const problems: string[] = [];
  const csp = String(headers['content-security-policy'] ?? '');
  if (!csp) return [`${label}: no Content-Security-Policy`];
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
  const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
  if (!scripts.length) problems.push(`${label}: CSP without script-src or default-src`);
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
    if (scripts.includes(bad)) problems.push(`${label}: CSP script-src allows ${bad}`);
  if (csp.includes('unsafe-inline')) problems.push(`${label}: CSP allows 'unsafe-inline'`);
  if (directives.get('object-src')?.join(' ') !== "'none'")
    problems.push(`${label}: CSP object-src is not 'none'`);
  if (directives.get('frame-ancestors')?.join(' ') !== "'none'")
    problems.push(`${label}: CSP frame-ancestors is not 'none'`);
  if (directives.get('base-uri')?.join(' ') !== "'none'")
    problems.push(`${label}: CSP base-uri is not 'none'`);
  const referrer = String(headers['referrer-policy'] ?? '');
  if (
    !['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(
      referrer,
    )
  )
    problems.push(`${label}: Referrer-Policy "${referrer}"`);
  const permissions = String(headers['permissions-policy'] ?? '');
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()'])
    if (!permissions.includes(feature))
      problems.push(`${label}: Permissions-Policy lacks ${feature}`);
  if (headers['x-content-type-options'] !== 'nosniff')
    problems.push(`${label}: X-Content-Type-Options is not nosniff`);
  if (headers['x-powered-by'] !== undefined) problems.push(`${label}: X-Powered-By is sent`);
  return problems;
}

function isHtml(page: { headers: Headers }): boolean {
  return String(page.headers['content-type'] ?? '').startsWith('text/html');
}

function cookies(headers: Headers): string[] {
  const set = headers['set-cookie'];
  return set === undefined ? [] : Array.isArray(set) ? set : [set];
}

describe('security headers over http', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
  });
  after(() => t.close());

  it('sends the CSP, Referrer-Policy, Permissions-Policy and nosniff on every HTML page, and no HSTS', async () => {
    const paths = registeredRoutes(t.app)
      .filter((r) => r.method === 'GET' && !r.path.includes(':'))
      .map((r) => r.path);
    const visitor = t.client();
    const user = await createUser(t.dataSource);
    const signedIn = t.client();
    await signIn(signedIn, user.email);
    const problems: string[] = [];
    let html = 0;
    const look = (who: string, path: string, page: Page) => {
      if (page.headers['strict-transport-security'] !== undefined)
        problems.push(`${who} ${path}: HSTS over http`);
      if (!isHtml(page)) return;
      html += 1;
      problems.push(...htmlHeaderProblems(`${who} ${path} (${page.status})`, page.headers));
    };
    for (const path of paths) {
      look('visitor', path, await visitor.get(path));
      look('professional', path, await signedIn.get(path));
    }
    // the error pages too: not found, an expired form, a body too large
    look('visitor', '/bestaat-niet', await visitor.get('/bestaat-niet'));
    await visitor.get('/registreren');
    look(
      'visitor',
      'POST /registreren without token',
      await visitor.post('/registreren', {}, { csrf: null }),
    );
    look(
      'visitor',
      'POST /registreren too large',
      await visitor.post('/registreren', { name: 'x'.repeat(100_000) }),
    );
    assert.ok(html > 30, `checked ${html} HTML pages`);
    assert.deepEqual(problems, []);
  });

  it('names the session cookie jep.sid, HttpOnly, SameSite=Lax, Path=/, without Secure or Domain', async () => {
    const page = await t.client().get('/inloggen');
    const [cookie, ...others] = cookies(page.headers);
    assert.equal(others.length, 0, 'one cookie');
    assert.match(cookie, /^jep\.sid=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    assert.doesNotMatch(cookie, /Secure|Domain/i);
    const css = await t.client().get('/css/jep.css');
    assert.equal(css.headers['x-content-type-options'], 'nosniff');
  });
});

describe('security headers over https (BASE_URL https, behind a TLS-terminating proxy)', () => {
  let t: TestApp;
  const origin = 'https://platformjep.example';
  before(async () => {
    t = await createTestApp({ env: { BASE_URL: origin, TRUST_PROXY: 'true' } });
  });
  after(() => t.close());

  const get = (path: string, cookie?: string) => {
    const req = request(t.app.getHttpServer())
      .get(path)
      .set('Accept', 'text/html')
      .set('X-Forwarded-Proto', 'https');
    return cookie ? req.set('Cookie', cookie) : req;
  };

  it('sends HSTS of at least a year and the HTML headers on every page', async () => {
    for (const path of ['/', '/inloggen', '/bestaat-niet', '/css/jep.css']) {
      const res = await get(path);
      const hsts = String(res.headers['strict-transport-security'] ?? '');
      const maxAge = Number(/max-age=(\d+)/.exec(hsts)?.[1] ?? 0);
      assert.ok(maxAge >= ONE_YEAR, `${path}: HSTS "${hsts}"`);
      if (isHtml(res)) {
        assert.deepEqual(htmlHeaderProblems(path, res.headers as Headers), []);
        assert.match(String(res.headers['content-security-policy']), /upgrade-insecure-requests/);
      }
    }
  });

  it('names the session cookie __Host-jep.sid: Secure, Path=/, no Domain; signing in works over it', async () => {
    const form = await get('/inloggen');
    const [cookie, ...others] = cookies(form.headers);
    assert.equal(others.length, 0, 'one cookie');
    assert.match(
      cookie,
      /^__Host-jep\.sid=[^;]+; Path=\/; Expires=[^;]+; HttpOnly; Secure; SameSite=Lax$/,
    );
    assert.doesNotMatch(cookie, /Domain=/i);

    // the cookie round trip: a user signs in and reaches their own pages
    const user = await createUser(t.dataSource);
    const token = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const session = cookie.split(';')[0];
    const login = await request(t.app.getHttpServer())
      .post('/inloggen')
      .set('X-Forwarded-Proto', 'https')
      .set('Origin', origin)
      .set('Cookie', session)
      .type('form')
      .send({ _csrf: token, email: user.email, password: TEST_PASSWORD });
    assert.equal(login.status, 303);
    const renewed = cookies(login.headers)[0];
    assert.match(renewed, /^__Host-jep\.sid=.*; Secure/);
    const mine = await get('/mijn', renewed.split(';')[0]);
    assert.equal(mine.status, 200);
  });
});
