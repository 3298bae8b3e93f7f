import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { PROJECT_ROOT } from './paths';

export type NodeEnv = 'development' | 'production' | 'test';

/**
 * The validated configuration of one running instance. Built once at boot from the environment
 * by `loadConfig`; every variable is documented in the README's configuration table.
 */
export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  baseUrl: string;
  /** `sqlite` for the embedded default, `postgres` when DATABASE_URL says so. */
  database: { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };
  sessionSecret: string;
  /** Key material for encrypting two-factor secrets (TWO_FACTOR_KEY); by default SESSION_SECRET. */
  twoFactorKey?: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  smtpUrl: string | null;
  mailFrom: string;
  mailWorkerIntervalMs: number;
  mailMaxAttempts: number;
  logLevel: string;
  seedDemo: boolean;
  trustProxy: boolean;
  backupDir: string;
  /** How long catalogue list pages may be served from memory; writes here clear it at once. */
  catalogueCacheSeconds: number;
  /** How often the background jobs (offer expiry, reminders, completion) run. */
  jobsIntervalMs: number;
  /** Reminder e-mail this many days before an edition's first meeting (0: no reminders). */
  reminderDays: number;
  /** Also remind before every later meeting of an edition. */
  remindEveryMeeting: boolean;
  /** Secure cookies, HSTS: derived from BASE_URL. */
  secureCookies: boolean;
  /**
   * The JSON file with the Ed25519 keys that sign certificate credentials, created at first
   * start (mode 0600). Back it up: when it is lost a new key is made, and every credential
   * signed before no longer verifies.
   */
  certificateKeyFile: string;
  /** JEPzine sending: see NewsletterSettings. */
  newsletter: NewsletterSettings;
  /** Advies op Maat: see AdviceSettings. */
  advice: AdviceSettings;
  /**
   * The key of the HMAC that links a participant's pre- and post-measurement without storing who
   * they are (EVALUATION_PAIRING_SECRET; by default derived from SESSION_SECRET). Changing it
   * breaks the pairs of measurements still to be completed.
   */
  evaluationPairingSecret: string;
}

/** Advies op Maat response times and retention (ADVICE_* variables). */
export interface AdviceSettings {
  /** Target for the first response to a request, in working days (weekends and Dutch public holidays skipped). */
  responseWorkingDays: number;
  /** Days after afgerond that the requester gets the one follow-up questionnaire. */
  followUpDays: number;
  /** Closed requests are anonymised this many months after closing. */
  retentionMonths: number;
}

/** How JEPzine issues are sent (NEWSLETTER_* variables). */
export interface NewsletterSettings {
  /** SMTP connections one instance keeps open while sending an issue. */
  connections: number;
  /** Messages per second one instance sends at most (0: as fast as the server takes them). */
  ratePerSecond: number;
  /** Deliveries one worker claims at a time. */
  batchSize: number;
  /** A claim not renewed for this long (its worker died) is taken over by another worker. */
  leaseSeconds: number;
  /** Temporary failures (4xx, connection lost) are retried this many times in all. */
  maxAttempts: number;
  /** Does this instance send issues (off on instances that only serve pages)? */
  worker: boolean;
}

export class ConfigError extends Error {}

