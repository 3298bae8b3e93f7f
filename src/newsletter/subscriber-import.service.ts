import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import {
  DataSource,
  EntityManager,
  EntityTarget,
  In,
  IsNull,
  LessThan,
  ObjectLiteral,
} from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Role } from '../common/access/role';
import { translate } from '../common/i18n/i18n';
import { TransactionRunner } from '../database/transaction-runner';
import { JobRunner } from '../jobs/job-runner';
import type { Delimiter, TextEncoding } from './csv-parse';
import { NewsletterConsent } from './consent.entity';
import { NewsletterError, NewsletterErrorCode } from './newsletter.error';
import { NewsletterImport } from './subscriber-import.entity';
import {
  classify,
  ImportField,
  ImportFile,
  ImportRow,
  readImportFile,
  readImportText,
  RejectedRow,
} from './subscriber-import-rows';
import { NewsletterSubscriber, SubscriberStatus } from './subscriber.entity';
import { encodeTopics } from './topics';

/** Largest upload accepted (a 50,000-address file is a few megabytes). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Addresses looked up and rows inserted per statement: 500 rows of 13 values stay far below
 * PostgreSQL's 65,535 parameters per statement and SQLite's 32,766.
 */
const CHUNK = 500;

export interface ImportActor {
  id: number;
  email: string;
  role: Role;
}

export interface ImportCounts {
  /** new addresses */
  toAdd: number;
  /** addresses waiting for confirmation, which the import confirms */
  toActivate: number;
  /** already subscribed: counted, not changed */
  alreadySubscribed: number;
  rejected: number;
}

/** The dry run's findings, stored with the import as JSON; after applying, the run's own. */
export interface ImportReport {
  encoding: TextEncoding;
  delimiter: Delimiter;
  records: number;
  columns: Partial<Record<ImportField, string>>;
  ignoredColumns: string[];
  counts: ImportCounts;
  /** in line order */
  rejected: RejectedRow[];
  applied?: { at: string; by: string };
}

export interface ImportView {
  id: number;
  filename: string;
  createdBy: number;
  createdAt: Date;
  appliedAt: Date | null;
  report: ImportReport;
}

interface Judged {
  add: ImportRow[];
  activate: { row: ImportRow; id: number }[];
  alreadySubscribed: number;
  rejected: RejectedRow[];
}

/** A stored filename: no path, no control characters, not too long. */
export function cleanFilename(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  return (
    base
      .replace(/[\p{Cc}\p{Cf}]/gu, '')
      .trim()
      .slice(0, 200) || 'import.csv'
  );
}

/**
 * Importing existing subscribers from a CSV, in two steps: `check` reads the file, judges every
 * row against the database and stores the import with its report (a dry run: no subscriber is
 * touched); `apply` does it, judging every row again against the database as it is then.
 * Only the staff member who uploaded an import, or an admin, may see or apply it.
 */
/** A checked import that was never applied is deleted (with its file) after this long. */
export const UNAPPLIED_IMPORT_DAYS = 7;

