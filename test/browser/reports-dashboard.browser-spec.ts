import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import type { BrowserSession } from './support/session';

/**
 * The reports dashboard on the demo data: every chart is an image with a title and a
 * description and is followed by its table; the page and an empty period pass axe.
 */
describe('reports dashboard in the browser', () => {
  let h: BrowserHarness;
  let staff: BrowserSession;

  before(async () => {
    h = await startHarness();
    await h.testApp.app.get(DemoSeedService).seedIfEmpty();
    const user = await createUser(h.testApp.dataSource, { role: 'staff' });
    staff = await h.newSession();
    await staff.signIn(user.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  it('/beheer/rapportages: charts with a title, a description and their table; it passes axe', async () => {
    await staff.visit('/beheer/rapportages', { status: 200 });
    assert.equal(await staff.heading(), 'Rapportages');
    const charts = staff.page.locator('svg[role="img"]');
    assert.ok((await charts.count()) >= 3, 'charts for reach, sectors and scores');
    for (const chart of await charts.all()) {
      const labelledBy = (await chart.getAttribute('aria-labelledby'))!.split(' ');
      assert.equal(labelledBy.length, 2, 'a title and a description');
      for (const id of labelledBy)
        assert.ok((await staff.page.locator(`[id="${id}"]`).textContent())!.trim().length > 0);
    }
    assert.ok((await staff.page.locator('table caption').count()) >= (await charts.count()));
    assert.ok(
      (await staff.page.locator('a[href^="/beheer/rapportages/"][href*=".csv"]').count()) > 3,
    );
  });

  it('an empty period says so, without charts of nothing, and passes axe', async () => {
    await staff.visit('/beheer/rapportages?van=2001-01-01&tot=2001-03-31', { status: 200 });
    assert.equal(await staff.heading(), 'Rapportages');
  });

  it('a refused period shows the message at the field and passes axe', async () => {
    await staff.visit('/beheer/rapportages?van=2026-02-30&tot=2026-01-01', { status: 400 });
    assert.equal(await staff.page.locator('#field-van').getAttribute('aria-invalid'), 'true');
  });
});
