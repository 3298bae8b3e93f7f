import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import { User } from '../../src/accounts/user.entity';
import { ROLES, Role, roleSatisfies } from '../../src/common/access/role';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { NetworkApplication } from '../../src/network/application.entity';
import { createUser, signIn } from '../utils/factories';
import {
  CATALOGUE,
  ECHO_MARKERS,
  encodeValue,
  Fields,
  malformedBodies,
  percentEncode,
  seededRandom,
} from '../utils/malformed';
import { registeredRoutes, RouteInfo } from '../utils/routes';
import { samplePath, samplePaths, Sample } from '../utils/sample-paths';
import { createTestApp, TestApp } from '../utils/test-app';
import { WebClient } from '../utils/web-client';

type Who = Role | 'visitor';
const WHO: Who[] = ['visitor', ...ROLES];

/** At least this many malformed values in total, across every form. */
const MINIMUM = 5_000;

/**
 * Forms not posted: logging out ends the session the run uses (the matrix test covers it).
 */
const SKIPPED_ACTIONS = ['/uitloggen'];

interface Form {
  action: string;
  route: RouteInfo;
  /** what the page filled in, as the browser would send it */
  fields: Fields;
  /** every field name in the form, also unticked boxes */
  names: string[];
  poster: Who;
  page: string;
}

interface Actor {
  client: WebClient;
  token: string;
  user?: User;
}

