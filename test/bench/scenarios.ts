import type { Role } from '../../src/common/access/role';
import { createUser, signIn } from '../utils/factories';
import { CATALOGUE_SIZE, createCatalogue } from './catalogue-data';
import type { TestApp } from '../utils/test-app';

/** What a scenario's setup gets: the booted app (fresh SQLite database) and its local URL. */
export interface BenchContext {
  testApp: TestApp;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
}

/** The request autocannon repeats; a setup may add to it (a session cookie, a body). */
export interface ScenarioRequest {
  /** overrides the scenario's path (e.g. an id created by the setup) */
  path?: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface Scenario extends ScenarioRequest {
  name: string;
  /** path on the app, e.g. '/over'; always requested on 127.0.0.1 */
  path: string;
  /** the reference for the ratio column; exactly one scenario is the baseline */
  baseline?: boolean;
  /** the status every response must have (checked once before measuring); default 200 */
  expectStatus?: number;
  /** runs once before the warm-up: create data, sign in; may return request options */
  setup?: (ctx: BenchContext) => Promise<ScenarioRequest | void>;
}

const HTML = { accept: 'text/html' };

/**
 * The measured routes, in order. Add a scenario as one more entry, e.g. a signed-in page:
 *
 *   { name: 'dashboard /mijn', path: '/mijn', setup: (ctx) => signedInAs(ctx, 'professional') },
 */
export const scenarios: Scenario[] = [
  {
    name: 'about /over (baseline: static, no database)',
    path: '/over',
    headers: HTML,
    baseline: true,
  },
  { name: 'home /', path: '/', headers: HTML },
  { name: 'liveness /health/live', path: '/health/live', headers: { accept: 'application/json' } },
  {
    name: `catalogue /aanbod (${CATALOGUE_SIZE.offerings} offerings, ${CATALOGUE_SIZE.editions} editions)`,
    path: '/aanbod',
    headers: HTML,
  },
  {
    name: `catalogue filtered /aanbod?provincie=PV26&plekken=1`,
    path: '/aanbod?provincie=PV26&plekken=1',
    headers: HTML,
  },
  {
    name: 'edition /uitvoeringen/:id (3 meetings)',
    path: '/uitvoeringen/:id',
    headers: HTML,
    setup: () => Promise.resolve({ path: `/uitvoeringen/${catalogueEditionId}` }),
  },
];

let catalogueEditionId = 0;

/** Runs once before any scenario, so every route (the baseline too) is measured on the same data. */
export async function prepare(ctx: BenchContext): Promise<void> {
  process.stdout.write(
    `Creating ${CATALOGUE_SIZE.offerings} offerings, ${CATALOGUE_SIZE.editions} editions, ${CATALOGUE_SIZE.meetings} meetings… `,
  );
  catalogueEditionId = await createCatalogue(ctx.testApp);
  console.log('done');
}

/** A setup for pages behind the login: a new user of `role`, signed in; its session cookie. */
export async function signedInAs(ctx: BenchContext, role: Role): Promise<ScenarioRequest> {
  const user = await createUser(ctx.testApp.dataSource, { role });
  const client = ctx.testApp.client();
  await signIn(client, user.email);
  return { headers: { ...HTML, cookie: client.cookies() } };
}
