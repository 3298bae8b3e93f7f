/**
 * The reports bench (run.ts, after the other parts): a fresh app (SQLite, or PostgreSQL when
 * DATABASE_URL says so) seeded with bulk multi-row INSERTs — REPORT_USERS professionals over all
 * municipalities and sectors, REPORT_EDITIONS editions of 10 offerings in the last twelve months
 * with 3 meetings each, 50 confirmed enrolments per edition (100,000), an attendance row per
 * enrolment and meeting (300,000), a certificate for every second enrolment, and 50,000
 * evaluation responses (40,000 evaluations and 5,000 pre/post pairs) with 8 Likert answers each
 * (400,000 answers) — then, signed in as staff, GET /beheer/rapportages (the default period: all
 * of it) and GET /beheer/evaluaties/aanbod/:id of the offering with the most responses, measured
 * by run.ts beside the baseline /over from the same app.
 *
 * Env: BENCH_REPORTS_CONNECTIONS (1: the latency of one staff member's page; more for load).
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { SECTORS } from '../../src/accounts/sector';
import { hashPassword } from '../../src/accounts/password-hasher';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { createEdition } from '../utils/enrolment-fixtures';
import { createQuestionnaire } from '../utils/evaluation-fixtures';
import { createTestApp } from '../utils/test-app';
import { BenchContext, Scenario, scenarios, signedInAs } from './scenarios';

export const REPORTS_BENCH_NAME = 'reports /beheer/rapportages';
export const REPORTS_CONNECTIONS = Number(process.env.BENCH_REPORTS_CONNECTIONS ?? 1);

const USERS = 40_000;
const EDITIONS = 2_000;
const OFFERINGS = 10;
const MEETINGS = 3;
const PER_EDITION = 50; // 100,000 enrolments
const EVALUATIONS = 40_000;
const PAIRS = 5_000; // 10,000 pre/post responses
const ITEMS = 8;
const PARAMS = 6_000;
const DAY = 86_400_000;
const HTML = { accept: 'text/html' };

function sqliteTime(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

function insertSql(table: string, columns: string[], rows: unknown[][], postgres: boolean) {
  let n = 0;
  const values = rows
    .map((row) => `(${row.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`)
    .join(', ');
  return {
    sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`,
    params: rows.flat(),
  };
}

/** Rows made by `make(i)` for i in [0, count), inserted in chunks of ~PARAMS parameters, one transaction. */
async function bulk(
  ctx: BenchContext,
  table: string,
  columns: string[],
  count: number,
  make: (i: number) => unknown[][],
) {
  const tx = ctx.testApp.app.get(TransactionRunner);
  const chunk = Math.max(1, Math.floor(PARAMS / columns.length));
  let pending: unknown[][] = [];
  await tx.run(async (m) => {
    for (let i = 0; i < count; i++) {
      pending.push(...make(i));
      if (pending.length >= chunk) {
        const s = insertSql(table, columns, pending, tx.isPostgres);
        await m.query(s.sql, s.params);
        pending = [];
      }
    }
    if (pending.length) {
      const s = insertSql(table, columns, pending, tx.isPostgres);
      await m.query(s.sql, s.params);
    }
  });
}

async function maxId(ctx: BenchContext, table: string): Promise<number> {
  const [{ max }] = await ctx.testApp.dataSource.query<{ max: unknown }[]>(
    `SELECT MAX(id) AS max FROM ${table}`,
  );
  return Number(max ?? 0);
}

