/**
 * The network search on the bench app (run.ts, after the other HTTP scenarios): ORGANISATIONS
 * published organisations with 3 contacts and 4 expertise tags each, spread over all
 * municipalities, written with plain multi-row INSERTs (the FTS5 triggers fill the index on
 * SQLite; PostgreSQL gets ANALYZE afterwards, as its autovacuum would), then `/netwerk` with and
 * without a query and filters, measured by run.ts at NETWORK_CONNECTIONS connections beside the
 * baseline route at the same number of connections: on the bench app (searches remembered for
 * CATALOGUE_CACHE_SECONDS, as in production: a repeated search comes from memory) and on a
 * second instance on the same database without that memory (every request searches the
 * database and computes the facets: what a search nobody made before costs).
 *
 * Env: BENCH_NETWORK_ORGANISATIONS (10000), BENCH_NETWORK_CONNECTIONS (20).
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { translate } from '../../src/common/i18n/i18n';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { searchDocument } from '../../src/network/search-document';
import { EXPERTISE, ORGANISATION_TYPES } from '../../src/network/vocabulary';
import { createTestApp } from '../utils/test-app';
import type { BenchContext, Scenario } from './scenarios';

export const NETWORK_ORGANISATIONS = Number(process.env.BENCH_NETWORK_ORGANISATIONS ?? 10_000);
export const NETWORK_CONNECTIONS = Number(process.env.BENCH_NETWORK_CONNECTIONS ?? 20);
/** The name BENCH_FILTER is matched against (as run.ts does for the other parts). */
export const NETWORK_BENCH_NAME = 'network search /netwerk';

const CONTACTS = 3;
const TAGS = 4;
/** Organisations per INSERT: about 6,000 bound parameters, well under SQLite's limit. */
const CHUNK = 400;
const DAY = 86_400_000;
const HTML = { accept: 'text/html' };

/** The measured searches (names start with NETWORK_BENCH_NAME's first word for BENCH_FILTER). */
export const networkScenarios: Scenario[] = [
  {
    name: `network /netwerk (no query: ${NETWORK_ORGANISATIONS} by name, all facets)`,
    path: '/netwerk',
    headers: HTML,
  },
  {
    name: 'network /netwerk?q=jongeren (prefix, many hits)',
    path: '/netwerk?q=jongeren',
    headers: HTML,
  },
  {
    name: 'network /netwerk?q=jongerenwerk+fryslan (two terms, diacritics)',
    path: '/netwerk?q=jongerenwerk+fryslan',
    headers: HTML,
  },
  {
    name: 'network /netwerk?q=radicalisering + type, province, expertise',
    path: '/netwerk?q=radicalisering&type=jongerenwerk&expertise=online-radicalisering&provincie=PV21',
    headers: HTML,
  },
  {
    name: 'network /netwerk?type=onderwijs&expertise=polarisatie&provincie=PV27 (filters only)',
    path: '/netwerk?type=onderwijs&expertise=polarisatie&provincie=PV27',
    headers: HTML,
  },
  {
    name: 'network /netwerk?q=jongeren&pagina=40 (a deep page)',
    path: '/netwerk?q=jongeren&pagina=40',
    headers: HTML,
  },
];

/**
 * A second instance of the app on the bench app's database with the memory of searches off:
 * every request runs the search. `close` stops it (the database stays, it is the bench app's).
 */
export async function uncachedInstance(
  ctx: BenchContext,
): Promise<{ ctx: BenchContext; close: () => Promise<void> }> {
  const testApp = await createTestApp({
    shareDatabaseOf: ctx.testApp,
    env: { CATALOGUE_CACHE_SECONDS: '0' },
  });
  await testApp.app.listen(0, '127.0.0.1');
  const { port } = testApp.app.getHttpServer().address() as AddressInfo;
  return {
    ctx: { testApp, baseUrl: `http://127.0.0.1:${port}` },
    close: () => testApp.close(),
  };
}

