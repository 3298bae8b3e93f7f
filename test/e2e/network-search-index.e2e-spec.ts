import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DataSource, TableColumn } from 'typeorm';
import { ensureNetworkSearchIndex, NETWORK_SEARCH_TRIGGERS } from '../../migrations/network-search';
import { ListingService } from '../../src/network/listing.service';
import { NetworkSearchService } from '../../src/network/network-search.service';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { searchTerms } from '../../src/network/search-query';
import type { NetworkSearchParams } from '../../src/network/search-query';
import { createListing } from '../utils/network-fixtures';
import { createTestApp, TestApp } from '../utils/test-app';

function params(query: string): NetworkSearchParams {
  return {
    query,
    terms: searchTerms(query),
    type: null,
    expertise: [],
    province: null,
    municipality: null,
    sort: 'name',
    page: 1,
  };
}

async function triggers(ds: DataSource): Promise<string[]> {
  const rows = await ds.query<{ name: string }[]>(
    `SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'network_organisations' ORDER BY name`,
  );
  return rows.map((r) => r.name);
}

/** FTS5's own check that the index holds exactly the table's documents (throws when not). */
async function assertIndexMatchesTable(ds: DataSource): Promise<void> {
  await ds.query(`INSERT INTO network_search(network_search, rank) VALUES ('integrity-check', 1)`);
}

async function dropTriggers(ds: DataSource): Promise<void> {
  for (const name of NETWORK_SEARCH_TRIGGERS) await ds.query(`DROP TRIGGER ${name}`);
}

async function ensureIndex(ds: DataSource): Promise<void> {
  const qr = ds.createQueryRunner();
  try {
    await ensureNetworkSearchIndex(qr);
  } finally {
    await qr.release();
  }
}

/**
 * The full-text index survives what migrations do to its table. On SQLite it is an FTS5 table
 * kept in sync by triggers, and TypeORM rebuilds a table (dropping its triggers) for some column
 * changes: every such migration must end with ensureNetworkSearchIndex. On PostgreSQL the
 * search must use the GIN index.
 */