@Injectable()
export class SubscriberImportService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register('newsletter.purgeUnappliedImports', (now) => this.purgeUnapplied(now));
  }

  /** The job: uploaded files of imports nobody applied do not stay (they hold personal data). */
  async purgeUnapplied(now: Date): Promise<number> {
    const before = new Date(now.getTime() - UNAPPLIED_IMPORT_DAYS * 86_400_000);
    const result = await this.tx.run((m) =>
      m
        .getRepository(NewsletterImport)
        .delete({ appliedAt: IsNull(), createdAt: LessThan(before) }),
    );
    return result.affected ?? 0;
  }

  async check(
    actor: ImportActor,
    upload: { buffer: Buffer; filename: string },
  ): Promise<NewsletterImport> {
    const file = readImportFile(upload.buffer);
    const judged = await this.judge(this.dataSource.manager, file, false);
    const report = reportOf(file, judged);
    return this.tx.run((m) =>
      m.getRepository(NewsletterImport).save(
        m.getRepository(NewsletterImport).create({
          createdBy: actor.id,
          filename: cleanFilename(upload.filename),
          content: file.text,
          report: JSON.stringify(report),
          appliedAt: null,
        }),
      ),
    );
  }

  /** The import without its content (which may be megabytes), if the actor may see it. */
  async get(actor: ImportActor, id: number): Promise<ImportView> {
    const imp = await this.dataSource.getRepository(NewsletterImport).findOne({
      where: { id },
      select: {
        id: true,
        createdBy: true,
        filename: true,
        report: true,
        appliedAt: true,
        createdAt: true,
      },
    });
    if (!imp || !mayUse(actor, imp)) throw new NewsletterError(NewsletterErrorCode.NotFound);
    return {
      id: imp.id,
      filename: imp.filename,
      createdBy: imp.createdBy,
      createdAt: imp.createdAt,
      appliedAt: imp.appliedAt,
      report: JSON.parse(imp.report) as ImportReport,
    };
  }

  /** The actor's own latest imports, for the upload page. */
  recent(actor: ImportActor): Promise<NewsletterImport[]> {
    return this.dataSource.getRepository(NewsletterImport).find({
      where: { createdBy: actor.id },
      select: { id: true, filename: true, appliedAt: true, createdAt: true },
      order: { id: 'DESC' },
      take: 10,
    });
  }

  /**
   * Applies the import in one transaction: new addresses become subscribed, pending ones are
   * confirmed, each with a consent record of the import; the content is cleared and the report
   * replaced by this run's. A second call finds it applied and changes nothing.
   */
  async apply(actor: ImportActor, id: number): Promise<ImportReport> {
    const imp = await this.dataSource.getRepository(NewsletterImport).findOneBy({ id });
    if (!imp || !mayUse(actor, imp)) throw new NewsletterError(NewsletterErrorCode.NotFound);
    if (imp.appliedAt) throw new NewsletterError(NewsletterErrorCode.ImportAlreadyApplied);
    const checked = JSON.parse(imp.report) as ImportReport;
    const file = readImportText(imp.content, checked.encoding);
    const consentText = translate('nl', 'newsletter.subscribers.import.consentStatement', {
      email: actor.email,
      filename: imp.filename,
    });
    return this.tx.run(async (m) => {
      const now = new Date();
      // the claim: of two requests at once, one applies and the other is told it was applied
      const claim = await m
        .createQueryBuilder()
        .update(NewsletterImport)
        .set({ appliedAt: now })
        .where('id = :id AND applied_at IS NULL', { id })
        .execute();
      if (claim.affected !== 1) throw new NewsletterError(NewsletterErrorCode.ImportAlreadyApplied);

      const judged = await this.judge(m, file, true);
      const consents: { subscriberId: number; row: ImportRow }[] = [];
      const added = await this.insertNew(m, judged.add, now);
      consents.push(...added.inserted);
      judged.rejected.push(...added.taken);
      for (let i = 0; i < judged.activate.length; i += CHUNK) {
        const chunk = judged.activate.slice(i, i + CHUNK);
        await m
          .createQueryBuilder()
          .update(NewsletterSubscriber)
          .set({ status: 'subscribed', subscribedAt: now, confirmTokenHash: null })
          .where({ id: In(chunk.map((a) => a.id)), status: 'pending' })
          .execute();
        consents.push(...chunk.map((a) => ({ subscriberId: a.id, row: a.row })));
      }
      for (let i = 0; i < consents.length; i += CHUNK) {
        await insertRows(
          m,
          NewsletterConsent,
          consents.slice(i, i + CHUNK).map(({ subscriberId, row }) => ({
            subscriberId,
            source: 'import',
            formVersion: 'import',
            consentText,
            importNote: row.consent,
            requestedAt: now,
            confirmedAt: now,
            withdrawnAt: null,
          })),
        );
      }
      judged.rejected.sort((a, b) => a.line - b.line);
      const report: ImportReport = {
        ...reportOf(file, {
          ...judged,
          add: added.inserted.map((c) => c.row),
        }),
        applied: { at: now.toISOString(), by: actor.email },
      };
      await m
        .getRepository(NewsletterImport)
        .update({ id }, { content: '', report: JSON.stringify(report) });
      await this.audit.record(
        m,
        actor,
        'newsletter.subscribers_imported',
        { type: 'newsletter_import', id },
        { filename: imp.filename, ...report.counts },
      );
      return report;
    });
  }

  /**
   * Each fit row against the database: a new address is added, a pending one confirmed, a
   * subscribed one left alone; an address that unsubscribed or bounced is never subscribed again.
   * `lock` (in the applying transaction on PostgreSQL) keeps the rows found as they are.
   */
  private async judge(m: EntityManager, file: ImportFile, lock: boolean): Promise<Judged> {
    const found = new Map<string, { id: number; status: SubscriberStatus }>();
    const repo = m.getRepository(NewsletterSubscriber);
    for (let i = 0; i < file.rows.length; i += CHUNK) {
      const emails = file.rows.slice(i, i + CHUNK).map((r) => r.email);
      const existing = await repo.find({
        select: { id: true, email: true, status: true },
        where: { email: In(emails) },
        ...(lock && this.tx.isPostgres ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
      for (const s of existing) found.set(s.email, { id: s.id, status: s.status });
    }
    const judged: Judged = { add: [], activate: [], alreadySubscribed: 0, rejected: [] };
    for (const row of file.rows) {
      const current = found.get(row.email) ?? null;
      const outcome = classify(current?.status ?? null);
      if (outcome === 'add') judged.add.push(row);
      else if (outcome === 'activate') judged.activate.push({ row, id: current!.id });
      else if (outcome === 'alreadySubscribed') judged.alreadySubscribed++;
      else judged.rejected.push(rejectedFrom(row, outcome));
    }
    judged.rejected.push(...file.rejected);
    judged.rejected.sort((a, b) => a.line - b.line);
    return judged;
  }

  /**
   * Inserts the new subscribers in chunks. An address that someone subscribed in the meantime
   * (between the lookup and the insert, on PostgreSQL) is skipped by the unique index and
   * reported; the rows inserted are found back by their fresh tokens.
   */
  private async insertNew(
    m: EntityManager,
    rows: ImportRow[],
    now: Date,
  ): Promise<{ inserted: { subscriberId: number; row: ImportRow }[]; taken: RejectedRow[] }> {
    const inserted: { subscriberId: number; row: ImportRow }[] = [];
    const taken: RejectedRow[] = [];
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK).map((row) => ({ row, token: newManageToken() }));
      await insertRows(
        m,
        NewsletterSubscriber,
        chunk.map(({ row, token }) => ({
          email: row.email,
          name: row.name,
          status: 'subscribed' as const,
          topics: encodeTopics(row.topics),
          locale: 'nl',
          manageToken: token,
          confirmTokenHash: null,
          confirmSentAt: null,
          userId: null,
          subscribedAt: now,
          unsubscribedAt: null,
          bouncedAt: null,
          bounceReason: null,
        })),
        true,
      );
      const ids = new Map(
        (
          await m.getRepository(NewsletterSubscriber).find({
            select: { id: true, manageToken: true },
            where: { manageToken: In(chunk.map((c) => c.token)) },
          })
        ).map((s) => [s.manageToken, s.id]),
      );
      for (const { row, token } of chunk) {
        const id = ids.get(token);
        if (id !== undefined) inserted.push({ subscriberId: id, row });
        else taken.push(rejectedFrom(row, 'changedMeanwhile'));
      }
    }
    return { inserted, taken };
  }
}

