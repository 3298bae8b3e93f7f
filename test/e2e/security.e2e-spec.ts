import assert from 'node:assert/strict';
import request from 'supertest';
import { after, before, describe, it } from 'node:test';
import { SessionRecord } from '../../src/accounts/session.entity';
import { User } from '../../src/accounts/user.entity';
import { ROLES, Role, roleSatisfies } from '../../src/common/access/role';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { createUser, signIn, TEST_PASSWORD } from '../utils/factories';
import { registeredRoutes } from '../utils/routes';
import { samplePaths } from '../utils/sample-paths';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const VALID_REGISTRATION = {
  name: 'Veilige Gebruiker',
  email: 'veilig@example.nl',
  password: 'een lange zin voor mij',
  passwordConfirm: 'een lange zin voor mij',
  organisation: 'Gemeente Zwolle',
  jobTitle: 'Beleidsadviseur',
  sector: 'gemeente',
  municipalityCode: 'GM0193',
};

describe('security baseline', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
  });
  after(() => t.close());

  it('declares an access policy on every registered route', () => {
    const routes = registeredRoutes(t.app);
    assert.ok(routes.length > 20, `found ${routes.length} routes`);
    const without = routes
      .filter((r) => !r.policy)
      .map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`);
    assert.deepEqual(without, [], 'routes without @Public/@Authenticated/@Roles/@GuestOnly');
  });

  it('answers each protected page as its policy says, for visitors and every role', async () => {
    const users: Record<string, { client: WebClient; user: User }> = {};
    for (const role of ROLES) {
      const user = await createUser(t.dataSource, { role });
      const client = t.client();
      await signIn(client, user.email);
      users[role] = { client, user };
    }
    const samples = await samplePaths(t, users);
    const gets = registeredRoutes(t.app).filter(
      (r) => r.method === 'GET' && !r.path.includes(':token') && !r.path.includes(':locale'),
    );
    const problems: string[] = [];
    for (const route of gets) {
      const sample = route.path.includes(':') ? samples[route.path] : route.path;
      const path = typeof sample === 'string' ? sample : sample?.path;
      const ownedBy = typeof sample === 'object' ? sample.ownedBy : null;
      const staffToo = typeof sample === 'object' && !!sample.staffToo;
      if (!path) {
        problems.push(`no sample path for ${route.path}: add one to samplePaths()`);
        continue;
      }
      const policy = route.policy!;
      const expected = (role: Role | null): number => {
        if (role && ownedBy && role !== ownedBy && !(staffToo && roleSatisfies(role, ['staff'])))
          return 404;
        switch (policy.kind) {
          case 'public':
            return 200;
          case 'guest':
            return role ? 303 : 200;
          case 'authenticated':
            return role ? 200 : 303;
          case 'roles':
            return !role ? 303 : roleSatisfies(role, policy.roles) ? 200 : 403;
        }
      };
      const anonymous = await t.client().get(path);
      // The second login step without a first one sends the visitor back to the password step.
      const visitorExpected = path === '/inloggen/code' ? 303 : expected(null);
      if (anonymous.status !== visitorExpected)
        problems.push(`visitor ${path}: ${anonymous.status}, expected ${visitorExpected}`);
      if (anonymous.status === 303 && policy.kind !== 'guest')
        assert.match(anonymous.location ?? '', /^\/inloggen\?terug=/);
      for (const role of ROLES) {
        const page = await users[role].client.get(path);
        if (page.status !== expected(role))
          problems.push(`${role} ${path}: ${page.status}, expected ${expected(role)}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('gives a reading visitor no session cookie; a form or login starts one', async () => {
    const c = t.client();
    for (const path of ['/', '/over', '/health', '/health/live', '/css/jep.css', '/bestaat-niet']) {
      const page = await c.get(path);
      assert.equal(page.headers['set-cookie'], undefined, `no cookie on ${path}`);
    }
    const form = await c.get('/inloggen');
    const cookie = String(form.headers['set-cookie']);
    assert.match(cookie, /jep\.sid=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.doesNotMatch(cookie, /Secure/);
  });

  it('renews the session id at login', async () => {
    const user = await createUser(t.dataSource);
    const c = t.client();
    const form = await c.get('/inloggen');
    const before = String(form.headers['set-cookie']).match(/jep\.sid=([^;]+)/)![1];
    const login = await c.post('/inloggen', { email: user.email, password: TEST_PASSWORD });
    const afterLogin = String(login.headers['set-cookie']).match(/jep\.sid=([^;]+)/)![1];
    assert.notEqual(afterLogin, before);
  });

  it('refuses a change without the CSRF token with a friendly 403 page, and changes nothing', async () => {
    const c = t.client();
    await c.get('/registreren');
    const missing = await c.post('/registreren', VALID_REGISTRATION, { csrf: null });
    assert.equal(missing.status, 403);
    assert.match(textOf(missing.$, 'h1'), /Deze pagina is verlopen/);
    assert.equal(missing.$('header nav').length > 0, true, 'in the site layout');
    const wrong = await c.post('/registreren', VALID_REGISTRATION, { csrf: 'x'.repeat(64) });
    assert.equal(wrong.status, 403);
    const noSession = await t.client().post('/uitloggen', {}, { csrf: null });
    assert.equal(
      noSession.status,
      303,
      'a visitor posting to a protected route is sent to log in first',
    );
    assert.equal(await t.dataSource.getRepository(User).countBy({ email: 'veilig@example.nl' }), 0);
  });

  it('takes changes without a CSRF token on one route only: the RFC 8058 one-click unsubscribe', () => {
    const exempt = registeredRoutes(t.app)
      .filter((r) => r.csrfExempt)
      .map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(exempt, ['POST /jepzine/afmelden/:token']);
    const byOrigin = registeredRoutes(t.app)
      .filter((r) => r.csrfByOrigin)
      .map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(byOrigin, ['POST /jepzine/aanmelden']);
  });

  it('refuses the session-free subscribe form from another site, and stores nothing', async () => {
    const body = { email: 'doelwit@example.nl', consent: 'on' };
    const agent = () => request(t.app.getHttpServer()).post('/jepzine/aanmelden').type('form');
    const foreign = await agent().set('Origin', 'https://evil.example').send(body);
    assert.equal(foreign.status, 403);
    const noOrigin = await agent().send(body);
    assert.equal(noOrigin.status, 403, 'neither Origin nor Referer: refused');
    assert.equal(
      await t.dataSource.getRepository(NewsletterSubscriber).countBy({ email: body.email }),
      0,
    );
    const own = await agent().set('Origin', 'http://jep.test').send(body);
    assert.equal(own.status, 303);
    assert.equal(own.headers['set-cookie'], undefined, 'no session started');
  });

  it('sends security headers: a strict CSP without inline script, and no framing', async () => {
    const page = await t.client().get('/');
    const csp = String(page.headers['content-security-policy']);
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "default-src 'self'",
    ]) {
      assert.ok(csp.includes(directive), `CSP has ${directive}`);
    }
    assert.ok(!csp.includes('unsafe-inline'));
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal(page.headers['x-powered-by'], undefined);
    assert.ok(page.headers['x-request-id']);
    assert.equal(page.$('script:not([src])').length, 0, 'no inline script on the page');
    assert.equal(page.$('[style]').length, 0, 'no inline style on the page');
  });

  it('uses Secure __Host- cookies and HSTS when BASE_URL is https', async () => {
    const https = await createTestApp({
      env: { BASE_URL: 'https://platformjep.example', TRUST_PROXY: 'true' },
    });
    try {
      const c = https.client();
      const res = await (
        c as unknown as {
          agent: {
            get(p: string): {
              set(k: string, v: string): Promise<{ headers: Record<string, string> }>;
            };
          };
        }
      ).agent
        .get('/inloggen')
        .set('X-Forwarded-Proto', 'https');
      assert.match(
        String(res.headers['set-cookie']),
        /^__Host-jep\.sid=.*; Path=\/;.*HttpOnly; Secure; SameSite=Lax/,
      );
      assert.match(String(res.headers['strict-transport-security']), /max-age=31536000/);
    } finally {
      await https.close();
    }
  });

  it('ends a session after the idle timeout and after the absolute lifetime', async () => {
    const user = await createUser(t.dataSource);
    const idle = t.client();
    await signIn(idle, user.email);
    const past = new Date(Date.now() - 1000);
    await t.dataSource
      .getRepository(SessionRecord)
      .update({ userId: user.id }, { expiresAt: past });
    assert.equal((await idle.get('/mijn')).status, 303, 'idle session ended');

    const old = t.client();
    await signIn(old, user.email);
    const row = (await t.dataSource.getRepository(SessionRecord).findBy({ userId: user.id })).find(
      (r) => r.expiresAt > new Date(),
    )!;
    const data = JSON.parse(row.data) as { signedInAt: number };
    data.signedInAt = Date.now() - (t.config.sessionMaxHours * 3600_000 + 60_000);
    await t.dataSource
      .getRepository(SessionRecord)
      .update({ sid: row.sid }, { data: JSON.stringify(data) });
    assert.equal((await old.get('/mijn')).status, 303, 'session past its absolute lifetime ended');
  });

  it('logs a deactivated user out everywhere and refuses their login', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin' });
    const user = await createUser(t.dataSource, { name: 'Te Deactiveren' });
    const a = t.client();
    const u = t.client();
    const u2 = t.client();
    await signIn(a, admin.email);
    await signIn(u, user.email);
    await signIn(u2, user.email);
    await a.get(`/beheer/gebruikers/${user.id}`);
    const done = await a.post(`/beheer/gebruikers/${user.id}/deactiveren`, {}, { follow: true });
    assert.match(textOf(done.$, '.jep-flash'), /gedeactiveerd/);
    assert.equal((await u.get('/mijn')).status, 303);
    assert.equal((await u2.get('/mijn')).status, 303);
    const again = await t
      .client()
      .submit('/inloggen', { email: user.email, password: TEST_PASSWORD }, false);
    assert.equal(again.status, 422);
    const audit = await a.get('/beheer/audit?actie=user.deactivated');
    assert.match(
      textOf(audit.$, 'tbody'),
      new RegExp(`${admin.email}.*user.deactivated.*user:${user.id}`),
    );
  });

  it('refuses bad input with the form and a message, never a 500, never stored markup unescaped', async () => {
    const c = t.client();
    const long = await c.submit(
      '/registreren',
      { ...VALID_REGISTRATION, name: 'x'.repeat(10_000) },
      false,
    );
    assert.equal(long.status, 422);
    assert.match(textOf(long.$, '#field-name-error'), /hooguit 200 tekens/);

    const array = await c.submit(
      '/registreren',
      { ...VALID_REGISTRATION, email: ['a@example.nl', 'b@example.nl'] },
      false,
    );
    assert.equal(array.status, 422);

    const empty = await c.submit('/registreren', {}, false);
    assert.equal(empty.status, 422);
    assert.ok(empty.$('.jep-error-summary li').length >= 5);

    const wrongType = await c.submit(
      '/registreren',
      { ...VALID_REGISTRATION, sector: 'astronaut' },
      false,
    );
    assert.equal(wrongType.status, 422);
    assert.match(textOf(wrongType.$, '#field-sector-error'), /Kies een van de mogelijkheden/);

    // unknown fields are ignored: nobody makes themselves admin by adding role=admin
    const payload = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const created = await c.submit(
      '/registreren',
      { ...VALID_REGISTRATION, name: payload, role: 'admin', emailVerifiedAt: '2020-01-01' },
      false,
    );
    assert.equal(created.status, 303);
    const stored = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'veilig@example.nl' });
    assert.equal(stored.role, 'professional');
    assert.equal(stored.emailVerifiedAt, null);
    assert.equal(stored.name, payload);

    const admin = await createUser(t.dataSource, { role: 'admin' });
    const a = t.client();
    await signIn(a, admin.email);
    const list = await a.get('/beheer/gebruikers?q=veilig');
    assert.ok(!list.text.includes('<script>alert("x")</script>'));
    assert.ok(list.text.includes('&lt;script&gt;'));
    assert.equal(list.$('img[onerror]').length, 0);

    // a tampered id: unknown or not a number is 404, never a 500
    await a.get(`/beheer/gebruikers/${stored.id}`);
    assert.equal((await a.post('/beheer/gebruikers/999999/rol', { role: 'admin' })).status, 404);
    assert.equal(
      (await a.post('/beheer/gebruikers/1%20OR%201=1/rol', { role: 'admin' })).status,
      404,
    );
    assert.equal((await a.get('/beheer/gebruikers/abc')).status, 404);
    const badRole = await a.post(`/beheer/gebruikers/${stored.id}/rol`, { role: 'superuser' });
    assert.equal(badRole.status, 422);
    assert.equal(
      (await t.dataSource.getRepository(User).findOneByOrFail({ id: stored.id })).role,
      'professional',
    );
  });

  it('answers unknown pages, oversized and malformed bodies with pages in the site layout', async () => {
    const c = t.client();
    const missing = await c.get('/bestaat/niet');
    assert.equal(missing.status, 404);
    assert.match(textOf(missing.$, 'h1'), /Pagina niet gevonden/);
    assert.ok(missing.$('a.jep-logo').length === 1);

    await c.get('/registreren');
    const big = await c.post('/registreren', { name: 'x'.repeat(100_000) });
    assert.equal(big.status, 413);
    assert.match(textOf(big.$, 'h1'), /Te veel gegevens/);
    assert.doesNotMatch(big.text, /at .+:\d+:\d+/, 'no stack trace');

    const malformed = await c.agent
      .post('/inloggen')
      .set('Accept', 'text/html')
      .type('json')
      .send('{"email": ');
    assert.equal(malformed.status, 400);
    assert.match(malformed.text, /Dit verzoek kunnen we niet verwerken/);
    assert.doesNotMatch(malformed.text, /SyntaxError|at .+:\d+:\d+/);
  });

  it('does not let a return path send users to another site after login', async () => {
    const user = await createUser(t.dataSource);
    const c = t.client();
    await c.get('/inloggen?terug=https://evil.example/phish');
    const login = await c.post('/inloggen?terug=https://evil.example/phish', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    assert.equal(login.location, '/mijn');
    const c2 = t.client();
    await c2.get('/inloggen?terug=/mijn/profiel');
    assert.equal(
      (
        await c2.post('/inloggen?terug=%2Fmijn%2Fprofiel', {
          email: user.email,
          password: TEST_PASSWORD,
        })
      ).location,
      '/mijn/profiel',
    );
  });
});

describe('login throttling per address', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('locks out an address that tries many accounts, with a clear message', async () => {
    const user = await createUser(t.dataSource);
    const c = t.client();
    for (let i = 0; i < 20; i++) {
      const page = await c.submit(
        '/inloggen',
        { email: `poging${i}@example.nl`, password: 'raden raden raden' },
        false,
      );
      assert.equal(page.status, 422);
    }
    const blocked = await c.submit(
      '/inloggen',
      { email: user.email, password: TEST_PASSWORD },
      false,
    );
    assert.equal(blocked.status, 422);
    assert.match(textOf(blocked.$, '.jep-error-summary'), /Te veel mislukte pogingen/);
  });
});
