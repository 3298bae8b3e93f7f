import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { BrowserContext, ConsoleMessage, Page, Response } from 'playwright-core';
import { nextTotpCode } from '../../utils/factories';
import { axeViolations, formatViolations } from './accessibility';
import { recordAxeCheck } from './accessibility-report';

export interface CheckOptions {
  /** the status the current document must have; default: anything below 400 */
  status?: number;
  /** skip axe (only for pages that are not HTML) */
  axe?: boolean;
}

export interface VisitOptions extends CheckOptions {
  /** the path the browser must end on after redirects (default: no check) */
  finalPath?: string | RegExp;
}

interface DocumentResponse {
  url: string;
  status: number;
}

/** Records CSP violations as they happen; runs before any of the page's own code. */
const CSP_RECORDER = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
  });
`;

/**
 * One browser context with one page: the page object of the browser tests. Every check runs axe
 * (WCAG 2.1 AA: zero violations), and fails on console errors, uncaught page errors, CSP
 * violations and sub-resources (CSS, images) that did not load.
 */
export class BrowserSession {
  private consoleErrors: string[] = [];
  /** CSP violations Chromium reported in the console, on this page or one navigated away from */
  private cspConsole: string[] = [];
  private failedResources: string[] = [];
  private lastDocument: DocumentResponse | null = null;
  /** pages checked so far in this session, with the time the checks took */
  readonly checked: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
    private readonly axeCache: AxeCache,
  ) {}

  static async open(
    context: BrowserContext,
    baseUrl: string,
    axeCache: AxeCache = new AxeCache(),
  ): Promise<BrowserSession> {
    await context.addInitScript(CSP_RECORDER);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.setDefaultNavigationTimeout(15_000);
    const session = new BrowserSession(context, page, baseUrl, axeCache);
    page.on('console', (m) => session.onConsole(m));
    page.on('pageerror', (e) => session.consoleErrors.push(`uncaught: ${e.message}`));
    page.on('response', (r) => session.onResponse(r));
    page.on('requestfailed', (r) => {
      // an aborted navigation (a redirect replaced by another) is not a broken page
      if (r.isNavigationRequest()) return;
      session.failedResources.push(
        `${r.method()} ${r.url()}: ${r.failure()?.errorText ?? 'failed'}`,
      );
    });
    return session;
  }

  private onConsole(message: ConsoleMessage) {
    const where = message.location().url;
    // Chromium reports every blocked inline script, style or resource as a console message
    if (/Content Security Policy/i.test(message.text())) {
      this.cspConsole.push(`${message.text()}${where ? ` (${where})` : ''}`);
      return;
    }
    if (message.type() !== 'error') return;
    this.consoleErrors.push(`${message.text()}${where ? ` (${where})` : ''}`);
  }

  private onResponse(response: Response) {
    const request = response.request();
    if (request.isNavigationRequest() && response.frame() === this.page.mainFrame()) {
      if (response.status() < 300 || response.status() >= 400) {
        this.lastDocument = { url: response.url(), status: response.status() };
      }
      return;
    }
    if (response.status() >= 400)
      this.failedResources.push(`${response.status()} ${request.method()} ${response.url()}`);
  }

  /** The path (with query) the page is on now. */
  path(): string {
    const url = new URL(this.page.url());
    return url.pathname + url.search;
  }

  /** Opens `path`, asserts the status, then runs every check on the page. */
  async visit(path: string, options: VisitOptions = {}): Promise<Response> {
    const response = await this.page.goto(path, { waitUntil: 'load' });
    assert.ok(response, `no response for ${path}`);
    if (options.finalPath !== undefined)
      this.assertPath(options.finalPath, `after opening ${path}`);
    await this.check(path, options);
    return response;
  }

  assertPath(expected: string | RegExp, context = '') {
    const actual = new URL(this.page.url()).pathname;
    if (typeof expected === 'string')
      assert.equal(
        actual,
        expected,
        `expected to be on ${expected} ${context}, is on ${this.page.url()}`,
      );
    else assert.match(actual, expected, `unexpected page ${context}: ${this.page.url()}`);
  }

  /**
   * Checks the page as it is now (after a visit, a form post or a keyboard action):
   * the document status, zero axe violations, no console errors, no CSP violations, no broken
   * sub-resources. The collected errors are reset afterwards.
   */
  async check(label: string, options: CheckOptions = {}): Promise<void> {
    const started = Date.now();
    await this.page.waitForLoadState('load');
    const name = `${label} (${this.path()})`;
    const doc = this.lastDocument;
    assert.ok(doc, `${name}: no document response seen`);
    if (options.status !== undefined) assert.equal(doc.status, options.status, `${name}: status`);
    else assert.ok(doc.status < 400, `${name}: status ${doc.status}, expected < 400`);

    const problems: string[] = [];
    const csp = await this.page.evaluate<string[]>('window.__cspViolations || []');
    problems.push(...csp.map((c) => `CSP violation: ${c}`));
    problems.push(...this.cspConsole.map((c) => `CSP violation (console): ${c}`));
    this.cspConsole = [];
    // Chromium logs a non-2xx document as "Failed to load resource": expected for a 404 or 422 page
    const consoleErrors = this.consoleErrors.filter(
      (e) =>
        !(
          doc.status >= 400 &&
          e.startsWith('Failed to load resource') &&
          e.includes(`(${doc.url})`)
        ),
    );
    problems.push(...consoleErrors.map((e) => `console error: ${e}`));
    problems.push(...this.failedResources.map((r) => `resource did not load: ${r}`));
    this.consoleErrors = [];
    this.failedResources = [];

    let axe = 'skipped';
    if (options.axe !== false) {
      // identical markup (apart from the CSRF token) has identical results: run axe once per version
      const key = await this.axeCache.key(this.page);
      if (this.axeCache.passed.has(key)) {
        axe = 'same markup passed before';
      } else {
        const violations = await axeViolations(this.page);
        if (violations.length)
          problems.push(
            `axe: ${violations.length} WCAG violation(s)\n${formatViolations(violations)}`,
          );
        else this.axeCache.passed.add(key);
        axe = `${violations.length} violations`;
      }
      if (problems.length === 0) recordAxeCheck();
    }
    this.checked.push(`${name}: axe ${axe}, ${Date.now() - started} ms`);
    if (process.env.BROWSER_TEST_VERBOSE)
      console.log(`  checked ${this.checked[this.checked.length - 1]}`);
    assert.equal(problems.length, 0, `${name} has problems:\n${problems.join('\n')}`);
  }

  /** The text of the first element matching `selector`, white space folded. */
  async text(selector: string): Promise<string> {
    const text = await this.page.locator(selector).first().innerText();
    return text.replace(/\s+/g, ' ').trim();
  }

  /** The attribute `name` of every element matching `selector` ('' when absent). */
  async attributes(selector: string, name: string): Promise<string[]> {
    const values: string[] = [];
    for (const element of await this.page.locator(selector).all())
      values.push((await element.getAttribute(name)) ?? '');
    return values;
  }

  async heading(): Promise<string> {
    return this.text('main h1');
  }

  /** Signs in through the login form with the mouse (for tests where the login is not the subject). */
  async signIn(
    email: string,
    password: string,
    expectedPath: string | RegExp = /^\/(mijn|beheer)$/,
  ) {
    await this.visit('/inloggen');
    await this.page.getByLabel('E-mailadres').fill(email);
    await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await Promise.all([
      this.page.waitForURL((u) => u.pathname !== '/inloggen'),
      this.page.locator('main form button[type=submit]').click(),
    ]);
    if (new URL(this.page.url()).pathname === '/inloggen/code') {
      // staff and admins: the second step, with the code their (test) authenticator shows now
      await this.page.getByLabel('Code uit uw app of herstelcode').fill(await nextTotpCode(email));
      await Promise.all([
        this.page.waitForURL((u) => u.pathname !== '/inloggen/code'),
        this.page.locator('main form button[type=submit]').click(),
      ]);
    }
    this.assertPath(expectedPath, `after signing in as ${email}`);
    await this.check(`signed in as ${email}`);
  }

  /** Logs out with the header button. */
  async signOut() {
    await Promise.all([
      this.page.waitForURL('**/inloggen?uitgelogd=1'),
      this.page.locator('header form button[type=submit]').click(),
    ]);
    await this.check('logged out');
  }

  async close() {
    await this.context.close();
  }
}

/** The pages that passed axe, by a hash of their markup; shared by the sessions of one harness. */
export class AxeCache {
  readonly passed = new Set<string>();

  async key(page: Page): Promise<string> {
    const html = await page.content();
    const stable = html.replace(/(name="_csrf" value=")[^"]*/g, '$1');
    return createHash('sha256').update(stable).digest('hex');
  }
}