const DEV_SESSION_SECRET = 'development-only-session-secret-change-me-0123456789';

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function isPostgresUrl(url: string | undefined): boolean {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

/** Reads and validates the environment. Development has defaults; production fails fast. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const rawEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(rawEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${rawEnv}"`);
  }
  const nodeEnv = rawEnv as NodeEnv;
  const production = nodeEnv === 'production';
  const problems: string[] = [];

  const port = int(env, 'PORT', 3000, 0, 65535);
  const baseUrl = (env.BASE_URL ?? `http://localhost:${port || 3000}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(baseUrl))
    problems.push(`BASE_URL must be an http(s) URL, got "${baseUrl}"`);

  const dbUrl = env.DATABASE_URL;
  let database: AppConfig['database'];
  if (isPostgresUrl(dbUrl)) {
    database = { type: 'postgres', url: dbUrl! };
  } else if (!dbUrl) {
    if (production)
      problems.push(
        'DATABASE_URL is required in production (postgres://… or sqlite:/path/to/file)',
      );
    database = { type: 'sqlite', path: join(PROJECT_ROOT, 'data', 'jep.sqlite') };
  } else if (dbUrl.startsWith('sqlite:')) {
    const path = dbUrl.slice('sqlite:'.length).replace(/^\/\//, '');
    database = {
      type: 'sqlite',
      path: path.startsWith('/') || path === ':memory:' ? path : join(PROJECT_ROOT, path),
    };
  } else {
    problems.push(`DATABASE_URL must start with postgres:// or sqlite:, got "${dbUrl}"`);
    database = { type: 'sqlite', path: ':memory:' };
  }

  let sessionSecret = env.SESSION_SECRET ?? '';
  if (!sessionSecret) {
    if (production)
      problems.push('SESSION_SECRET is required in production (at least 32 characters)');
    sessionSecret = DEV_SESSION_SECRET;
  } else if (sessionSecret.length < 32) {
    problems.push('SESSION_SECRET must be at least 32 characters');
  }

  const smtpUrl = env.SMTP_URL ? env.SMTP_URL : null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    problems.push(`SMTP_URL must start with smtp:// or smtps://`);

  if (problems.length) throw new ConfigError(problems.join('\n'));

  return {
    nodeEnv,
    port,
    baseUrl,
    database,
    sessionSecret,
    twoFactorKey: env.TWO_FACTOR_KEY ? env.TWO_FACTOR_KEY : sessionSecret,
    sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 60, 1, 24 * 60),
    sessionMaxHours: int(env, 'SESSION_MAX_HOURS', 12, 1, 24 * 30),
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? 'Platform JEP <noreply@platformjep.nl>',
    mailWorkerIntervalMs: int(env, 'MAIL_WORKER_INTERVAL_MS', 2000, 50, 3_600_000),
    mailMaxAttempts: int(env, 'MAIL_MAX_ATTEMPTS', 8, 1, 50),
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    seedDemo: bool(env, 'SEED_DEMO', !production && nodeEnv !== 'test'),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    backupDir: env.BACKUP_DIR ? env.BACKUP_DIR : join(PROJECT_ROOT, 'data', 'backups'),
    catalogueCacheSeconds: int(
      env,
      'CATALOGUE_CACHE_SECONDS',
      nodeEnv === 'test' ? 0 : 30,
      0,
      3600,
    ),
    jobsIntervalMs: int(env, 'JOBS_INTERVAL_MS', 60_000, 100, 3_600_000),
    reminderDays: int(env, 'REMINDER_DAYS', 3, 0, 60),
    remindEveryMeeting: bool(env, 'REMIND_EVERY_MEETING', false),
    secureCookies: baseUrl.startsWith('https://'),
    certificateKeyFile: env.CERTIFICATE_KEY_FILE
      ? isAbsolute(env.CERTIFICATE_KEY_FILE)
        ? env.CERTIFICATE_KEY_FILE
        : join(PROJECT_ROOT, env.CERTIFICATE_KEY_FILE)
      : nodeEnv === 'test'
        ? // Tests never write keys into the project's data/ folder.
          join(tmpdir(), 'platform-jep-test-keys', 'certificate-signing.json')
        : join(PROJECT_ROOT, 'data', 'keys', 'certificate-signing.json'),
    newsletter: {
      connections: int(env, 'NEWSLETTER_CONNECTIONS', 4, 1, 50),
      ratePerSecond: int(env, 'NEWSLETTER_RATE_PER_SECOND', 0, 0, 10_000),
      batchSize: int(env, 'NEWSLETTER_BATCH_SIZE', 200, 1, 5000),
      leaseSeconds: int(env, 'NEWSLETTER_LEASE_SECONDS', 120, 1, 3600),
      maxAttempts: int(env, 'NEWSLETTER_MAX_ATTEMPTS', 6, 1, 50),
      worker: bool(env, 'NEWSLETTER_WORKER', true),
    },
    evaluationPairingSecret:
      env.EVALUATION_PAIRING_SECRET ||
      createHash('sha256').update(`evaluation-pairing:${sessionSecret}`).digest('hex'),
    advice: {
      responseWorkingDays: int(env, 'ADVICE_RESPONSE_WORKING_DAYS', 5, 1, 60),
      followUpDays: int(env, 'ADVICE_FOLLOW_UP_DAYS', 14, 1, 365),
      retentionMonths: int(env, 'ADVICE_RETENTION_MONTHS', 24, 1, 240),
    },
  };
}
