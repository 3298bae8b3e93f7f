import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../../src/config/app-config';
import { isPostgresUrl } from '../../src/config/app-config';

export interface TestDatabase {
  database: AppConfig['database'];
  drop(): Promise<void>;
}

/**
 * A fresh database for one suite: a temporary SQLite file, or — when DATABASE_URL points to
 * PostgreSQL — a new database created next to it and dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (isPostgresUrl(url)) {
    const name = `jep_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const dbUrl = new URL(url!);
    dbUrl.pathname = `/${name}`;
    return {
      database: { type: 'postgres', url: dbUrl.toString() },
      async drop() {
        const c = new Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'jep-test-'));
  return {
    database: { type: 'sqlite', path: join(dir, 'test.sqlite') },
    drop() {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}
