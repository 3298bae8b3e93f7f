/**
 * `npm run bench`: the app as in the tests (createTestApp: fresh SQLite database, no SMTP) on a free
 * 127.0.0.1 port, load from autocannon in a worker thread (its own event loop, so it does not
 * steal the app's), one scenario after the other: a short warm-up, then the measurement.
 *
 * Env: BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (50), BENCH_WARMUP (s, 3),
 *      BENCH_FILTER (only scenarios whose name contains it).
 */
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createTestApp, TestApp } from '../utils/test-app';
import type { NewsletterResult } from './newsletter-result';
import type { RushResult } from './rush-result';
import { BenchContext, prepare, Scenario, ScenarioRequest, scenarios } from './scenarios';
import {
  CERTIFICATE_BENCH_NAME,
  certificateBench,
  verificationScenarios,
} from './certificates-bench';
import {
  createNetwork,
  NETWORK_BENCH_NAME,
  NETWORK_CONNECTIONS,
  NETWORK_ORGANISATIONS,
  networkScenarios,
  uncachedInstance,
} from './network-bench';
import { REPORTS_BENCH_NAME, REPORTS_CONNECTIONS, reportsBench } from './reports-bench';

const DURATION = positive('BENCH_DURATION', 10);
const CONNECTIONS = positive('BENCH_CONNECTIONS', 50);
const WARMUP = positive('BENCH_WARMUP', 3);
const HOST = '127.0.0.1';

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

interface Measured {
  scenario: Scenario;
  result: autocannon.Result;
}

interface MemorySample {
  label: string;
  rss: number;
  heapUsed: number;
  /** heapUsed after a full garbage collection: what is really kept */
  heapUsedAfterGc: number;
}

// a full GC before reading the retained heap, without having to start node with --expose-gc
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function memory(label: string): MemorySample {
  const m = process.memoryUsage();
  gc();
  return {
    label,
    rss: m.rss,
    heapUsed: m.heapUsed,
    heapUsedAfterGc: process.memoryUsage().heapUsed,
  };
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error: unknown, result) => {
      if (error) reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
      else resolve(result);
    });
  });
}

function requestOptions(
  url: string,
  request: ScenarioRequest,
  connections: number,
  duration: number,
): autocannon.Options {
  return {
    url,
    method: request.method ?? 'GET',
    headers: request.headers,
    body: request.body,
    connections,
    duration,
    // load from a worker thread; the app keeps the main thread (on 2 cores: one each)
    workers: 1,
    timeout: 10,
  };
}

/** One request first: a scenario that does not answer as expected is not worth measuring. */
async function sanityCheck(url: string, scenario: Scenario, request: ScenarioRequest) {
  const response = await fetch(url, {
    method: request.method ?? 'GET',
    headers: request.headers,
    body: request.body,
    redirect: 'manual',
  });
  await response.arrayBuffer();
  const expected = scenario.expectStatus ?? 200;
  if (response.status !== expected)
    throw new Error(`${scenario.name}: ${url} answered ${response.status}, expected ${expected}`);
}

async function measure(
  ctx: BenchContext,
  scenario: Scenario,
  connections = CONNECTIONS,
): Promise<Measured> {
  const extra = (await scenario.setup?.(ctx)) ?? {};
  const request: ScenarioRequest = {
    method: extra.method ?? scenario.method,
    headers: { ...scenario.headers, ...extra.headers },
    body: extra.body ?? scenario.body,
  };
  const url = new URL(extra.path ?? scenario.path, ctx.baseUrl);
  if (url.hostname !== HOST)
    throw new Error(`${scenario.name}: only ${HOST} is a benchmark target, not ${url.hostname}`);
  await sanityCheck(url.href, scenario, request);

  process.stdout.write(`• ${scenario.name}: warm-up ${WARMUP}s… `);
  await run(requestOptions(url.href, request, Math.min(10, connections), WARMUP));
  process.stdout.write(`measuring ${DURATION}s at ${connections} connections… `);
  const result = await run(requestOptions(url.href, request, connections, DURATION));
  console.log(`${Math.round(result.requests.mean)} req/s`);
  return { scenario, result };
}

