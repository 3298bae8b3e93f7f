import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DemoSeedService, type DemoAccount } from '../../src/demo/demo-seed.service';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import type { BrowserSession } from './support/session';

/**
 * The Advies op Maat reports on the demo data (every table, the period form, a refused period)
 * and the demo professional's /mijn with their advice request. Every page passes axe.
 */
describe('advice: reports and /mijn in the browser', () => {
  let h: BrowserHarness;
  let staff: BrowserSession;
  let accounts: DemoAccount[];

  before(async () => {
    h = await startHarness();
    accounts = await h.testApp.app.get(DemoSeedService).seedIfEmpty();
    const user = await createUser(h.testApp.dataSource, { role: 'staff' });
    staff = await h.newSession();
    await staff.signIn(user.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  it('/beheer/advies/rapportage: the tables of the demo data pass axe; a period is chosen without JavaScript', async () => {
    await staff.visit('/beheer/advies/rapportage', { status: 200 });
    assert.equal(await staff.heading(), 'Rapportage Advies op Maat');
    assert.match(await staff.text('.jep-advice-report__period'), /12 adviesvragen/);
    assert.equal(await staff.page.locator('table.jep-advice-report__table').count(), 8);
    assert.equal(await staff.page.locator('#rapport-maanden tbody tr').count(), 12);
    assert.match(await staff.text('#rapport-doorverwijzingen'), /Training OMEI van Platform JEP/);
    assert.match(await staff.text('.jep-advice-report__summary'), /3 antwoorden/);

    const year = new Date().getFullYear();
    await staff.page.getByLabel('Van').fill(`${year - 1}-01-01`);
    await staff.page.getByLabel('Tot en met').fill(`${year - 1}-12-31`);
    await Promise.all([
      staff.page.waitForURL((u) => u.search.includes(`van=${year - 1}-01-01`)),
      staff.page.getByRole('button', { name: 'Toon cijfers' }).click(),
    ]);
    await staff.check('another period', { status: 200 });
    assert.equal(await staff.page.locator('#rapport-maanden tbody tr').count(), 12);
    assert.match(await staff.text('#rapport-maanden caption'), /per maand/);
  });

  it('a refused period shows the error summary and the field messages, and passes axe', async () => {
    await staff.visit('/beheer/advies/rapportage?van=2026-02-30&tot=2026-01-01', { status: 400 });
    assert.match(await staff.text('.jep-error-summary'), /bestaande datum/);
    assert.equal(await staff.page.locator('#field-van').getAttribute('aria-invalid'), 'true');
    assert.equal(await staff.page.locator('table.jep-advice-report__table').count(), 0);
  });

  it('/mijn lists the demo professional’s advice request with its status and the link to ask', async () => {
    const professional = accounts.find((a) => a.role === 'professional')!;
    const session = await h.newSession();
    await session.signIn(professional.email, professional.password, '/mijn');
    await session.visit('/mijn', { status: 200 });
    const section = await session.text('section[aria-labelledby="mijn-advies"]');
    assert.match(section, /AV-\d{4}-\d{4}/);
    assert.match(section, /Het gesprek aangaan over extreme idealen/);
    assert.match(section, /Afspraak gepland/);
    assert.match(section, /Een nieuwe vraag stellen aan Advies op Maat/);
  });
});
