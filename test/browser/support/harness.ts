import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Browser, chromium } from 'playwright-core';
import { createTestApp, TestApp, TestAppOptions } from '../../utils/test-app';
import { AxeCache, BrowserSession } from './session';

/** The system Chromium (apt-get install chromium); a browser is never downloaded. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BrowserHarness {
  testApp: TestApp;
  /** http://127.0.0.1:<port>, also the app's BASE_URL, so links in mail point to this server */
  baseUrl: string;
  browser: Browser;
  /** A new browser context (own cookies) with one page, watched for console errors. */
  newSession(options?: { locale?: string }): Promise<BrowserSession>;
  close(): Promise<void>;
}

/** A free local port: the app's BASE_URL must be known before it boots. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Boots the real app (createTestApp: fresh SQLite database, local mailbox) on 127.0.0.1 and
 * launches Chromium once. Call from a `before` hook; `close` in `after`.
 */
export async function startHarness(options: TestAppOptions = {}): Promise<BrowserHarness> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const testApp = await createTestApp({ ...options, env: { BASE_URL: baseUrl, ...options.env } });
  let browser: Browser | null = null;
  try {
    await testApp.app.listen(port, '127.0.0.1');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (error) {
    await testApp.close();
    throw error;
  }
  const sessions: BrowserSession[] = [];
  const axeCache = new AxeCache();
  const launched = browser;
  return {
    testApp,
    baseUrl,
    browser: launched,
    async newSession(sessionOptions = {}) {
      const context = await launched.newContext({
        baseURL: baseUrl,
        locale: sessionOptions.locale ?? 'nl-NL',
        viewport: { width: 1280, height: 900 },
      });
      const session = await BrowserSession.open(context, baseUrl, axeCache);
      sessions.push(session);
      return session;
    },
    async close() {
      for (const s of sessions) await s.close().catch(() => undefined);
      await launched.close().catch(() => undefined);
      await testApp.close();
    },
  };
}