export async function seed(ctx: BenchContext): Promise<{ offeringId: number }> {
  const started = performance.now();
  const ds = ctx.testApp.dataSource;
  const postgres = ctx.testApp.app.get(TransactionRunner).isPostgres;
  const time = (d: Date) => (postgres ? d : sqliteTime(d));
  const now = Date.now();
  process.stdout.write(
    `\nSeeding ${USERS} users, ${EDITIONS} editions, ${EDITIONS * PER_EDITION} enrolments, ${EDITIONS * PER_EDITION * MEETINGS} attendance rows, ${EVALUATIONS + 2 * PAIRS} responses… `,
  );
  const municipalities = (
    await ds.query<{ code: string }[]>('SELECT code FROM municipalities ORDER BY code')
  ).map((m) => m.code);
  // offerings (and a first edition each) through the fixture; the rest in bulk
  const offerings: { id: number }[] = [];
  for (let i = 0; i < OFFERINGS; i++) offerings.push((await createEdition(ds)).offering);
  const evaluation = await createQuestionnaire(ds, {
    kind: 'evaluation',
    items: Array.from({ length: ITEMS }, (_, k) => ({
      type: 'likert' as const,
      text: `Stelling ${k + 1}`,
      scalePoints: k === ITEMS - 1 ? 7 : 5,
    })),
  });
  const prepost = await createQuestionnaire(ds, {
    kind: 'prepost',
    items: Array.from({ length: ITEMS }, (_, k) => ({
      type: 'likert' as const,
      text: `Ik weet ${k + 1}`,
    })),
  });
  await ds.query(
    `INSERT INTO offering_questionnaires (offering_id, kind, questionnaire_id) VALUES ${offerings
      .flatMap((o) => [
        `(${o.id}, 'evaluation', ${evaluation.questionnaire.id})`,
        `(${o.id}, 'prepost', ${prepost.questionnaire.id})`,
      ])
      .join(', ')}`,
  );

  const hash = await hashPassword('bench wachtwoord voor iedereen');
  const firstUser = (await maxId(ctx, 'users')) + 1;
  await bulk(
    ctx,
    'users',
    [
      'id',
      'email',
      'name',
      'password_hash',
      'role',
      'organisation',
      'job_title',
      'sector',
      'municipality_code',
      'locale',
      'email_verified_at',
      'created_at',
      'updated_at',
    ],
    USERS,
    (i) => [
      [
        firstUser + i,
        `bench-${i}@example.nl`,
        `Professional ${i}`,
        hash,
        'professional',
        'Organisatie',
        'Jongerenwerker',
        SECTORS[i % SECTORS.length],
        municipalities[(i * 7) % municipalities.length],
        'nl',
        time(new Date(now - 400 * DAY)),
        time(new Date(now - 400 * DAY)),
        time(new Date(now - 400 * DAY)),
      ],
    ],
  );

  const firstEdition = (await maxId(ctx, 'editions')) + 1;
  const startOf = (e: number) => new Date(now - (5 + ((e * 7) % 355)) * DAY);
  await bulk(
    ctx,
    'editions',
    [
      'id',
      'offering_id',
      'title',
      'capacity',
      'seats_taken',
      'registration_opens_at',
      'registration_closes_at',
      'region_code',
      'notes',
      'status',
      'starts_at',
      'ends_at',
      'created_at',
      'updated_at',
    ],
    EDITIONS,
    (e) => {
      const start = startOf(e);
      return [
        [
          firstEdition + e,
          offerings[e % OFFERINGS].id,
          `Groep ${e}`,
          60,
          PER_EDITION,
          time(new Date(start.getTime() - 60 * DAY)),
          time(new Date(start.getTime() - 2 * DAY)),
          'PV26',
          '',
          e % 10 === 0 ? 'published' : 'completed',
          time(start),
          time(new Date(start.getTime() + 14 * DAY + 3 * 3_600_000)),
          time(new Date(start.getTime() - 90 * DAY)),
          time(new Date(start.getTime() - 90 * DAY)),
        ],
      ];
    },
  );
  const firstMeeting = (await maxId(ctx, 'meetings')) + 1;
  await bulk(
    ctx,
    'meetings',
    [
      'id',
      'edition_id',
      'starts_at',
      'ends_at',
      'online_url',
      'sequence',
      'created_at',
      'updated_at',
    ],
    EDITIONS,
    (e) =>
      Array.from({ length: MEETINGS }, (_, k) => {
        const start = new Date(startOf(e).getTime() + k * 7 * DAY);
        return [
          firstMeeting + e * MEETINGS + k,
          firstEdition + e,
          time(start),
          time(new Date(start.getTime() + 3 * 3_600_000)),
          'https://meet.example.nl/bench',
          0,
          time(new Date(now - 400 * DAY)),
          time(new Date(now - 400 * DAY)),
        ];
      }),
  );
  const firstEnrolment = (await maxId(ctx, 'enrolments')) + 1;
  const enrolmentId = (e: number, k: number) => firstEnrolment + e * PER_EDITION + k;
  await bulk(
    ctx,
    'enrolments',
    [
      'id',
      'edition_id',
      'user_id',
      'status',
      'status_changed_at',
      'completion',
      'calendar_sequence',
      'created_at',
      'updated_at',
    ],
    EDITIONS,
    (e) =>
      Array.from({ length: PER_EDITION }, (_, k) => [
        enrolmentId(e, k),
        firstEdition + e,
        firstUser + ((e * PER_EDITION + k * 797) % USERS),
        'confirmed',
        time(startOf(e)),
        k % 10 === 9 ? 'not_completed' : 'completed',
        0,
        time(startOf(e)),
        time(startOf(e)),
      ]),
  );
  await bulk(
    ctx,
    'attendance',
    ['enrolment_id', 'meeting_id', 'status', 'marked_at'],
    EDITIONS,
    (e) =>
      Array.from({ length: PER_EDITION * MEETINGS }, (_, j) => {
        const k = Math.floor(j / MEETINGS);
        const m = j % MEETINGS;
        const status = (k + m) % 13 === 0 ? 'absent' : (k + m) % 17 === 0 ? 'excused' : 'present';
        return [enrolmentId(e, k), firstMeeting + e * MEETINGS + m, status, time(startOf(e))];
      }),
  );
  await bulk(
    ctx,
    'certificates',
    [
      'code',
      'enrolment_id',
      'user_id',
      'edition_id',
      'holder_name',
      'offering_title',
      'edition_title',
      'starts_on',
      'ends_on',
      'study_load_hours',
      'skj_points',
      'issued_at',
      'created_at',
    ],
    EDITIONS,
    (e) =>
      Array.from({ length: PER_EDITION / 2 }, (_, h) => {
        const k = h * 2;
        const issued = new Date(startOf(e).getTime() + 15 * DAY);
        return [
          `BENCH-${e}-${k}`,
          enrolmentId(e, k),
          firstUser + ((e * PER_EDITION + k * 797) % USERS),
          firstEdition + e,
          `Professional`,
          'Omgaan met Extreme Idealen',
          `Groep ${e}`,
          startOf(e).toISOString().slice(0, 10),
          issued.toISOString().slice(0, 10),
          12,
          8,
          time(issued),
          time(issued),
        ];
      }),
  );

  // responses: 20 evaluations and 2.5 pairs per edition, answers 8 per response
  const firstResponse = (await maxId(ctx, 'evaluation_responses')) + 1;
  const total = EVALUATIONS + 2 * PAIRS;
  const responseOf = (r: number) => {
    const e = r % EDITIONS;
    const isPair = r >= EVALUATIONS;
    const p = r - EVALUATIONS;
    const submitted = new Date(startOf(e).getTime() + (isPair && p % 2 === 0 ? -2 : 15) * DAY);
    return {
      e,
      moment: !isPair ? 'evaluation' : p % 2 === 0 ? 'pre' : 'post',
      pairKey: isPair ? `bench-pair-${Math.floor(p / 2)}` : null,
      questionnaire: isPair ? prepost : evaluation,
      submittedOn: submitted.toISOString().slice(0, 10),
    };
  };
  await bulk(
    ctx,
    'evaluation_responses',
    [
      'id',
      'questionnaire_id',
      'questionnaire_version',
      'edition_id',
      'offering_id',
      'moment',
      'pair_key',
      'submitted_on',
    ],
    total,
    (r) => {
      const x = responseOf(r);
      // pairs: the pre and the post of one pair in the same edition
      const e = r >= EVALUATIONS ? Math.floor((r - EVALUATIONS) / 2) % EDITIONS : x.e;
      return [
        [
          firstResponse + r,
          x.questionnaire.questionnaire.id,
          1,
          firstEdition + e,
          offerings[e % OFFERINGS].id,
          x.moment,
          x.pairKey,
          x.submittedOn,
        ],
      ];
    },
  );
  await bulk(ctx, 'evaluation_answers', ['response_id', 'item_id', 'value_number'], total, (r) => {
    const x = responseOf(r);
    return x.questionnaire.items.map((item, k) => {
      const points = item.scalePoints ?? 5;
      const lift = x.moment === 'post' ? 1 : 0;
      return [
        firstResponse + r,
        item.id,
        Math.min(points, 1 + ((r * 3 + k * 5) % (points - 1)) + lift),
      ];
    });
  });
  if (postgres) {
    for (const table of ['users', 'editions', 'meetings', 'enrolments', 'evaluation_responses'])
      await ds.query(
        `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${table}))`,
      );
    await ds.query('ANALYZE');
  }
  const [{ offering }] = await ds.query<{ offering: unknown }[]>(
    `SELECT offering_id AS offering FROM evaluation_responses GROUP BY offering_id ORDER BY COUNT(*) DESC, offering_id LIMIT 1`,
  );
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { offeringId: Number(offering) };
}