describe('network search index', () => {
  let t: TestApp;
  let search: NetworkSearchService;
  const postgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;
  const names = async (query: string) =>
    (await search.search(params(query))).results.map((r) => r.name).sort();

  before(async () => {
    t = await createTestApp();
    search = t.app.get(NetworkSearchService);
  });
  after(() => t.close());

  it('publishing, changing and deleting a listing shows in the search at once', async () => {
    const ds = t.dataSource;
    const listings = new ListingService();
    const org = await createListing(ds, {
      name: 'Jongerenwerk Kompas',
      description: 'Straatwerk.',
      municipalities: ['GM1900'],
    });
    assert.deepEqual(await names('kompas'), ['Jongerenwerk Kompas']);
    assert.deepEqual(await names('sudwest'), ['Jongerenwerk Kompas']);
    await ds.transaction(async (m) => {
      const content = await listings.contentOf(m, org);
      await listings.publish(
        m,
        { ...content, name: 'Jongerenwerk Windroos', municipalities: ['GM0344'] },
        { organisation: org },
      );
    });
    assert.deepEqual(await names('kompas'), []);
    assert.deepEqual(await names('sudwest'), []);
    assert.deepEqual(await names('windroos utrecht'), ['Jongerenwerk Windroos']);
    await ds.getRepository(NetworkOrganisation).delete(org.id);
    assert.deepEqual(await names('windroos'), []);
    if (!postgres) await assertIndexMatchesTable(ds);
  });

  it('SQLite: after all migrations the three triggers exist', { skip: postgres }, async () => {
    assert.deepEqual(await triggers(t.dataSource), [...NETWORK_SEARCH_TRIGGERS].sort());
    await assertIndexMatchesTable(t.dataSource);
  });

  it(
    'SQLite: ensureNetworkSearchIndex restores dropped triggers and catches up on what changed meanwhile',
    { skip: postgres },
    async () => {
      const ds = t.dataSource;
      const kept = await createListing(ds, {
        name: 'Jongerenwerk Vuurtoren',
        description: 'Werk.',
      });
      const renamed = await createListing(ds, {
        name: 'Jongerenwerk Zandloper',
        description: 'Werk.',
      });
      const removed = await createListing(ds, {
        name: 'Jongerenwerk Zeilboot',
        description: 'Werk.',
      });

      // what a later migration that rebuilds network_organisations does to its triggers
      await dropTriggers(ds);
      assert.deepEqual(await triggers(ds), []);
      // changes while the triggers are missing: the index does not see them
      await createListing(ds, { name: 'Jongerenwerk Ankerplaats', description: 'Werk.' });
      await ds.transaction(async (m) => {
        const listings = new ListingService();
        const content = await listings.contentOf(m, renamed);
        await listings.publish(
          m,
          { ...content, name: 'Jongerenwerk Getijde' },
          { organisation: renamed },
        );
      });
      await ds.getRepository(NetworkOrganisation).delete(removed.id);
      assert.deepEqual(await names('ankerplaats'), [], 'a new row is not in the index');
      assert.deepEqual(await names('getijde'), [], 'a changed row is not in the index');
      await assert.rejects(assertIndexMatchesTable(ds), 'the index no longer matches the table');

      await ensureIndex(ds);
      assert.deepEqual(await triggers(ds), [...NETWORK_SEARCH_TRIGGERS].sort());
      await assertIndexMatchesTable(ds);
      assert.deepEqual(await names('ankerplaats'), ['Jongerenwerk Ankerplaats']);
      assert.deepEqual(await names('getijde'), ['Jongerenwerk Getijde']);
      assert.deepEqual(await names('zandloper'), []);
      assert.deepEqual(await names('zeilboot'), []);
      assert.deepEqual(await names('vuurtoren'), [kept.name]);
      // and the triggers work again
      await createListing(ds, { name: 'Jongerenwerk Kaap', description: 'Werk.' });
      assert.deepEqual(await names('kaap'), ['Jongerenwerk Kaap']);
      // running it again is harmless
      await ensureIndex(ds);
      assert.deepEqual(await names('kaap'), ['Jongerenwerk Kaap']);
      await assertIndexMatchesTable(ds);
    },
  );

  it(
    'SQLite: a real TypeORM table rebuild drops the triggers; ensureNetworkSearchIndex brings them back',
    { skip: postgres },
    async () => {
      const ds = t.dataSource;
      await createListing(ds, { name: 'Jongerenwerk Horizon', description: 'Werk.' });
      const qr = ds.createQueryRunner();
      try {
        // widening a column: TypeORM recreates the table on SQLite (copy, drop, rename)
        const table = await qr.getTable('network_organisations');
        const summary = table!.findColumnByName('summary')!;
        await qr.changeColumn(
          'network_organisations',
          summary,
          new TableColumn({ ...summary, length: '400' }),
        );
        assert.deepEqual(await triggers(ds), [], 'the rebuild dropped the triggers (the hazard)');
        await ensureNetworkSearchIndex(qr);
      } finally {
        await qr.release();
      }
      assert.deepEqual(await triggers(ds), [...NETWORK_SEARCH_TRIGGERS].sort());
      await assertIndexMatchesTable(ds);
      assert.deepEqual(await names('horizon'), ['Jongerenwerk Horizon']);
      await createListing(ds, { name: 'Jongerenwerk Dageraad', description: 'Werk.' });
      assert.deepEqual(await names('dageraad'), ['Jongerenwerk Dageraad']);
    },
  );

  it('SQLite: the searches use the full-text index', { skip: postgres }, async () => {
    const statements = (await capturedSearchStatements(t.dataSource, search)).filter((s) =>
      s.sql.includes('MATCH'),
    );
    assert.ok(statements.length >= 2, 'the facets and the page both search the words');
    for (const { sql, values } of statements) {
      const plan = await t.dataSource.query<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN ${sql}`,
        values,
      );
      assert.match(
        plan.map((p) => p.detail).join('\n'),
        /network_search VIRTUAL TABLE INDEX \d+:M/,
      );
    }
  });

  it(
    'PostgreSQL: the GIN index exists and every search statement with words uses it',
    { skip: !postgres },
    async () => {
      const ds = t.dataSource;
      const [index] = await ds.query<{ indexdef: string }[]>(
        `SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_network_organisations_search'`,
      );
      assert.ok(index, 'the index exists');
      assert.match(
        index.indexdef,
        /USING gin \(to_tsvector\('simple'::regconfig, search_document\)\)/,
      );
      // a directory of some size (3,000 rows in one statement), so the planner weighs the index
      await ds.query(
        `INSERT INTO network_organisations
         (slug, name, type, summary, description, member_since, status, search_document, confirmed_at)
       SELECT 'reeks-' || g, 'Onderwijs Reeks ' || g, 'onderwijs', 'Les.', 'Les.', '2024-01-01',
              'published', 'onderwijs reeks ' || g || ' les onderwijs education', now()
         FROM generate_series(1, 3000) AS g`,
      );
      await ds.query('ANALYZE network_organisations');
      const statements = (await capturedSearchStatements(ds, search)).filter((s) =>
        s.sql.includes('to_tsquery'),
      );
      assert.ok(statements.length >= 2, 'the facets and the page both search the words');
      const qr = ds.createQueryRunner();
      try {
        // on a small table a sequential scan is cheaper: forbid it to see that the index can be used
        await qr.query('SET enable_seqscan = off');
        for (const { sql, values } of statements) {
          const plan = (await qr.query(`EXPLAIN ${sql}`, values)) as { 'QUERY PLAN': string }[];
          assert.match(
            plan.map((p) => p['QUERY PLAN']).join('\n'),
            /Bitmap Index Scan on ix_network_organisations_search/,
            sql,
          );
        }
      } finally {
        await qr.query('RESET enable_seqscan');
        await qr.release();
      }
    },
  );
});

/** The statements NetworkSearchService sends for a search with words and a filter. */
async function capturedSearchStatements(ds: DataSource, search: NetworkSearchService) {
  const statements: { sql: string; values: unknown[] }[] = [];
  const original = ds.query.bind(ds);
  ds.query = (async (sql: string, values?: unknown[]) => {
    statements.push({ sql, values: values ?? [] });
    return original(sql, values);
  }) as DataSource['query'];
  try {
    await search.search({ ...params('jongerenwerk reeks'), type: 'onderwijs' });
  } finally {
    ds.query = original;
  }
  return statements;
}
