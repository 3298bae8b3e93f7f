import type { Locale, MessageKey } from '../common/i18n/i18n';
import { translate } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import { RETENTION_KINDS, RetentionPeriods } from './retention-kinds';
import { periodSentence } from './retention.presenter';

/** The areas of the platform the privacy statement describes, in the order shown. */
export const PRIVACY_AREAS = [
  'account',
  'enrolments',
  'newsletter',
  'network',
  'trajectories',
  'advice',
  'evaluations',
  'security',
] as const;

/** The retention kinds' areas that belong under a statement area. */
const KIND_AREA: Record<string, (typeof PRIVACY_AREAS)[number]> = {
  account: 'account',
  security: 'security',
  mail: 'security',
  advice: 'advice',
  newsletter: 'newsletter',
};

/** The privacy statement, generated from the kinds and their current periods. */
export function privacyPage(periods: RetentionPeriods, locale: Locale) {
  const retention = RETENTION_KINDS.map((kind) => ({
    key: kind.key,
    area: KIND_AREA[kind.area],
    label: translate(locale, kind.label),
    what: translate(locale, kind.what),
    why: translate(locale, kind.why),
    period: periodSentence(kind, periods[kind.key], locale),
    manual: kind.mode === 'manual',
  }));
  return {
    pageTitle: 'statements.privacy.title',
    areas: PRIVACY_AREAS.map((area) => ({
      key: area,
      title: `statements.privacy.area.${area}.title` as MessageKey,
      what: `statements.privacy.area.${area}.what` as MessageKey,
      why: `statements.privacy.area.${area}.why` as MessageKey,
      kinds: retention.filter((k) => k.area === area),
    })),
    retention,
  };
}

/** The result of the last automated accessibility test (accessibility-check.json). */
export interface AccessibilityCheck {
  checkedAt: string;
  pages: number;
  violations: number;
}

/** Reads the file's JSON, or null when it is missing, unreadable or not in the expected shape. */
export function parseAccessibilityCheck(text: string | null): AccessibilityCheck | null {
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const { checkedAt, pages, violations } = parsed as Record<string, unknown>;
  if (typeof checkedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(checkedAt)) return null;
  if (Number.isNaN(new Date(`${checkedAt}T12:00:00Z`).getTime())) return null;
  const whole = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null);
  if (whole(pages) === null || whole(violations) === null) return null;
  return { checkedAt, pages: pages as number, violations: violations as number };
}

/** The known limits: why the site "partially complies". */
export const ACCESSIBILITY_LIMITS = [
  'statements.accessibility.limit.pdf',
  'statements.accessibility.limit.pdfAccents',
  'statements.accessibility.limit.userContent',
] as const;

/** The accessibility statement, in the structure of the government's model. */
export function accessibilityPage(
  check: AccessibilityCheck | null,
  baseUrl: string,
  locale: Locale,
) {
  return {
    pageTitle: 'statements.accessibility.title',
    site: baseUrl.replace(/\/+$/, ''),
    limits: ACCESSIBILITY_LIMITS,
    check: check
      ? {
          date: formatDate(`${check.checkedAt}T12:00:00Z`, locale),
          iso: check.checkedAt,
          summary: translate(locale, 'statements.accessibility.check.summary', {
            pages: check.pages,
            violations: check.violations,
          }),
        }
      : null,
  };
}
