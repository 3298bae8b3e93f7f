/**
 * The enrolment rush: PEOPLE signed-in professionals press "Aanmelden" at the same moment for one
 * edition with PLACES places. Reports the time until every answer is in, errors, confirmed and
 * waitlisted counts and latency percentiles — beside a baseline burst of the same size on the
 * static /over page in the same process. One database kind per process (the entity column types
 * follow DATABASE_URL), so `run.ts` starts this once for SQLite and once for PostgreSQL.
 *
 * Env: BENCH_RUSH_PEOPLE (500), BENCH_RUSH_PLACES (50), DATABASE_URL (PostgreSQL when set).
 */
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../src/accounts/password-hasher';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { createEdition } from '../utils/enrolment-fixtures';
import { createUser, signIn, TEST_PASSWORD } from '../utils/factories';
import { createTestApp } from '../utils/test-app';
import type { WebClient } from '../utils/web-client';
import type { RushResult } from './rush-result';

const PEOPLE = Number(process.env.BENCH_RUSH_PEOPLE ?? 500);
const PLACES = Number(process.env.BENCH_RUSH_PLACES ?? 50);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Fires all requests at once; returns the settle time and each request's latency. */
async function burst(requests: (() => Promise<{ status: number }>)[], ok: number) {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  await Promise.all(
    requests.map(async (send) => {
      const t0 = performance.now();
      try {
        const res = await send();
        if (res.status !== ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }),
  );
  const settleMs = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return { settleMs, errors, latencies };
}

async function main() {
  const t = await createTestApp();
  const database = t.config.database.type;
  try {
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const clients: WebClient[] = [];
    for (let i = 0; i < PEOPLE; i += 8) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(8, PEOPLE - i) }, async (_, j) => {
          const user = await createUser(t.dataSource, {
            passwordHash,
            email: `rush${i + j}@example.nl`,
          });
          const client = t.client();
          await signIn(client, user.email);
          return client;
        }),
      );
      clients.push(...batch);
    }
    const { edition } = await createEdition(t.dataSource, { capacity: PLACES });
    const tokens: string[] = [];
    for (const client of clients) {
      await client.get(`/uitvoeringen/${edition.id}`);
      tokens.push(client.csrfToken());
    }

    const results: RushResult[] = [];
    const base = await burst(
      clients.map((c) => () => c.get('/over')),
      200,
    );
    results.push({
      database,
      label: `baseline: ${PEOPLE} × GET /over`,
      settleMs: base.settleMs,
      errors: base.errors,
      p50: percentile(base.latencies, 50),
      p99: percentile(base.latencies, 99),
      max: base.latencies[base.latencies.length - 1],
      confirmed: null,
      waitlisted: null,
    });

    const rush = await burst(
      clients.map(
        (c, i) => () => c.post(`/uitvoeringen/${edition.id}/aanmelden`, {}, { csrf: tokens[i] }),
      ),
      303,
    );
    const repo = t.dataSource.getRepository(Enrolment);
    const confirmed = await repo.countBy({ editionId: edition.id, status: 'confirmed' });
    const waitlisted = await repo.countBy({ editionId: edition.id, status: 'waitlisted' });
    const seats = (await t.dataSource.getRepository(Edition).findOneByOrFail({ id: edition.id }))
      .seatsTaken;
    results.push({
      database,
      label: `rush: ${PEOPLE} × POST enrol, ${PLACES} places`,
      settleMs: rush.settleMs,
      errors: rush.errors + (seats === PLACES && confirmed === PLACES ? 0 : 1),
      p50: percentile(rush.latencies, 50),
      p99: percentile(rush.latencies, 99),
      max: rush.latencies[rush.latencies.length - 1],
      confirmed,
      waitlisted,
    });
    // One line of JSON for run.ts to collect, after any log output.
    console.log(`RUSH ${JSON.stringify(results)}`);
  } finally {
    await t.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