const NAMES: Record<string, string[]> = {
  jongerenwerk: ['Jongerenwerk', 'Stichting Jeugdwerk', 'Jongerencentrum De Schakel'],
  onderwijs: ['Openbare Scholengroep', 'Regionaal Opleidingscentrum', 'Christelijk Lyceum'],
  gemeente: ['Gemeente', 'Veiligheidshuis', 'Team Openbare Orde'],
  'zorg-en-welzijn': ['Welzijn', 'GGD', 'Maatschappelijk Werk'],
  politie: ['Politie wijkteam', 'Politie basisteam', 'Politie jeugdteam'],
  sleutelfiguren: ['Sleutelfigurennetwerk', 'Netwerk Vrouwen Verbinden', 'Moskeeraad'],
  kennisinstituut: ['Kenniscentrum Polarisatie', 'Lectoraat Weerbaarheid', 'Onderzoeksbureau'],
  overig: ['Buurtbemiddeling', 'Stichting Dialoog', 'Vereniging Samen'],
};

const DESCRIPTIONS = [
  (place: string) =>
    `## Wat wij doen\n\nWij werken met jongeren van 12 tot 23 jaar in ${place} en omgeving. We signaleren spanningen vroeg, gaan het gesprek aan en verwijzen door waar dat nodig is.\n\n- training voor professionals\n- gesprekken met ouders`,
  (place: string) =>
    `## Aanpak\n\nIn ${place} ondersteunen wij professionals bij vragen over polarisatie, complotdenken en spanningen tussen groepen. Wij adviseren, trainen en denken mee over casussen.`,
  (place: string) =>
    `## Over ons\n\nEen netwerk van betrokken inwoners van ${place}: we bouwen bruggen tussen gemeenschappen, organiseren dialoogavonden en zijn een aanspreekpunt bij incidenten.`,
];

const STREETS = ['Dorpsstraat', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Stationsplein'];

function sqliteTime(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '');
}

/** A multi-row INSERT of `rows` (arrays in the order of `columns`) in the database's notation. */
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

/**
 * ORGANISATIONS published listings as ListingService would write them (search document made by
 * the same function, derived provinces included), in chunks of CHUNK per statement.
 */
