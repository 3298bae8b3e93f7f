import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * accessibility-check.json: the date of the last automated accessibility test, for the
 * accessibility statement (/toegankelijkheid). Every browser spec runs in its own process: each
 * process counts its axe checks into its own file in the directory test/run.js gives it
 * (JEP_AXE_COUNT_DIR); when the whole run passed, test/run.js adds them up and writes the file.
 */
export const COUNT_DIR_ENV = 'JEP_AXE_COUNT_DIR';

export interface AccessibilityCheck {
  /** YYYY-MM-DD in Europe/Amsterdam */
  checkedAt: string;
  /** the page checks with axe (a page whose markup passed before counts again, not re-run) */
  pages: number;
  violations: 0;
}

let checks = 0;

/** Counts one axe check of a page that passed; a no-op outside test/run.js. */
export function recordAxeCheck(): void {
  const dir = process.env[COUNT_DIR_ENV];
  if (!dir) return;
  checks += 1;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify({ checks }));
}

/** The date in Amsterdam as YYYY-MM-DD. */
export function amsterdamDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The sum of the counts in `dir`, as the report to write. */
export function accessibilityCheck(dir: string, now: Date): AccessibilityCheck {
  let pages = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')))
    pages += (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { checks: number }).checks;
  return { checkedAt: amsterdamDate(now), pages, violations: 0 };
}

/** Writes the report to `file` (only called after a run without failures). */
export function writeAccessibilityCheck(
  dir: string,
  file: string,
  now = new Date(),
): AccessibilityCheck {
  const report = accessibilityCheck(dir, now);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