function table(headers: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (rightAligned.has(i) ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

function latencyTable(measured: Measured[]): string {
  const baseline = measured.find((m) => m.scenario.baseline) ?? measured[0];
  const base = baseline.result.requests.mean;
  const rows = measured.map(({ scenario, result }) => [
    scenario.name,
    result.requests.mean.toFixed(0),
    ms(result.latency.p50),
    ms(result.latency.p90),
    ms(result.latency.p97_5),
    ms(result.latency.p99),
    String(result.errors),
    String(result.non2xx),
    String(result.requests.total),
    scenario === baseline.scenario ? '1.00 (baseline)' : (result.requests.mean / base).toFixed(2),
  ]);
  return table(
    [
      'route',
      'req/s (mean)',
      'p50',
      'p90',
      'p97.5',
      'p99',
      'errors',
      'non-2xx',
      'requests',
      'vs baseline',
    ],
    rows,
    new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]),
  );
}

function report(measured: Measured[], samples: MemorySample[], network: Measured[] = []) {
  if (measured.length) {
    console.log(
      `\nautocannon, ${CONNECTIONS} connections, ${DURATION}s per route, node ${process.version}\n`,
    );
    console.log(latencyTable(measured));
  }
  if (network.length) {
    console.log(
      `\n${NETWORK_BENCH_NAME}: ${NETWORK_ORGANISATIONS} organisations, autocannon at ${NETWORK_CONNECTIONS} connections, ${DURATION}s per route (the baseline again at ${NETWORK_CONNECTIONS})\n`,
    );
    console.log(latencyTable(network));
  }
  console.log(
    '\nprocess memory (app and the autocannon worker share the process: rss includes both)\n',
  );
  console.log(
    table(
      ['when', 'rss', 'heapUsed (main thread)', 'heapUsed after GC'],
      samples.map((s) => [s.label, mb(s.rss), mb(s.heapUsed), mb(s.heapUsedAfterGc)]),
      new Set([1, 2, 3]),
    ),
  );
  // a scenario that expects an error status (an unknown certificate: 404) is all non-2xx
  const failing = [...measured, ...network].filter(
    (m) => m.result.errors > 0 || (m.result.non2xx > 0 && (m.scenario.expectStatus ?? 200) < 300),
  );
  if (failing.length)
    console.log(
      `\nwarning: errors or non-2xx answers in: ${failing.map((m) => m.scenario.name).join(', ')}`,
    );
}

