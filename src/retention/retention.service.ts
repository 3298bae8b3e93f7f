import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, IsNull, LessThan, Not } from 'typeorm';
import { AccountToken } from '../accounts/account-token.entity';
import { LoginThrottle } from '../accounts/login-throttle.entity';
import { SessionStoreProvider } from '../accounts/session-store.provider';
import { User } from '../accounts/user.entity';
import { AdviceRetentionService } from '../advice/retention.service';
import { AccountDeletionService } from '../privacy/account-deletion.service';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Actor, AuditService } from '../audit/audit.service';
import { wholeNumber } from '../common/forms/parse';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { JobRunner } from '../jobs/job-runner';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { SubscriberImportService } from '../newsletter/subscriber-import.service';
import { NewsletterSubscriber } from '../newsletter/subscriber.entity';
import { RetentionError, RetentionErrorCode } from './retention.error';
import {
  EDITABLE_KINDS,
  RETENTION_KINDS,
  RetentionKind,
  RetentionKindKey,
  RetentionPeriods,
} from './retention-kinds';
import { RetentionSetting } from './retention-setting.entity';

const DAY_MS = 86_400_000;
/** The scheduled job applies the periods again this long after a run that removed something. */
const DAILY_MS = DAY_MS - 60 * 60_000;

/**
 * The longest window any rate limit counts in (the login throttle's table is shared by the
 * contact relay's and JOS's daily limits): a row is only expired this long after its window began,
 * plus the kind's period.
 */
export const LONGEST_THROTTLE_WINDOW_MS = DAY_MS;

/** The audit action of one run that removed something, with the count per kind. */
export const RETENTION_APPLIED = 'retention.applied';
export const RETENTION_SETTINGS_CHANGED = 'retention.settingsChanged';

/** Tables that mean an account is in use: an unfinished account with any of these stays. */
const ACCOUNT_REFERENCES: readonly [table: string, column: string][] = [
  ['enrolments', 'user_id'],
  ['trajectory_members', 'user_id'],
  ['trajectory_assessments', 'user_id'],
  ['trajectory_log_attendees', 'user_id'],
  ['network_memberships', 'user_id'],
  ['network_applications', 'user_id'],
  ['edition_trainers', 'user_id'],
  ['certificates', 'user_id'],
  ['advice_requests', 'requester_id'],
];

export type RetentionCounts = Partial<Record<RetentionKindKey, number>>;

export interface LastRemoval {
  at: Date;
  count: number;
}

export interface RetentionOverview {
  periods: RetentionPeriods;
  /** Kinds an admin changed, with when and by whom (id). */
  settings: Map<string, RetentionSetting>;
  /** Per kind: the last run of the job that removed any of it. */
  lastRemoval: Partial<Record<RetentionKindKey, LastRemoval>>;
  /** The last run that removed anything at all. */
  lastRun: LastRemoval | null;
  /** Inactive accounts past their period, waiting for staff to delete them by hand. */
  inactiveDue: number;
}