export async function createNetwork(ctx: BenchContext): Promise<void> {
  const started = performance.now();
  const ds = ctx.testApp.dataSource;
  const tx = ctx.testApp.app.get(TransactionRunner);
  const postgres = tx.isPostgres;
  process.stdout.write(
    `\nCreating ${NETWORK_ORGANISATIONS} organisations (${CONTACTS} contacts, ${TAGS} tags each)… `,
  );
  const municipalities = await ds.query<{ code: string; name: string; province_code: string }[]>(
    'SELECT code, name, province_code FROM municipalities ORDER BY code',
  );
  const provinces = new Map(
    (await ds.query<{ code: string; name: string }[]>('SELECT code, name FROM provinces')).map(
      (p) => [p.code, p.name],
    ),
  );
  const [{ max }] = await ds.query<{ max: unknown }[]>(
    'SELECT MAX(id) AS max FROM network_organisations',
  );
  const firstId = Number(max ?? 0) + 1;
  const now = Date.now();
  const time = (d: Date) => (postgres ? d : sqliteTime(d));
  const label = (key: string) => (['nl', 'en'] as const).map((locale) => translate(locale, key));

  for (let start = 0; start < NETWORK_ORGANISATIONS; start += CHUNK) {
    const organisations: unknown[][] = [];
    const expertise: unknown[][] = [];
    const provinceRows: unknown[][] = [];
    const municipalityRows: unknown[][] = [];
    const contacts: unknown[][] = [];
    for (let i = start; i < Math.min(start + CHUNK, NETWORK_ORGANISATIONS); i++) {
      const id = firstId + i;
      const type = ORGANISATION_TYPES[i % ORGANISATION_TYPES.length];
      const home = municipalities[(i * 7) % municipalities.length];
      const places = [home];
      // every third also works in a neighbouring municipality of the same province
      if (i % 3 === 0) {
        const other = municipalities.find(
          (m, k) => k > (i * 7) % municipalities.length && m.province_code === home.province_code,
        );
        if (other) places.push(other);
      }
      const whole = i % 10 === 0 ? [home.province_code] : [];
      const provinceCodes = [...new Set([...whole, ...places.map((m) => m.province_code)])];
      const tags = Array.from({ length: TAGS }, (_, k) => EXPERTISE[(i * 5 + k * 3) % 12]);
      const name = `${NAMES[type][i % 3]} ${home.name} ${Math.floor(i / municipalities.length) + 1}`;
      const summary = `${NAMES[type][i % 3]} in ${home.name}: preventie van polarisatie en radicalisering, samen met scholen en ouders.`;
      const description = DESCRIPTIONS[i % DESCRIPTIONS.length](home.name);
      organisations.push([
        id,
        `bench-${id}`,
        name,
        type,
        summary,
        description,
        `${STREETS[i % STREETS.length]} ${(i % 120) + 1}`,
        `${1000 + (i % 8999)} AB`,
        home.name,
        `https://bench-${id}.example.nl`,
        `info@bench-${id}.example.nl`,
        '030 123 4567',
        '2024-01-15',
        i % 97 === 0 ? 'archived' : 'published',
        searchDocument({
          name,
          summary,
          description,
          city: home.name,
          labels: [
            ...label(`network.type.${type}`),
            ...tags.flatMap((t) => label(`network.expertise.${t}`)),
          ],
          places: [
            ...places.map((m) => m.name),
            ...provinceCodes.map((c) => provinces.get(c) ?? ''),
          ],
        }),
        time(new Date(now - (i % 500) * DAY)),
      ]);
      for (const t of tags) expertise.push([id, t]);
      for (const code of provinceCodes) provinceRows.push([id, code, whole.includes(code)]);
      for (const m of places) municipalityRows.push([id, m.code]);
      for (let k = 0; k < CONTACTS; k++)
        contacts.push([
          id,
          `Contactpersoon ${k + 1} van ${id}`,
          ['Coördinator', 'Jongerenwerker', 'Beleidsmedewerker'][k],
          `contact${k + 1}@bench-${id}.example.nl`,
          '06 1234 5678',
          ['public', 'members', 'staff'][k],
          k,
        ]);
    }
    const statements = [
      insertSql(
        'network_organisations',
        [
          'id',
          'slug',
          'name',
          'type',
          'summary',
          'description',
          'address',
          'postcode',
          'city',
          'website',
          'public_email',
          'public_phone',
          'member_since',
          'status',
          'search_document',
          'confirmed_at',
        ],
        organisations,
        postgres,
      ),
      insertSql(
        'network_organisation_expertise',
        ['organisation_id', 'expertise'],
        expertise,
        postgres,
      ),
      insertSql(
        'network_organisation_provinces',
        ['organisation_id', 'province_code', 'whole'],
        provinceRows.map(([id, code, whole]) => [id, code, postgres ? whole : whole ? 1 : 0]),
        postgres,
      ),
      insertSql(
        'network_organisation_municipalities',
        ['organisation_id', 'municipality_code'],
        municipalityRows,
        postgres,
      ),
      insertSql(
        'network_contacts',
        ['organisation_id', 'name', 'job_title', 'email', 'phone', 'visibility', 'position'],
        contacts,
        postgres,
      ),
    ];
    await tx.run(async (m) => {
      for (const s of statements) await m.query(s.sql, s.params);
    });
  }
  if (postgres) {
    // explicit ids: the sequence goes on after them, as if the app had inserted the rows
    await ds.query(
      `SELECT setval(pg_get_serial_sequence('network_organisations', 'id'), (SELECT MAX(id) FROM network_organisations))`,
    );
    await ds.query('ANALYZE');
  }
  const [{ indexed }] = await ds.query<{ indexed: unknown }[]>(
    postgres
      ? `SELECT COUNT(*) AS indexed FROM network_organisations WHERE to_tsvector('simple', search_document) @@ to_tsquery('simple', 'jongeren:*')`
      : `SELECT COUNT(*) AS indexed FROM network_search WHERE network_search MATCH '"jongeren"*'`,
  );
  console.log(
    `done in ${((performance.now() - started) / 1000).toFixed(1)} s (${Number(indexed)} match "jongeren")`,
  );
}