async function main() {
  const selected = scenarios.filter(
    (s) => !process.env.BENCH_FILTER || s.name.includes(process.env.BENCH_FILTER),
  );
  const rushSelected =
    !process.env.BENCH_FILTER || 'enrolment rush'.includes(process.env.BENCH_FILTER);
  // the certificate bench runs after the HTTP scenarios; the public check is measured after it
  const verifications = verificationScenarios.filter(
    (s) => !process.env.BENCH_FILTER || s.name.includes(process.env.BENCH_FILTER),
  );
  const certificatesSelected =
    verifications.length > 0 ||
    !process.env.BENCH_FILTER ||
    CERTIFICATE_BENCH_NAME.includes(process.env.BENCH_FILTER);
  const newsletterSelected =
    !process.env.BENCH_FILTER || NEWSLETTER_BENCH_NAME.includes(process.env.BENCH_FILTER);
  // the network search runs last on the bench app: its 10,000 organisations are not in the other routes' data
  const searches = networkScenarios.filter(
    (s) => !process.env.BENCH_FILTER || s.name.includes(process.env.BENCH_FILTER),
  );
  const networkSelected =
    searches.length > 0 ||
    !process.env.BENCH_FILTER ||
    NETWORK_BENCH_NAME.includes(process.env.BENCH_FILTER);
  if (networkSelected && searches.length === 0) searches.push(...networkScenarios);
  const reportsSelected =
    !process.env.BENCH_FILTER || REPORTS_BENCH_NAME.includes(process.env.BENCH_FILTER);
  if (
    !reportsSelected &&
    selected.length === 0 &&
    !rushSelected &&
    !certificatesSelected &&
    !newsletterSelected &&
    !networkSelected
  )
    throw new Error(`no scenario matches BENCH_FILTER=${process.env.BENCH_FILTER}`);
  if (scenarios.filter((s) => s.baseline).length !== 1)
    throw new Error('exactly one scenario must be the baseline');

  // a hard stop, whatever happens: warm-up + measurement per scenario, plus a minute
  const limit =
    ((selected.length + verifications.length) * (DURATION + WARMUP + 15) +
      60 +
      (certificatesSelected ? 600 : 0) +
      (reportsSelected ? 3 * (DURATION + WARMUP + 15) + 600 : 0) +
      (networkSelected ? (2 * searches.length + 1) * (DURATION + WARMUP + 15) + 300 : 0)) *
    1000;
  setTimeout(() => {
    console.error(`bench did not finish within ${limit / 1000}s: stopping`);
    process.exit(1);
  }, limit).unref();

  let testApp: TestApp | null = null;
  if (selected.length || certificatesSelected || networkSelected)
    try {
      // as in production: catalogue lists may come from memory for 30 s (cleared at every change)
      testApp = await createTestApp({ env: { CATALOGUE_CACHE_SECONDS: '30' } });
      await testApp.app.listen(0, HOST);
      const { port } = testApp.app.getHttpServer().address() as AddressInfo;
      const ctx: BenchContext = { testApp, baseUrl: `http://${HOST}:${port}` };
      console.log(
        `Platform JEP on ${ctx.baseUrl} (${testApp.config.database.type === 'postgres' ? 'PostgreSQL' : 'SQLite'}, NODE_ENV=${testApp.config.nodeEnv})\n`,
      );

      await prepare(ctx);
      const samples = [memory('before (after boot and data)')];
      const measured: Measured[] = [];
      for (const scenario of selected) measured.push(await measure(ctx, scenario));
      if (certificatesSelected) {
        await certificateBench(ctx);
        samples.push(memory('after the certificate bench'));
        for (const scenario of verifications) measured.push(await measure(ctx, scenario));
      }
      const network: Measured[] = [];
      if (networkSelected) {
        await createNetwork(ctx);
        samples.push(memory('after creating the network'));
        const baseline = scenarios.find((s) => s.baseline)!;
        network.push(await measure(ctx, baseline, NETWORK_CONNECTIONS));
        for (const scenario of searches)
          network.push(await measure(ctx, scenario, NETWORK_CONNECTIONS));
        const uncached = await uncachedInstance(ctx);
        try {
          for (const scenario of searches)
            network.push(
              await measure(
                uncached.ctx,
                { ...scenario, name: `${scenario.name}, no cache` },
                NETWORK_CONNECTIONS,
              ),
            );
        } finally {
          await uncached.close();
        }
      }
      samples.push(memory('after all scenarios'));
      if (measured.length || network.length) report(measured, samples, network);
    } finally {
      await testApp?.close();
    }
  if (reportsSelected) await reportsPart();
  if (rushSelected) await enrolmentRush();
  if (newsletterSelected) await newsletterSend();
}

/** The reports bench (reports-bench.ts): its own seeded app; the baseline again on it. */
async function reportsPart() {
  const measured = await reportsBench((ctx, scenario) =>
    measure(ctx, scenario, REPORTS_CONNECTIONS),
  );
  console.log(
    `\n${REPORTS_BENCH_NAME}: 100,000 enrolments, 300,000 attendance rows, 50,000 responses; autocannon at ${REPORTS_CONNECTIONS} connections, ${DURATION}s per route\n`,
  );
  console.log(latencyTable(measured));
  const failing = measured.filter((m) => m.result.errors > 0 || m.result.non2xx > 0);
  if (failing.length)
    console.log(
      `\nwarning: errors or non-2xx in: ${failing.map((m) => m.scenario.name).join(', ')}`,
    );
}

const NEWSLETTER_BENCH_NAME = 'jepzine send';

