import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('runs without any settings in development, on SQLite with a local mailbox', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.database.type, 'sqlite');
    assert.equal(c.smtpUrl, null);
    assert.equal(c.secureCookies, false);
  });
  it('stops a production start without secret or database, naming both', () => {
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production' }),
      (e: unknown) =>
        e instanceof ConfigError &&
        /SESSION_SECRET/.test(e.message) &&
        /DATABASE_URL/.test(e.message),
    );
  });
  it('uses PostgreSQL when DATABASE_URL says so, and secure cookies behind https', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u@db/jep',
      SESSION_SECRET: 'x'.repeat(40),
      BASE_URL: 'https://platformjep.nl',
    });
    assert.deepEqual(c.database, { type: 'postgres', url: 'postgres://u@db/jep' });
    assert.equal(c.secureCookies, true);
  });
  it('refuses nonsense values with a clear message', () => {
    assert.throws(() => loadConfig({ PORT: 'abc' }), /PORT must be a whole number/);
    assert.throws(() => loadConfig({ SESSION_SECRET: 'short' }), /at least 32/);
    assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL must start/);
  });
});