function routeFor(action: string, routes: RouteInfo[]): RouteInfo | undefined {
  const path = action.split('?')[0];
  return routes.find((r) =>
    new RegExp(`^${r.path.replace(/[.]/g, '\\.').replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(path),
  );
}

function mayPost(route: RouteInfo, who: Who): boolean {
  const p = route.policy!;
  if (p.kind === 'public') return true;
  if (p.kind === 'guest') return who === 'visitor';
  if (who === 'visitor') return false;
  return p.kind === 'authenticated' || roleSatisfies(who, p.roles);
}

/** The fields a form sends as filled in (select values read by hand: cheerio's optgroup bug). */
function readForm(
  $: cheerio.CheerioAPI,
  form: ReturnType<cheerio.CheerioAPI>,
): { fields: Fields; names: string[] } {
  const fields: Fields = form
    .serializeArray()
    .filter((f) => f.name !== '_csrf')
    .map((f) => [f.name, f.value]);
  form.find('select[name]:not([multiple])').each((_, select) => {
    const name = $(select).attr('name')!;
    const options = $(select).find('option');
    const chosen = options.filter('[selected]').first();
    const option = chosen.length ? chosen : options.first();
    const at = fields.findIndex(([n]) => n === name);
    if (option.length && at >= 0) fields[at] = [name, option.attr('value') ?? option.text()];
  });
  const names = new Set<string>();
  form.find('input[name], select[name], textarea[name], button[name]').each((_, el) => {
    const name = $(el).attr('name')!;
    if (name !== '_csrf') names.add(name);
  });
  return { fields, names: [...names] };
}

/**
 * What is wrong with an answer to bad input: a 5xx, an unescaped echo, a stack trace, an inline
 * script or event handler attribute in the markup (looked at closely only when the text hints).
 * Unfilled placeholders are not checked here: a stored "{body}" typed by this run is no bug.
 */
function problemsOf(status: number, contentType: string, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`status ${status}`);
  for (const marker of ECHO_MARKERS)
    if (text.includes(marker)) problems.push(`unescaped echo of ${marker}`);
  if (/\bat .+ \(.+:\d+:\d+\)/.test(text)) problems.push('a stack trace');
  const hint = /<script\b(?![^>]*\bsrc=)|<[a-z][^>]*\son[a-z]+\s*=/i;
  if (contentType.startsWith('text/html') && hint.test(text)) {
    const $ = cheerio.load(text);
    // a JSON-LD data block is not run (and the CSP allows no inline script); it must not let a
    // "</script>" out of its data
    $('script:not([src])').each((_, el) => {
      const data = $(el).attr('type') === 'application/ld+json';
      if (!data || $(el).html()!.includes('<'))
        problems.push(`an inline script element: ${$.html(el).slice(0, 200)}`);
    });
    $('*')
      .filter((_, el) =>
        Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).some((a) =>
          a.toLowerCase().startsWith('on'),
        ),
      )
      .each((_, el) => {
        problems.push(`an event handler attribute: ${$.html(el).slice(0, 200)}`);
      });
  }
  return problems;
}

describe('bad input: thousands of malformed values across every form', () => {
  let t: TestApp;
  const actors = {} as Record<Who, Actor>;
  let samples: Record<string, Sample>;

  const tokenOf = async (client: WebClient, signedIn: boolean) => {
    const page = await client.get(signedIn ? '/mijn/profiel' : '/inloggen', true);
    const token = page.$('input[name="_csrf"]').first().attr('value');
    if (!token) throw new Error(`no CSRF token (${page.status})`);
    return token;
  };

  const signInAgain = async (who: Who) => {
    const actor = actors[who];
    actor.client = t.client();
    if (actor.user) await signIn(actor.client, actor.user.email);
    actor.token = await tokenOf(actor.client, !!actor.user);
  };

  before(async () => {
    t = await createTestApp({ smtp: true });
    await t.app.get(DemoSeedService).seedIfEmpty();
    const users: Record<string, { user: User }> = {};
    actors.visitor = { client: t.client(), token: '' };
    await signInAgain('visitor');
    for (const role of ROLES) {
      const user = await createUser(t.dataSource, { role, name: `Invoer ${role}` });
      actors[role] = { client: t.client(), token: '', user };
      await signInAgain(role);
      users[role] = { user };
    }
    samples = await samplePaths(t, users);
    // the user pages act on a user of their own: deactivating it ends no session of the run
    const subject = await createUser(t.dataSource, { name: 'Onderwerp Van Invoer' });
    samples['/beheer/gebruikers/:id'] = `/beheer/gebruikers/${subject.id}`;
    samples['/beheer/gebruikers/:id/privacy'] = `/beheer/gebruikers/${subject.id}/privacy`;
    // accepting the sample network application would make the professional a partner
    await t.dataSource
      .getRepository(NetworkApplication)
      .update({ userId: users.professional.user.id }, { userId: subject.id });
  });
  after(() => t.close());

  it('posts at least 5,000 malformed values: never a 5xx, never an unescaped echo', async () => {
    const started = Date.now();
    const routes = registeredRoutes(t.app);
    const posts = routes.filter((r) => r.method === 'POST');
    // discover the forms: every GET page (with sample paths) as a visitor and as every role
    const forms = new Map<string, Form>();
    const unposted: string[] = [];
    const pages = routes
      .filter(
        (r) => r.method === 'GET' && !r.path.includes(':token') && !r.path.includes(':locale'),
      )
      .map((r) => samplePath(r, samples))
      .filter((s) => s !== null);
    for (const who of WHO) {
      for (const s of pages) {
        const page = await actors[who].client.get(s.path);
        if (page.status !== 200 || !String(page.headers['content-type']).startsWith('text/html'))
          continue;
        page.$('form').each((_, el) => {
          const form = page.$(el);
          if ((form.attr('method') ?? 'get').toLowerCase() !== 'post') return;
          const action = form.attr('action') || s.path;
          if (SKIPPED_ACTIONS.includes(action)) return;
          const { fields, names } = readForm(page.$, form);
          const key = `${action} ${names.sort().join(',')}`;
          if (forms.has(key)) return;
          const route = routeFor(action, posts);
          if (!route) {
            unposted.push(`${action} (on ${s.path}): no POST route`);
            return;
          }
          if (!mayPost(route, who)) return;
          forms.set(key, { action, route, fields, names, poster: who, page: s.path });
        });
      }
    }
    assert.deepEqual(unposted, [], 'every form posts to a registered route');
    const covered = new Set([...forms.values()].map((f) => f.route.path));
    assert.ok(covered.size >= 60, `forms of ${covered.size} POST routes found`);

    // spread the values over the fields so the total is at least MINIMUM
    const slots = [...forms.values()].reduce((n, f) => n + f.names.length, 0);
    const perField = Math.max(8, Math.ceil((MINIMUM - forms.size * 3) / Math.max(slots, 1)) - 4);
    const random = seededRandom(20261111);
    const work = new Map<Who, { form: Form; label: string; body: string }[]>();
    for (const form of forms.values()) {
      const list = work.get(form.poster) ?? [];
      for (const b of malformedBodies(form.fields, form.names, perField, random))
        list.push({ form, ...b });
      work.set(form.poster, list);
    }
    const total = [...work.values()].reduce((n, l) => n + l.length, 0);
    assert.ok(total >= MINIMUM, `${total} malformed values`);

    const failures: string[] = [];
    const sessionsEnded: string[] = [];
    const statuses = new Map<number, number>();
    // one sequence per poster (its own session), the posters in parallel
    await Promise.all(
      [...work.entries()].map(async ([who, list]) => {
        for (const { form, label, body } of list) {
          const actor = actors[who];
          const res = await actor.client.agent
            .post(form.action)
            .set('Accept', 'text/html')
            .set('Origin', new URL(t.config.baseUrl).origin)
            .type('form')
            .send(`_csrf=${encodeURIComponent(actor.token)}${body ? `&${body}` : ''}`)
            .ok(() => true);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const text = res.text ?? '';
          for (const p of problemsOf(res.status, String(res.headers['content-type'] ?? ''), text))
            failures.push(`${who} POST ${form.action} [${label}]: ${p}`);
          const location = String(res.headers.location ?? '');
          if (actor.user && res.status === 303 && location.startsWith('/inloggen')) {
            sessionsEnded.push(`${who} POST ${form.action} [${label}]`);
            await signInAgain(who);
          } else if (res.status === 403 && /Deze pagina is verlopen/.test(text)) {
            // the session was renewed by the post (a login form): fetch its token again
            actor.token = await tokenOf(actor.client, !!actor.user);
          }
        }
      }),
    );
    const seconds = Math.round((Date.now() - started) / 1000);
    const summary = `${total} values to ${forms.size} forms of ${covered.size} routes in ${seconds}s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`;
    if (process.env.BAD_INPUT_VERBOSE) console.log(summary, '\nsessions ended:', sessionsEnded);
    assert.deepEqual(failures.slice(0, 50), [], `${failures.length} problems; ${summary}`);
  });

  it('answers a NUL or other odd bytes in a page address with a 404, never a 5xx', async () => {
    const client = t.client();
    for (const path of [
      '/netwerk/%00abc',
      '/aanbod/%00',
      '/jepzine/a%00b',
      '/certificaten/%00%00',
      '/uitvoeringen/1%00',
      '/netwerk/%C0%AF',
      '/aanbod/%ED%A0%80',
    ]) {
      const page = await client.get(path);
      assert.ok(page.status < 500, `${path}: ${page.status}`);
    }
  });

  it('answers malformed query strings on every page without a 5xx or an unescaped echo', async () => {
    const values = CATALOGUE.filter((m) =>
      ['markup', 'sql', 'control', 'encoding', 'type'].includes(m.kind),
    ).map((m) => encodeValue(m.value));
    const gets = registeredRoutes(t.app).filter((r) => r.method === 'GET' && !r.path.includes(':'));
    const failures: string[] = [];
    for (const who of ['visitor', 'admin'] as const) {
      for (const route of gets) {
        // the names of the page's own search and filter fields, and a few common ones
        const page = await actors[who].client.get(route.path);
        const names = new Set(['q', 'zoek', 'terug', 'pagina']);
        page.$('form:not([method="post"]) [name]').each((_, el) => {
          names.add(page.$(el).attr('name')!);
        });
        for (const name of names) {
          const value = values[(route.path.length + name.length) % values.length];
          const res = await actors[who].client.agent
            .get(`${route.path}?${percentEncode(name)}=${value}`)
            .set('Accept', 'text/html')
            .ok(() => true);
          for (const p of problemsOf(
            res.status,
            String(res.headers['content-type'] ?? ''),
            res.text ?? '',
          ))
            failures.push(`${who} GET ${route.path}?${name}=${value}: ${p}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
