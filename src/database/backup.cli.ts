import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';

/**
 * `npm run backup`: a consistent snapshot of the SQLite database through SQLite's online backup
 * API, safe while the application runs (WAL mode). On PostgreSQL use pg_dump.
 */
async function main() {
  const config = loadConfig();
  if (config.database.type !== 'sqlite') {
    console.error('DATABASE_URL points to PostgreSQL: use pg_dump for backups.');
    process.exit(2);
  }
  if (!existsSync(config.database.path)) {
    console.error(`No database at ${config.database.path}`);
    process.exit(2);
  }
  mkdirSync(config.backupDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(config.backupDir, `jep-${stamp}.sqlite`);
  const db = new Database(config.database.path, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const check = new Database(target, { readonly: true });
  const integrity = check.pragma('integrity_check', { simple: true });
  check.close();
  if (integrity !== 'ok') {
    console.error(
      `Backup written to ${target} but failed its integrity check: ${String(integrity)}`,
    );
    process.exit(1);
  }
  console.log(`Backup written to ${target}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