/**
 * Retention of personal data: the periods (admins' settings over the defaults of
 * RETENTION_KINDS) and the job `retention.apply`, which applies every kind in its own
 * transaction and records one `retention.applied` audit entry per run that removed anything.
 *
 * Every kind is idempotent through the data itself: what was removed no longer matches, so a
 * second run (or a second instance) removes nothing. The kinds that already had a clean-up of
 * their own (closed and unconfirmed advice requests, unapplied imports, expired sessions) are
 * applied by calling that clean-up, not by a second copy of it.
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register('retention.apply', async (now) => {
      const counts = await this.applyDaily(now);
      return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
    });
  }

  /**
   * The scheduled run: at most once a day once it has removed something. The job runner calls it
   * every interval; without this, every interval that found one expired session would add an
   * audit entry. The gate is the last `retention.applied` entry, so all instances share it.
   * (Expired sessions are also pruned every 15 minutes by the session store itself.)
   */
  async applyDaily(now: Date): Promise<RetentionCounts> {
    const last = await this.dataSource
      .getRepository(AuditEntry)
      .findOne({ where: { action: RETENTION_APPLIED }, order: { id: 'DESC' } });
    if (last && now.getTime() - last.createdAt.getTime() < DAILY_MS) return {};
    return this.apply(now);
  }

  /** The period of every kind now. */
  async periods(manager: EntityManager = this.dataSource.manager): Promise<RetentionPeriods> {
    const rows = await manager.getRepository(RetentionSetting).find();
    return this.periodsOf(new Map(rows.map((r) => [r.kind, r])));
  }

  private periodsOf(settings: Map<string, RetentionSetting>): RetentionPeriods {
    const periods = {} as RetentionPeriods;
    for (const kind of RETENTION_KINDS) {
      const setting = settings.get(kind.key);
      periods[kind.key] =
        kind.source === 'config'
          ? this.config.advice.retentionMonths
          : kind.source === 'setting' &&
              setting &&
              setting.days >= kind.min &&
              setting.days <= kind.max
            ? setting.days
            : kind.defaultPeriod;
    }
    return periods;
  }

  /** Everything the admin page shows. */
  async overview(now = new Date()): Promise<RetentionOverview> {
    const rows = await this.dataSource.getRepository(RetentionSetting).find();
    const settings = new Map(rows.map((r) => [r.kind, r]));
    const periods = this.periodsOf(settings);
    const runs = await this.dataSource.getRepository(AuditEntry).find({
      where: { action: RETENTION_APPLIED },
      order: { id: 'DESC' },
      take: 200,
    });
    const lastRemoval: RetentionOverview['lastRemoval'] = {};
    for (const run of runs) {
      const counts = parseCounts(run.detail);
      for (const kind of RETENTION_KINDS) {
        const count = counts[kind.key];
        if (count && !lastRemoval[kind.key]) lastRemoval[kind.key] = { at: run.createdAt, count };
      }
    }
    const lastRun = runs[0]
      ? {
          at: runs[0].createdAt,
          count: Object.values(parseCounts(runs[0].detail)).reduce((a, b) => a + (b ?? 0), 0),
        }
      : null;
    return {
      periods,
      settings,
      lastRemoval,
      lastRun,
      inactiveDue: await this.countInactive(periods.inactiveAccounts, now),
    };
  }

  /**
   * Saves an admin's periods (whole days within each kind's bounds; all or nothing) and audits
   * what changed. Returns the number of kinds changed.
   */
  async update(actor: Actor, values: Record<string, unknown>): Promise<number> {
    const wanted = new Map<RetentionKindKey, number>();
    for (const kind of EDITABLE_KINDS) {
      const raw = values[kind.key];
      const days = typeof raw === 'string' ? wholeNumber(raw, kind.min, kind.max) : null;
      if (days === null)
        throw new RetentionError(RetentionErrorCode.InvalidPeriod, kind.key, {
          min: kind.min,
          max: kind.max,
        });
      wanted.set(kind.key, days);
    }
    return this.tx.run(async (m) => {
      const repo = m.getRepository(RetentionSetting);
      const current = await this.periods(m);
      const changes: Record<string, { from: number; to: number }> = {};
      for (const [key, days] of wanted) {
        if (current[key] === days) continue;
        changes[key] = { from: current[key], to: days };
        await repo.save(
          repo.create({ kind: key, days, updatedBy: actor.id, updatedAt: new Date() }),
        );
      }
      const changed = Object.keys(changes).length;
      if (changed > 0)
        await this.audit.record(m, actor, RETENTION_SETTINGS_CHANGED, undefined, changes);
      return changed;
    });
  }

  /**
   * The job: applies every kind with its current period, each in its own transaction, and
   * records one audit entry with the counts when anything was removed. Returns the counts.
   */
  async apply(now: Date, actor: Actor | null = null): Promise<RetentionCounts> {
    const periods = await this.periods();
    const counts: RetentionCounts = {};
    for (const kind of RETENTION_KINDS) {
      const count = await this.applyKind(kind, periods[kind.key], now);
      if (count > 0) counts[kind.key] = count;
    }
    if (Object.keys(counts).length > 0)
      await this.tx.run((m) =>
        this.audit.record(m, actor, RETENTION_APPLIED, undefined, { ...counts }),
      );
    return counts;
  }

  /** Applies one kind; returns how many rows it removed or cleared. */
  applyKind(kind: RetentionKind, period: number, now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - period * DAY_MS);
    switch (kind.key) {
      case 'unfinishedAccounts':
        return this.deleteUnfinishedAccounts(cutoff);
      case 'inactiveAccounts':
        return this.deleteInactiveAccounts(cutoff, now);
      case 'sessions':
        return this.moduleRef.get(SessionStoreProvider, { strict: false }).store.prune(cutoff);
      case 'accountTokens':
        return this.deleteAccountTokens(cutoff);
      case 'loginThrottles':
        return this.deleteThrottles(cutoff);
      case 'outboxBodies':
        return this.clearOutboxBodies(cutoff);
      case 'auditLog':
        return this.deleteAudit(cutoff);
      case 'closedAdvice':
        return this.moduleRef.get(AdviceRetentionService, { strict: false }).anonymiseExpired(now);
      case 'unconfirmedAdvice':
        return this.moduleRef.get(AdviceRetentionService, { strict: false }).deleteUnconfirmed(now);
      case 'unconfirmedSubscriptions':
        return this.deleteUnconfirmedSubscriptions(cutoff);
      case 'unappliedImports':
        return this.moduleRef.get(SubscriberImportService, { strict: false }).purgeUnapplied(now);
    }
  }

  /**
   * Accounts nobody ever completed: the address was never confirmed and nobody ever signed in
   * (an unconfirmed account cannot sign in), made before the cutoff and not in use anywhere
   * (an invited colleague's account with an enrolment or a trajectory place stays).
   */
  private deleteUnfinishedAccounts(cutoff: Date): Promise<number> {
    return this.tx.run(async (m) => {
      const query = m
        .getRepository(User)
        .createQueryBuilder('u')
        .select('u.id', 'id')
        .where({
          role: 'professional',
          emailVerifiedAt: IsNull(),
          lastLoginAt: IsNull(),
          anonymisedAt: IsNull(),
          createdAt: LessThan(cutoff),
        });
      for (const [table, column] of ACCOUNT_REFERENCES)
        query.andWhere(`NOT EXISTS (SELECT 1 FROM ${table} r WHERE r.${column} = u.id)`);
      const ids = (await query.getRawMany<{ id: number }>()).map((r) => Number(r.id));
      if (ids.length === 0) return 0;
      const result = await m
        .getRepository(User)
        .delete({ id: In(ids), emailVerifiedAt: IsNull(), lastLoginAt: IsNull() });
      return result.affected ?? 0;
    });
  }

  /** Accounts without a login within the period (never-completed ones are the other kind). */
  private countInactive(days: number, now: Date): Promise<number> {
    return this.inactive(new Date(now.getTime() - days * DAY_MS), now).getCount();
  }

  /**
   * Accounts of professionals, partners and trainers nobody signed in to since `cutoff` (or, never
   * signed in, made before it) that hold no place and stand on no waiting list in an edition that
   * has not ended. Staff and admin accounts are never removed by the job.
   */
  private inactive(cutoff: Date, now: Date) {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where({ anonymisedAt: IsNull(), role: In(['professional', 'partner', 'trainer']) })
      .andWhere(
        new Brackets((q) =>
          q
            .where({ lastLoginAt: LessThan(cutoff) })
            .orWhere({ lastLoginAt: IsNull(), createdAt: LessThan(cutoff) }),
        ),
      )
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM enrolments en JOIN editions e ON e.id = en.edition_id
          WHERE en.user_id = u.id AND en.status IN ('pending', 'offered', 'confirmed', 'waitlisted')
            AND (e.ends_at IS NULL OR e.ends_at > :now))`,
        { now },
      );
  }

  /**
   * Deletes inactive accounts the way a person deletes their own (src/privacy): personal data
   * erased, certificates still verifiable without the name, counts kept; each in its own
   * transaction, audited as `account.deleted` by the retention job.
   */
  private async deleteInactiveAccounts(cutoff: Date, now: Date): Promise<number> {
    const due = await this.inactive(cutoff, now).select('u.id', 'id').limit(200).getRawMany();
    const deletion = this.moduleRef.get(AccountDeletionService, { strict: false });
    let removed = 0;
    for (const row of due as { id: unknown }[]) {
      await deletion.deleteAccount(Number(row.id), { by: 'retention' }, now);
      removed += 1;
    }
    return removed;
  }

  /** Tokens used, or expired unused, longer ago than the period. */
  private deleteAccountTokens(cutoff: Date): Promise<number> {
    return this.tx.run(async (m) => {
      const repo = m.getRepository(AccountToken);
      const used = await repo.delete({ usedAt: LessThan(cutoff) });
      const expired = await repo.delete({ usedAt: IsNull(), expiresAt: LessThan(cutoff) });
      return (used.affected ?? 0) + (expired.affected ?? 0);
    });
  }

  /** Throttle and rate-limit rows whose window and lock ended longer ago than the period. */
  private deleteThrottles(cutoff: Date): Promise<number> {
    const windowStart = new Date(cutoff.getTime() - LONGEST_THROTTLE_WINDOW_MS);
    return this.tx.run(async (m) => {
      const repo = m.getRepository(LoginThrottle);
      const unlocked = await repo.delete({
        windowStartedAt: LessThan(windowStart),
        lockedUntil: IsNull(),
      });
      const lockEnded = await repo.delete({
        windowStartedAt: LessThan(windowStart),
        lockedUntil: LessThan(cutoff),
      });
      return (unlocked.affected ?? 0) + (lockEnded.affected ?? 0);
    });
  }

  /** The bodies (and calendar parts) of mail sent before the cutoff; the delivery record stays. */
  private clearOutboxBodies(cutoff: Date): Promise<number> {
    return this.tx.run(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ bodyText: '', bodyHtml: '', calendar: null })
        .where({ status: 'sent', sentAt: LessThan(cutoff) })
        .andWhere(
          new Brackets((q) =>
            q
              .where({ bodyText: Not('') })
              .orWhere({ bodyHtml: Not('') })
              .orWhere({ calendar: Not(IsNull()) }),
          ),
        )
        .execute();
      return result.affected ?? 0;
    });
  }

  private deleteAudit(cutoff: Date): Promise<number> {
    return this.tx.run(async (m) => {
      const result = await m.getRepository(AuditEntry).delete({ createdAt: LessThan(cutoff) });
      return result.affected ?? 0;
    });
  }

  /**
   * Subscriptions whose double opt-in was never confirmed: pending, never subscribed, and no
   * confirmation mail sent after the cutoff (a fresh request restarts the period).
   */
  private deleteUnconfirmedSubscriptions(cutoff: Date): Promise<number> {
    return this.tx.run(async (m) => {
      const repo = m.getRepository(NewsletterSubscriber);
      const base = {
        status: 'pending' as const,
        subscribedAt: IsNull(),
        createdAt: LessThan(cutoff),
      };
      const never = await repo.delete({ ...base, confirmSentAt: IsNull() });
      const old = await repo.delete({ ...base, confirmSentAt: LessThan(cutoff) });
      return (never.affected ?? 0) + (old.affected ?? 0);
    });
  }
}

function parseCounts(detail: string | null): RetentionCounts {
  try {
    const parsed: unknown = JSON.parse(detail ?? '{}');
    if (!parsed || typeof parsed !== 'object') return {};
    const counts: RetentionCounts = {};
    for (const [key, value] of Object.entries(parsed))
      if (typeof value === 'number' && RETENTION_KINDS.some((k) => k.key === key))
        counts[key as RetentionKindKey] = value;
    return counts;
  } catch {
    return {};
  }
}
