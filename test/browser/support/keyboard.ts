import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** What has keyboard focus: enough to recognise it and to explain a failing test. */
export interface Focused {
  tag: string;
  id: string;
  name: string;
  type: string;
  /** the visible text, or the value of a button-like input, or the label of a field */
  text: string;
  href: string;
  value: string;
  /** is it rendered with a non-empty box (a focus target a sighted user can see) */
  visible: boolean;
  /** does it show a focus indicator (an outline or a box-shadow ring), WCAG 2.4.7 */
  indicator: boolean;
}

// Runs in the page (no DOM types in this project's tsconfig: the browser code is a string).
const DESCRIBE = `(el) => {
  if (!el || el === document.body || el === document.documentElement) return null;
  const label = el.labels && el.labels.length ? el.labels[0].innerText : '';
  const own = (el.innerText || '').replace(/\\s+/g, ' ').trim();
  const rect = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
  const ring = !!style.boxShadow && style.boxShadow !== 'none';
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id || '',
    name: el.getAttribute('name') || '',
    type: el.getAttribute('type') || '',
    text: own || (el.tagName === 'INPUT' && /^(submit|button)$/.test(el.type) ? el.value : '') || label.replace(/\\s+/g, ' ').trim(),
    href: el.getAttribute('href') || '',
    value: 'value' in el ? String(el.value) : '',
    visible: rect.width > 1 && rect.height > 1,
    indicator: outline || ring,
  };
}`;

export function describeFocused(f: Focused | null): string {
  if (!f) return '(nothing: body)';
  return `<${f.tag}${f.id ? `#${f.id}` : ''}${f.href ? ` href="${f.href}"` : ''}> "${f.text.slice(0, 60)}"`;
}

export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate<Focused | null>(`(${DESCRIBE})(document.activeElement)`);
}

/** The first element of the sequential focus order (tabindex ≥ 0, enabled, rendered), from the DOM. */
export async function firstFocusable(page: Page): Promise<Focused | null> {
  return page.evaluate<Focused | null>(`(() => {
    const candidates = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]'))
      .filter((el) => !el.disabled && el.tabIndex >= 0 && el.type !== 'hidden' && el.getClientRects().length > 0);
    const positive = candidates.filter((el) => el.tabIndex > 0).sort((a, b) => a.tabIndex - b.tabIndex);
    const first = positive[0] || candidates[0];
    return (${DESCRIBE})(first || null);
  })()`);
}

export type FocusMatcher = (f: Focused) => boolean;

/**
 * Presses Tab (or Shift+Tab) until `matches` holds for the focused element. Fails with the focus
 * path taken when it is not reached within `max` presses: the element is not keyboard reachable.
 */
export async function tabTo(
  page: Page,
  matches: FocusMatcher,
  description: string,
  options: { max?: number; backward?: boolean } = {},
): Promise<Focused> {
  const max = options.max ?? 40;
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(options.backward ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    path.push(describeFocused(f));
    if (f)
      assert.ok(
        f.indicator,
        `${describeFocused(f)} has keyboard focus but no visible focus indicator (WCAG 2.4.7)`,
      );
    if (f && matches(f)) {
      assert.ok(f.visible, `${description} has focus but is not visible`);
      return f;
    }
  }
  assert.fail(
    `could not reach ${description} with ${options.backward ? 'Shift+Tab' : 'Tab'} in ${max} presses; focus went:\n  ${path.join('\n  ')}`,
  );
}

export const byId =
  (id: string): FocusMatcher =>
  (f) =>
    f.id === id;
export const byText =
  (text: string | RegExp, tag?: string): FocusMatcher =>
  (f) =>
    (!tag || f.tag === tag) && (typeof text === 'string' ? f.text === text : text.test(f.text));

/** Tabs to the field and types `value` into it, as a keyboard user does. */
export async function typeInto(page: Page, fieldId: string, value: string, label: string) {
  await tabTo(page, byId(fieldId), `the field "${label}" (#${fieldId})`);
  await page.keyboard.type(value);
  const f = await focused(page);
  assert.equal(f?.value, value, `typed into ${label}`);
}

/** Presses a key that should navigate, and waits for the new page to load. */
export async function pressAndWaitForNavigation(page: Page, key: string) {
  const before = page.url();
  await Promise.all([
    page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame() }),
    page.keyboard.press(key),
  ]);
  await page.waitForLoadState('load');
  return before;
}
