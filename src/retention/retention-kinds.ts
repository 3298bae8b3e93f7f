import { UNCONFIRMED_DAYS } from '../advice/retention.service';
import type { MessageKey } from '../common/i18n/i18n';
import { UNAPPLIED_IMPORT_DAYS } from '../newsletter/subscriber-import.service';

/** The keys of every kind of personal data with a retention period. */
export type RetentionKindKey =
  | 'unfinishedAccounts'
  | 'inactiveAccounts'
  | 'sessions'
  | 'accountTokens'
  | 'loginThrottles'
  | 'outboxBodies'
  | 'auditLog'
  | 'closedAdvice'
  | 'unconfirmedAdvice'
  | 'unconfirmedSubscriptions'
  | 'unappliedImports';

/**
 * How a kind is applied:
 * - `delete`: the rows are deleted;
 * - `clear`: the personal fields are emptied, the row stays (it still counts or records something);
 * - `anonymise`: the personal fields are erased, what the statistics count stays;
 * - `manual`: the period is a rule staff apply by hand (the admin page lists how many are due).
 */
export type RetentionMode = 'delete' | 'clear' | 'anonymise' | 'manual';

/**
 * Where the period comes from: an admin's setting (`setting`, with a default and bounds), the
 * environment (`config`: ADVICE_RETENTION_MONTHS) or fixed in code (`fixed`).
 */
export type RetentionSource = 'setting' | 'config' | 'fixed';

export interface RetentionKind {
  key: RetentionKindKey;
  /** The area the privacy statement lists the kind under. */
  area: 'account' | 'security' | 'mail' | 'advice' | 'newsletter';
  label: MessageKey;
  /** What the data holds. */
  what: MessageKey;
  /** Why it is kept, and why this long. */
  why: MessageKey;
  /** The period in `unit`s, counted from `from`. */
  defaultPeriod: number;
  unit: 'days' | 'months';
  /** From which moment the period counts (after the last login, after expiry, …). */
  from: MessageKey;
  min: number;
  max: number;
  mode: RetentionMode;
  source: RetentionSource;
}

/**
 * THE list of personal data the platform removes after a while. The admin page, the job
 * `retention.apply` and the privacy statement are all built from it, so they cannot disagree.
 */
export const RETENTION_KINDS: readonly RetentionKind[] = [
  {
    key: 'unfinishedAccounts',
    area: 'account',
    label: 'retention.kind.unfinishedAccounts.label',
    what: 'retention.kind.unfinishedAccounts.what',
    why: 'retention.kind.unfinishedAccounts.why',
    defaultPeriod: 30,
    unit: 'days',
    from: 'retention.from.created',
    min: 7,
    max: 365,
    mode: 'delete',
    source: 'setting',
  },
  {
    key: 'inactiveAccounts',
    area: 'account',
    label: 'retention.kind.inactiveAccounts.label',
    what: 'retention.kind.inactiveAccounts.what',
    why: 'retention.kind.inactiveAccounts.why',
    defaultPeriod: 1095,
    unit: 'days',
    from: 'retention.from.lastLogin',
    min: 365,
    max: 3650,
    mode: 'anonymise',
    source: 'setting',
  },
  {
    key: 'sessions',
    area: 'security',
    label: 'retention.kind.sessions.label',
    what: 'retention.kind.sessions.what',
    why: 'retention.kind.sessions.why',
    defaultPeriod: 0,
    unit: 'days',
    from: 'retention.from.expiry',
    min: 0,
    max: 0,
    mode: 'delete',
    source: 'fixed',
  },
  {
    key: 'accountTokens',
    area: 'security',
    label: 'retention.kind.accountTokens.label',
    what: 'retention.kind.accountTokens.what',
    why: 'retention.kind.accountTokens.why',
    defaultPeriod: 30,
    unit: 'days',
    from: 'retention.from.usedOrExpired',
    min: 1,
    max: 365,
    mode: 'delete',
    source: 'setting',
  },
  {
    key: 'loginThrottles',
    area: 'security',
    label: 'retention.kind.loginThrottles.label',
    what: 'retention.kind.loginThrottles.what',
    why: 'retention.kind.loginThrottles.why',
    defaultPeriod: 1,
    unit: 'days',
    from: 'retention.from.window',
    min: 1,
    max: 90,
    mode: 'delete',
    source: 'setting',
  },
  {
    key: 'outboxBodies',
    area: 'mail',
    label: 'retention.kind.outboxBodies.label',
    what: 'retention.kind.outboxBodies.what',
    why: 'retention.kind.outboxBodies.why',
    defaultPeriod: 90,
    unit: 'days',
    from: 'retention.from.sent',
    min: 7,
    max: 730,
    mode: 'clear',
    source: 'setting',
  },
  {
    key: 'auditLog',
    area: 'security',
    label: 'retention.kind.auditLog.label',
    what: 'retention.kind.auditLog.what',
    why: 'retention.kind.auditLog.why',
    defaultPeriod: 730,
    unit: 'days',
    from: 'retention.from.recorded',
    min: 365,
    max: 3650,
    mode: 'delete',
    source: 'setting',
  },
  {
    key: 'closedAdvice',
    area: 'advice',
    label: 'retention.kind.closedAdvice.label',
    what: 'retention.kind.closedAdvice.what',
    why: 'retention.kind.closedAdvice.why',
    defaultPeriod: 24,
    unit: 'months',
    from: 'retention.from.closed',
    min: 1,
    max: 240,
    mode: 'anonymise',
    source: 'config',
  },
  {
    key: 'unconfirmedAdvice',
    area: 'advice',
    label: 'retention.kind.unconfirmedAdvice.label',
    what: 'retention.kind.unconfirmedAdvice.what',
    why: 'retention.kind.unconfirmedAdvice.why',
    defaultPeriod: UNCONFIRMED_DAYS,
    unit: 'days',
    from: 'retention.from.created',
    min: UNCONFIRMED_DAYS,
    max: UNCONFIRMED_DAYS,
    mode: 'delete',
    source: 'fixed',
  },
  {
    key: 'unconfirmedSubscriptions',
    area: 'newsletter',
    label: 'retention.kind.unconfirmedSubscriptions.label',
    what: 'retention.kind.unconfirmedSubscriptions.what',
    why: 'retention.kind.unconfirmedSubscriptions.why',
    defaultPeriod: 30,
    unit: 'days',
    from: 'retention.from.confirmationSent',
    min: 7,
    max: 365,
    mode: 'delete',
    source: 'setting',
  },
  {
    key: 'unappliedImports',
    area: 'newsletter',
    label: 'retention.kind.unappliedImports.label',
    what: 'retention.kind.unappliedImports.what',
    why: 'retention.kind.unappliedImports.why',
    defaultPeriod: UNAPPLIED_IMPORT_DAYS,
    unit: 'days',
    from: 'retention.from.uploaded',
    min: UNAPPLIED_IMPORT_DAYS,
    max: UNAPPLIED_IMPORT_DAYS,
    mode: 'delete',
    source: 'fixed',
  },
];

/** The kinds an admin may change on /beheer/bewaartermijnen. */
export const EDITABLE_KINDS = RETENTION_KINDS.filter((k) => k.source === 'setting');

export function kindOf(key: string): RetentionKind | undefined {
  return RETENTION_KINDS.find((k) => k.key === key);
}

/** The period of every kind now: admins' settings over the defaults, the advice months from config. */
export type RetentionPeriods = Record<RetentionKindKey, number>;