/**
 * Seeds its own app and measures the baseline, the dashboard and the offering report with
 * `measure` (run.ts's, at REPORTS_CONNECTIONS connections). Closes the app afterwards.
 */
export async function reportsBench<M>(
  measure: (ctx: BenchContext, scenario: Scenario) => Promise<M>,
): Promise<M[]> {
  const testApp = await createTestApp({ env: { CATALOGUE_CACHE_SECONDS: '30' } });
  try {
    await testApp.app.listen(0, '127.0.0.1');
    const { port } = testApp.app.getHttpServer().address() as AddressInfo;
    const ctx: BenchContext = { testApp, baseUrl: `http://127.0.0.1:${port}` };
    const staff = await signedInAs(ctx, 'staff');
    const { offeringId } = await seed(ctx);
    const baseline = scenarios.find((s) => s.baseline)!;
    const measured: M[] = [await measure(ctx, baseline)];
    measured.push(
      await measure(ctx, {
        name: 'reports /beheer/rapportages (last 12 months: 100,000 enrolments)',
        path: '/beheer/rapportages',
        headers: { ...HTML, ...staff.headers },
      }),
    );
    measured.push(
      await measure(ctx, {
        name: `reports /beheer/evaluaties/aanbod/${offeringId} (the offering with the most responses)`,
        path: `/beheer/evaluaties/aanbod/${offeringId}`,
        headers: { ...HTML, ...staff.headers },
      }),
    );
    return measured;
  } finally {
    await testApp.close();
  }
}
