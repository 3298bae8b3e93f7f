import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createUser } from '../utils/factories';
import { textOf } from '../utils/web-client';
import { createTestApp, TestApp } from '../utils/test-app';
import { AccessibilityCheckReader } from '../../src/retention/accessibility-check.reader';
import { RETENTION_KINDS } from '../../src/retention/retention-kinds';
import { RetentionService } from '../../src/retention/retention.service';

describe('statements: privacy and accessibility', () => {
  let t: TestApp;
  let dir: string;

  before(async () => {
    t = await createTestApp();
    dir = mkdtempSync(join(tmpdir(), 'jep-a11y-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('the footer links to both statements on every page', async () => {
    const home = await t.client().get('/');
    assert.equal(home.$('footer a[href="/privacy"]').length, 1);
    assert.equal(home.$('footer a[href="/toegankelijkheid"]').length, 1);
  });

  it('/privacy lists every kind with its current period, the rights and the authority', async () => {
    const page = await t.client().get('/privacy');
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'h1'), 'Privacyverklaring');
    assert.equal(page.$('tr[id^="retention-"]').length, RETENTION_KINDS.length);
    assert.match(textOf(page.$, '#retention-outboxBodies'), /90 dagen na het versturen/);
    assert.match(
      textOf(page.$, '#retention-unconfirmedSubscriptions'),
      /30 dagen na de laatste bevestigingsmail/,
    );
    assert.match(textOf(page.$, '#retention-closedAdvice'), /2 jaar na het afronden/);
    assert.match(
      textOf(page.$, '#retention-inactiveAccounts'),
      /3 jaar na de laatste keer inloggen/,
    );
    for (const area of [
      'account',
      'enrolments',
      'newsletter',
      'network',
      'trajectories',
      'advice',
      'evaluations',
    ])
      assert.equal(page.$(`#area-${area}`).length, 1, area);
    assert.match(textOf(page.$, 'main'), /anoniem/);
    assert.equal(page.$('a[href="/mijn/privacy"]').length > 0, true);
    assert.equal(page.$('a[href="/mijn/profiel"]').length, 1);
    assert.equal(page.$('a[href="mailto:privacy@platformjep.nl"]').length > 0, true);
    assert.match(textOf(page.$, '#privacy-complaint + p'), /Autoriteit Persoonsgegevens/);
  });

  it('/privacy follows a changed setting', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin' });
    const service = t.app.get(RetentionService);
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(await service.periods())) values[k] = String(v);
    await service.update(admin, { ...values, outboxBodies: '45', auditLog: '1095' });
    const page = await t.client().get('/privacy');
    assert.match(textOf(page.$, '#retention-outboxBodies'), /45 dagen na het versturen/);
    assert.match(textOf(page.$, '#retention-auditLog'), /3 jaar na het vastleggen/);
  });

  it('/privacy in English', async () => {
    const client = t.client();
    await client.get('/taal/en?terug=/privacy');
    const page = await client.get('/privacy');
    assert.equal(textOf(page.$, 'h1'), 'Privacy statement');
    assert.match(textOf(page.$, '#retention-closedAdvice'), /2 years after it was closed/);
  });

  it("/toegankelijkheid has the model's sections and the date of the last automated test", async () => {
    const reader = t.app.get(AccessibilityCheckReader);
    reader.path = join(dir, 'accessibility-check.json');
    writeFileSync(
      reader.path,
      JSON.stringify({ checkedAt: '2026-02-03', pages: 42, violations: 0 }),
    );
    const page = await t.client().get('/toegankelijkheid');
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'h1'), 'Toegankelijkheidsverklaring');
    for (const id of [
      'a11y-scope',
      'a11y-standard',
      'a11y-status',
      'a11y-check',
      'a11y-contact',
      'a11y-enforcement',
    ])
      assert.equal(page.$(`#${id}`).length, 1, id);
    assert.match(textOf(page.$, 'main'), /WCAG 2\.1/);
    assert.match(textOf(page.$, 'main'), /EN 301 549/);
    assert.match(textOf(page.$, '#a11y-status ~ p'), /voldoet gedeeltelijk/);
    assert.match(textOf(page.$, 'main'), /PDF/);
    assert.match(textOf(page.$, 'main'), /Nationale ombudsman/);
    assert.match(textOf(page.$, '#a11y-last-check'), /3 februari 2026/);
    assert.match(textOf(page.$, '#a11y-last-check'), /42 pagina's getoetst, 0 overtredingen/);
    assert.equal(page.$('#a11y-last-check time').attr('datetime'), '2026-02-03');
  });

  it('/toegankelijkheid says the date is not known without a (valid) file', async () => {
    const reader = t.app.get(AccessibilityCheckReader);
    reader.path = join(dir, 'missing.json');
    let page = await t.client().get('/toegankelijkheid');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '#a11y-last-check'), /niet bekend/);
    reader.path = join(dir, 'broken.json');
    writeFileSync(reader.path, '{"checkedAt": "<script>", "pages": 1');
    page = await t.client().get('/toegankelijkheid');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '#a11y-last-check'), /niet bekend/);
  });
});