/**
 * One multi-row INSERT of `rows` (property → value, the same properties in each), values
 * prepared by the driver as TypeORM would store them; columns left out take their defaults.
 * TypeORM's insert builder costs tens of milliseconds per 500 rows, this a few. With
 * `skipConflicts` a row that would break a unique index is left out (no error).
 */
async function insertRows<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<Record<keyof T & string, unknown>>[],
  skipConflicts = false,
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = m.connection.getMetadata(entity);
  const driver = m.connection.driver;
  const postgres = m.connection.options.type === 'postgres';
  const properties = Object.keys(rows[0]) as (keyof T & string)[];
  const columns = properties.map((p) => {
    const column = metadata.findColumnWithPropertyName(p);
    if (!column) throw new Error(`No column for ${metadata.name}.${p}`);
    return column;
  });
  const params: unknown[] = [];
  const tuples = rows.map(
    (row) =>
      `(${columns
        .map((column, i) => {
          params.push(driver.preparePersistentValue(row[properties[i]], column));
          return postgres ? `$${params.length}` : '?';
        })
        .join(', ')})`,
  );
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const table = driver.escape(metadata.tableName);
  await m.query(
    `INSERT ${skipConflicts && !postgres ? 'OR IGNORE ' : ''}INTO ${table} (${names}) ` +
      `VALUES ${tuples.join(', ')}${skipConflicts && postgres ? ' ON CONFLICT DO NOTHING' : ''}`,
    params,
  );
}

/** The secret in a subscriber's personal links: 32 random bytes. */
function newManageToken(): string {
  return randomBytes(32).toString('base64url');
}

function mayUse(actor: ImportActor, imp: Pick<NewsletterImport, 'createdBy'>): boolean {
  return imp.createdBy === actor.id || actor.role === 'admin';
}

function rejectedFrom(
  row: ImportRow,
  reason: 'unsubscribed' | 'bounced' | 'changedMeanwhile',
): RejectedRow {
  return {
    line: row.line,
    email: row.email,
    name: row.name ?? '',
    topics: row.topics.join('|'),
    consent: row.consent,
    reason,
  };
}

function reportOf(file: ImportFile, judged: Judged): ImportReport {
  return {
    encoding: file.encoding,
    delimiter: file.delimiter,
    records: file.records,
    columns: file.columns,
    ignoredColumns: file.ignoredColumns,
    counts: {
      toAdd: judged.add.length,
      toActivate: judged.activate.length,
      alreadySubscribed: judged.alreadySubscribed,
      rejected: judged.rejected.length,
    },
    rejected: judged.rejected,
  };
}
