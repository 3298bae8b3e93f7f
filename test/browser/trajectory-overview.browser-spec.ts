import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DemoSeedService, type DemoAccount } from '../../src/demo/demo-seed.service';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import type { BrowserSession } from './support/session';

/**
 * The JOS staff overview on the demo trajectories — the board by phase, the list and the counts,
 * filtered without JavaScript — and a member's /mijn with their trajectories. Every page passes axe.
 */
describe('JOS: the staff overview and /mijn in the browser', () => {
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

  it('the board: a column per phase with cards; the filter form narrows it', async () => {
    await staff.visit('/beheer/jos', { status: 200 });
    assert.equal(await staff.heading(), 'JOS-trajecten');
    assert.equal(await staff.page.locator('.jep-jos-board__column').count(), 7);
    assert.ok((await staff.page.locator('.jep-jos-card').count()) >= 5);
    assert.match(await staff.text('[data-phase="uitvoering"]'), /1 actie over de datum/);
    await staff.page.getByLabel('Provincie').selectOption({ label: 'Zuid-Holland' });
    await Promise.all([
      staff.page.waitForURL((u) => u.search.includes('provincie=PV28')),
      staff.page.getByRole('button', { name: 'Toon trajecten' }).click(),
    ]);
    await staff.check('filtered board', { status: 200 });
    const cards = await staff.page.locator('.jep-jos-card__title a').allInnerTexts();
    assert.ok(cards.length >= 1);
    assert.ok(
      cards.every((c) => /Rotterdam|'s-Gravenhage/.test(c)),
      cards.join(' | '),
    );
  });

  it('the list and the counts pass axe', async () => {
    await staff.visit('/beheer/jos/lijst?status=all', { status: 200 });
    assert.equal(await staff.heading(), 'JOS-trajecten: lijst');
    assert.match(await staff.text('.jep-jos-list tbody tr'), /Rotterdam/);
    await staff.visit('/beheer/jos/aantallen?status=all', { status: 200 });
    assert.equal(await staff.heading(), 'JOS-trajecten: aantallen');
    assert.match(await staff.text('.jep-jos-counts tfoot'), /Totaal/);
    await staff.visit('/beheer/jos/aantallen?provincie=PV22', { status: 200 });
  });

  it('/mijn lists the member’s trajectories', async () => {
    const professional = accounts.find((a) => a.role === 'professional')!;
    const member = await h.newSession();
    await member.signIn(professional.email, professional.password, '/mijn');
    await member.visit('/mijn', { status: 200 });
    const section = await member.text('.jep-jos-mine');
    assert.match(section, /Mijn JOS-trajecten/);
    assert.match(section, /Rotterdam/);
    assert.equal(await member.page.locator('.jep-jos-mine li').count(), 2);
  });
});
