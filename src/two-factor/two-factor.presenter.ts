import { createHash } from 'node:crypto';
import type { Locale } from '../common/i18n/i18n';
import { translate } from '../common/i18n/i18n';
import { formatDateTime } from '../common/views/format';
import type { SetupState } from './two-factor.service';

/** The set-up / status page of two-factor login. */
export function setupPage(state: SetupState, locale: Locale) {
  return {
    pageTitle: 'twoFactor.setup.title',
    enabled: state.enabled,
    required: state.required,
    enabledSince: state.enabledAt ? formatDateTime(state.enabledAt, locale) : '',
    recoveryLeft: String(state.recoveryLeft),
    secret: state.secret ?? '',
    qrDataUrl: state.qrDataUrl ?? '',
    values: { code: '' },
  };
}

/** The recovery codes page: shown once, numbered for reading aloud or printing. */
export function recoveryCodesPage(codes: string[] | undefined) {
  return {
    pageTitle: 'twoFactor.recovery.title',
    codes: codes ?? [],
    hasCodes: !!codes?.length,
  };
}

/** A session's reference in forms and URLs: never the session id itself. */
export function sessionRef(sid: string): string {
  return createHash('sha256').update(sid).digest('hex').slice(0, 32);
}

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/CrOS/, 'ChromeOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** "Firefox op Windows" from a User-Agent header; "Onbekende browser" when it says nothing known. */
export function describeUserAgent(agent: string | null, locale: Locale): string {
  const browser = agent ? BROWSERS.find(([re]) => re.test(agent))?.[1] : undefined;
  const os = agent ? SYSTEMS.find(([re]) => re.test(agent))?.[1] : undefined;
  if (!browser && !os) return translate(locale, 'sessions.unknownBrowser');
  return translate(locale, 'sessions.browserOn', {
    browser: browser ?? translate(locale, 'sessions.unknownBrowser'),
    os: os ?? translate(locale, 'sessions.unknown'),
  });
}

export interface SessionRow {
  sid: string;
  createdAt: Date | null;
  lastSeenAt: Date | null;
  userAgent: string | null;
}

/** The active sessions, this one first, then the most recently used. */
export function sessionsPage(rows: SessionRow[], currentSid: string, locale: Locale) {
  const unknown = translate(locale, 'sessions.unknown');
  const sessions = rows
    .map((r) => ({ row: r, current: r.sid === currentSid }))
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) ||
        (b.row.lastSeenAt?.getTime() ?? 0) - (a.row.lastSeenAt?.getTime() ?? 0),
    )
    .map(({ row, current }) => {
      const browser = describeUserAgent(row.userAgent, locale);
      return {
        ref: sessionRef(row.sid),
        browser,
        current,
        started: row.createdAt ? formatDateTime(row.createdAt, locale) : unknown,
        lastSeen: row.lastSeenAt ? formatDateTime(row.lastSeenAt, locale) : unknown,
        endLabel: translate(locale, 'sessions.endLabel', { browser }),
      };
    });
  return {
    pageTitle: 'sessions.title',
    sessions,
    hasOthers: sessions.some((s) => !s.current),
  };
}
