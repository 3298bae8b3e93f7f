import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { createUser } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

describe('database', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('has a schema that matches the entities exactly (no pending schema change)', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    assert.deepEqual(
      pending.upQueries.map((q) => q.query),
      [],
      'entities and migrations disagree: add a migration',
    );
  });

  it('holds the 342 municipalities of 2025 in 12 provinces with the official counts', async () => {
    const rows: { name: string; count: string | number }[] = await t.dataSource.query(
      'SELECT p.name AS name, COUNT(m.code) AS count FROM provinces p JOIN municipalities m ON m.province_code = p.code GROUP BY p.name',
    );
    const counts = Object.fromEntries(rows.map((r) => [r.name, Number(r.count)]));
    assert.deepEqual(counts, {
      Groningen: 10,
      Fryslân: 18,
      Drenthe: 12,
      Overijssel: 25,
      Flevoland: 6,
      Gelderland: 51,
      Utrecht: 26,
      'Noord-Holland': 44,
      'Zuid-Holland': 50,
      Zeeland: 13,
      'Noord-Brabant': 56,
      Limburg: 31,
    });
    const [{ total }] = await t.dataSource.query('SELECT COUNT(*) AS total FROM municipalities');
    assert.equal(Number(total), 342);
  });

  it('runs 200 concurrent write transactions with none failed and none lost', async () => {
    const tx = t.app.get(TransactionRunner);
    const repo = () => t.dataSource.getRepository(AuditEntry);
    const before = await repo().count();
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        tx.run(async (m) => {
          const r = m.getRepository(AuditEntry);
          // read-then-write with an await in between: interleaving would break this
          const n = await r.count();
          await r.save(
            r.create({
              action: 'test.concurrent',
              subjectType: 'n',
              subjectId: String(n),
              actorId: null,
              actorEmail: null,
              detail: String(i),
            }),
          );
        }),
      ),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    assert.equal(failed.length, 0, `failed: ${failed.map((f) => String(f.reason)).join('; ')}`);
    assert.equal((await repo().count()) - before, 200);
    const details = (await repo().findBy({ action: 'test.concurrent' }))
      .map((e) => Number(e.detail))
      .sort((a, b) => a - b);
    assert.deepEqual(
      details,
      Array.from({ length: 200 }, (_, i) => i),
    );
  });

  it('rolls a failed unit of work back entirely and goes on with the next', async () => {
    const tx = t.app.get(TransactionRunner);
    await assert.rejects(
      tx.run(async (m) => {
        await m.getRepository(AuditEntry).save({
          action: 'test.rollback',
          actorId: null,
          actorEmail: null,
          subjectType: null,
          subjectId: null,
          detail: null,
        });
        throw new Error('boom');
      }),
      /boom/,
    );
    await tx.run((m) =>
      m.getRepository(AuditEntry).save({
        action: 'test.after',
        actorId: null,
        actorEmail: null,
        subjectType: null,
        subjectId: null,
        detail: null,
      }),
    );
    assert.equal(
      await t.dataSource.getRepository(AuditEntry).countBy({ action: 'test.rollback' }),
      0,
    );
    assert.equal(await t.dataSource.getRepository(AuditEntry).countBy({ action: 'test.after' }), 1);
  });
});

describe('backup', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('writes a consistent SQLite snapshot while the app runs', async (ctx) => {
    if (t.config.database.type !== 'sqlite') return ctx.skip('PostgreSQL backups use pg_dump');
    await createUser(t.dataSource, { email: 'in-backup@example.nl' });
    const dir = mkdtempSync(join(tmpdir(), 'jep-backup-'));
    const result = spawnSync(
      process.execPath,
      [join(__dirname, '../../src/database/backup.cli.js')],
      {
        env: { ...process.env, DATABASE_URL: `sqlite:${t.config.database.path}`, BACKUP_DIR: dir },
        encoding: 'utf8',
      },
    );
    assert.equal(result.status, 0, result.stderr);
    const [file] = readdirSync(dir);
    assert.match(file, /^jep-.*\.sqlite$/);
    const copy = new Database(join(dir, file), { readonly: true });
    const row = copy.prepare('SELECT email FROM users WHERE email = ?').get('in-backup@example.nl');
    copy.close();
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(row, { email: 'in-backup@example.nl' });
  });
});
