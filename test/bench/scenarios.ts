import type { Role } from '../../src/common/access/role';
import { createUser, signIn } from '../utils/factories';
import type { TestApp } from '../utils/test-app';

/** What a scenario's setup gets: the booted app (fresh SQLite database) and its local URL. */
export interface BenchContext {
  testApp: TestApp;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
}

/** The request autocannon repeats; a setup may add to it (a session cookie, a body). */
export interface ScenarioRequest {
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
];

/** A setup for pages behind the login: a new user of `role`, signed in; its session cookie. */
export async function signedInAs(ctx: BenchContext, role: Role): Promise<ScenarioRequest> {
  const user = await createUser(ctx.testApp.dataSource, { role });
  const client = ctx.testApp.client();
  await signIn(client, user.email);
  return { headers: { ...HTML, cookie: client.cookies() } };
}