/** One JEPzine issue to 10,000 subscribers, beside nodemailer's pool (see newsletter-bench.ts). */
async function newsletterSend() {
  const pg = await postgresUrl();
  const runs: { name: string; env: NodeJS.ProcessEnv }[] = [
    { name: 'SQLite', env: { ...process.env, DATABASE_URL: '' } },
  ];
  if (pg) runs.push({ name: 'PostgreSQL', env: { ...process.env, DATABASE_URL: pg } });
  const rows: NewsletterResult[] = [];
  for (const r of runs) {
    process.stdout.write(`• JEPzine send on ${r.name}… `);
    const child = spawnSync(process.execPath, [join(__dirname, 'newsletter-bench.js')], {
      env: r.env,
      encoding: 'utf8',
      timeout: 600_000,
    });
    const line = child.stdout.split('\n').find((l) => l.startsWith('NEWSLETTER '));
    if (child.status !== 0 || !line) {
      console.log('failed');
      console.error(child.stderr || child.stdout);
      process.exitCode = 1;
      continue;
    }
    const measured = JSON.parse(line.slice(11)) as NewsletterResult[];
    console.log('done');
    rows.push(...measured);
  }
  console.log('\nJEPzine: one issue to 10,000 subscribers through a local SMTP sink\n');
  console.log(
    table(
      [
        'database',
        'sender',
        'messages',
        'time',
        'msg/s',
        'vs baseline',
        'received',
        'unique',
        'peak RSS',
      ],
      rows.map((r) => {
        const baseline = rows.find(
          (b) => b.database === r.database && b.label.includes('baseline'),
        );
        return [
          r.database,
          r.label,
          String(r.messages),
          ms(r.ms),
          r.perSecond.toFixed(0),
          baseline ? `${((r.perSecond / baseline.perSecond) * 100).toFixed(0)} %` : '',
          String(r.received),
          String(r.unique),
          `${r.peakRssMb} MB`,
        ];
      }),
      new Set([2, 3, 4, 5, 6, 7, 8]),
    ),
  );
  const wrong = rows.filter((r) => r.received !== r.messages || r.unique !== r.messages);
  if (wrong.length) {
    console.log(`\nwarning: lost or doubled messages in ${wrong.map((r) => r.label).join(', ')}`);
    process.exitCode = 1;
  }
}

/** Is the local PostgreSQL there (trust authentication, as on the CI machine)? */
async function postgresUrl(): Promise<string | null> {
  const url = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return null;
  }
}

/** The enrolment rush on SQLite and on PostgreSQL, each in its own process (see enrolment-rush.ts). */
async function enrolmentRush() {
  const pg = await postgresUrl();
  const runs: { name: string; env: NodeJS.ProcessEnv }[] = [
    { name: 'SQLite', env: { ...process.env, DATABASE_URL: '' } },
  ];
  if (pg) runs.push({ name: 'PostgreSQL', env: { ...process.env, DATABASE_URL: pg } });
  else console.log('\nPostgreSQL not reachable: the enrolment rush runs on SQLite only.');
  const rows: RushResult[] = [];
  for (const r of runs) {
    process.stdout.write(`• enrolment rush on ${r.name}… `);
    const child = spawnSync(process.execPath, [join(__dirname, 'enrolment-rush.js')], {
      env: r.env,
      encoding: 'utf8',
      timeout: 600_000,
    });
    const line = child.stdout.split('\n').find((l) => l.startsWith('RUSH '));
    if (child.status !== 0 || !line) {
      console.log('failed');
      console.error(child.stderr || child.stdout);
      process.exitCode = 1;
      continue;
    }
    const measured = JSON.parse(line.slice(5)) as RushResult[];
    console.log(`settled in ${Math.round(measured[1].settleMs)} ms`);
    rows.push(...measured);
  }
  console.log('\nenrolment rush (all requests sent at once; settle = until the last answer)\n');
  console.log(
    table(
      ['database', 'burst', 'settle', 'p50', 'p99', 'max', 'errors', 'confirmed', 'waitlisted'],
      rows.map((r) => [
        r.database,
        r.label,
        ms(r.settleMs),
        ms(r.p50),
        ms(r.p99),
        ms(r.max),
        String(r.errors),
        r.confirmed === null ? '' : String(r.confirmed),
        r.waitlisted === null ? '' : String(r.waitlisted),
      ]),
      new Set([2, 3, 4, 5, 6, 7, 8]),
    ),
  );
  const wrong = rows.filter((r) => r.errors > 0);
  if (wrong.length) {
    console.log(`\nwarning: errors in ${wrong.map((r) => `${r.database} ${r.label}`).join(', ')}`);
    process.exitCode = 1;
  }
}

main().then(
  () => process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
