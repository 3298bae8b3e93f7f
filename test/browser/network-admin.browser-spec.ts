import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { FreshnessService } from '../../src/network/freshness.service';
import { NetworkMembership } from '../../src/network/membership.entity';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { createListing } from '../utils/network-fixtures';
import { BrowserHarness, startHarness } from './support/harness';
import { byText, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

const DAY = 86_400_000;

/**
 * The network's staff overview on the demo data (the numbers, the filters, a page of
 * organisations) and the freshness link a partner opens from the e-mail: the confirm page,
 * the thank-you page and the page for a used link. Every page passes axe.
 */
describe('network: staff overview and the "still correct" link in the browser', () => {
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

  it('/beheer/netwerk: the numbers, the filters and the list pass axe; filtering works without JavaScript', async () => {
    await staff.visit('/beheer/netwerk', { status: 200 });
    assert.equal(await staff.heading(), 'Netwerk beheren');
    assert.match(await staff.text('.jep-network-counts'), /Gepubliceerd/);
    assert.equal(await staff.page.locator('table.jep-network-admin tbody tr').count(), 50);
    await staff.page.getByLabel('Provincie').selectOption({ label: 'Fryslân' });
    await staff.page.getByLabel('Alleen mogelijk verouderd').uncheck();
    await staff.page.getByLabel('Zonder partner').check();
    await Promise.all([
      staff.page.waitForURL((u) => u.search.includes('provincie=PV21')),
      staff.page.getByRole('button', { name: 'Toon organisaties' }).click(),
    ]);
    await staff.check('filtered overview', { status: 200 });
    assert.match(staff.path(), /zonder-partner=1/);
    const names = await staff.page.locator('table.jep-network-admin tbody th a').allInnerTexts();
    assert.ok(names.length > 10);
    assert.ok(!names.includes('Jongerenwerk Súdwest-Fryslân'), 'the demo partner keeps that one');
    await staff.visit('/beheer/netwerk?verouderd=1&sorteer=bevestigd', { status: 200 });
    assert.ok((await staff.page.locator('tbody .jep-outdated').count()) > 0);
  });

  it('the e-mailed link: a confirm page, by keyboard the button, a thank-you page; used again, a clear page', async () => {
    const ds = h.testApp.dataSource;
    const listing = await createListing(ds, {
      name: 'Jongerenwerk Harns',
      confirmedAt: new Date(Date.now() - 200 * DAY),
    });
    const partner = await createUser(ds, { role: 'partner' });
    await ds.getRepository(NetworkMembership).insert({
      userId: partner.id,
      organisationId: listing.id,
      status: 'active',
      note: null,
      decidedAt: new Date(),
      decidedBy: null,
    });
    await h.testApp.app.get(FreshnessService).sendDue(new Date());
    const mail = await ds
      .getRepository(OutboxMessage)
      .findOneByOrFail({ toAddress: partner.email, template: 'network-freshness' });
    const link = mail.bodyText.match(/https?:\/\/\S+\/netwerk\/actueel\/[A-Za-z0-9_-]{43}/)![0];
    const path = new URL(link).pathname;

    const visitor = await h.newSession();
    await visitor.visit(path, { status: 200 });
    assert.equal(await visitor.heading(), 'Klopt de vermelding nog?');
    assert.match(await visitor.text('main'), /Jongerenwerk Harns/);
    await tabTo(
      visitor.page,
      byText('Ja, de vermelding klopt nog', 'button'),
      'the confirm button',
      {
        max: 40,
      },
    );
    await pressAndWaitForNavigation(visitor.page, 'Enter');
    visitor.assertPath('/netwerk/actueel/bedankt');
    await visitor.check('thank-you page', { status: 200 });
    assert.match(await visitor.text('.jep-flash'), /Jongerenwerk Harns is bevestigd/);
    await visitor.visit(path, { status: 404 });
    assert.equal(await visitor.heading(), 'Deze link werkt niet (meer)');
  });
});
