import { QueryRunner } from 'typeorm';
import { isPostgres } from './schema-helpers';

/**
 * The directory's full-text index, made so that it can be made again.
 *
 * SQLite: the FTS5 table `network_search` over `network_organisations.search_document`
 * (external content; unicode61 with diacritics removed), kept in sync by three triggers, then
 * rebuilt from the table. TypeORM rebuilds a SQLite table for some column changes and drops its
 * triggers on the way: EVERY later migration that changes `network_organisations` must end with
 * `await ensureNetworkSearchIndex(qr)` (test/e2e/network-search-index.e2e-spec.ts fails otherwise).
 *
 * PostgreSQL: a GIN index on `to_tsvector('simple', search_document)` (the document is folded
 * by the application, so the simple configuration is enough).
 */
export async function ensureNetworkSearchIndex(qr: QueryRunner): Promise<void> {
  if (isPostgres(qr)) {
    await qr.query(
      `CREATE INDEX IF NOT EXISTS ix_network_organisations_search ON network_organisations
         USING GIN (to_tsvector('simple', search_document))`,
    );
    return;
  }
  await qr.query(
    `CREATE VIRTUAL TABLE IF NOT EXISTS network_search USING fts5(
       search_document, content='network_organisations', content_rowid='id',
       tokenize='unicode61 remove_diacritics 2')`,
  );
  await qr.query(
    `CREATE TRIGGER IF NOT EXISTS network_search_insert AFTER INSERT ON network_organisations BEGIN
       INSERT INTO network_search(rowid, search_document) VALUES (new.id, new.search_document);
     END`,
  );
  await qr.query(
    `CREATE TRIGGER IF NOT EXISTS network_search_delete AFTER DELETE ON network_organisations BEGIN
       INSERT INTO network_search(network_search, rowid, search_document)
         VALUES ('delete', old.id, old.search_document);
     END`,
  );
  await qr.query(
    `CREATE TRIGGER IF NOT EXISTS network_search_update AFTER UPDATE ON network_organisations BEGIN
       INSERT INTO network_search(network_search, rowid, search_document)
         VALUES ('delete', old.id, old.search_document);
       INSERT INTO network_search(rowid, search_document) VALUES (new.id, new.search_document);
     END`,
  );
  await qr.query(`INSERT INTO network_search(network_search) VALUES ('rebuild')`);
}

/** The SQLite triggers that keep `network_search` in sync (for the guard test). */
export const NETWORK_SEARCH_TRIGGERS = [
  'network_search_insert',
  'network_search_delete',
  'network_search_update',
];
