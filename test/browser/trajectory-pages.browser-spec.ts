import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { Trajectory } from '../../src/trajectories/trajectory.entity';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { createListing } from '../utils/network-fixtures';
import { createTrajectory } from '../utils/trajectory-fixtures';
import { BrowserHarness, startHarness } from './support/harness';
import { byText, pressAndWaitForNavigation, tabTo, typeInto } from './support/keyboard';
import type { BrowserSession } from './support/session';

/**
 * /jos, the application form (submitted by keyboard), the trajectory page as a member and as the
 * coach, the staff queue with one application, and the phase configuration: axe on every page.
 */
describe('JOS pages in the browser', () => {
  let h: BrowserHarness;
  let pro: User;
  let staff: User;
  let p: BrowserSession;
  let s: BrowserSession;

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    await createListing(ds, { name: 'Stedelijk College', type: 'onderwijs' });
    pro = await createUser(ds, { name: 'Noor Coördinator' });
    staff = await createUser(ds, { role: 'staff', name: 'Cor Coach' });
    p = await h.newSession();
    await p.signIn(pro.email, TEST_PASSWORD, '/mijn');
    s = await h.newSession();
    await s.signIn(staff.email, TEST_PASSWORD, '/beheer');
  });
  after(() => h?.close());

  it('/jos passes axe for a visitor and for a signed-in user', async () => {
    const visitor = await h.newSession();
    await visitor.visit('/jos', { status: 200 });
    assert.match(await visitor.heading(), /JOS/);
    await p.visit('/jos', { status: 200 });
  });

  it('a coordinator applies by keyboard; the form with errors passes axe too', async () => {
    await p.visit('/jos/aanvragen', { status: 200 });
    await tabTo(p.page, byText('Aanvraag versturen', 'button'), 'the submit button', { max: 200 });
    await pressAndWaitForNavigation(p.page, 'Enter');
    await p.check('the form with errors', { status: 422 });

    await p.page.getByLabel('Gemeente', { exact: true }).selectOption('GM0344');
    await p.page
      .getByLabel('School 1 uit het netwerk')
      .selectOption({ label: 'Stedelijk College (Leeuwarden)' });
    await p.page.getByLabel('Of naam van organisatie 1').focus();
    await p.page.keyboard.type('Jongerenwerk Oost');
    await p.page.getByLabel('Uw vraag of doel').focus();
    await p.page.keyboard.type('Samen eerder signaleren op school.');
    await typeInto(p.page, 'field-hopedStart', 'na de zomer', 'the hoped start');
    await tabTo(p.page, byText('Aanvraag versturen', 'button'), 'the submit button');
    await pressAndWaitForNavigation(p.page, 'Enter');
    await p.check('the new trajectory as a member', { status: 200 });
    p.assertPath(/^\/jos\/trajecten\/\d+$/);
    assert.match(await p.text('.jep-flash'), /aanvraag is ontvangen/);
  });

  it('the queue, one application and the trajectory as the coach pass axe', async () => {
    const trajectory = await h.testApp.dataSource
      .getRepository(Trajectory)
      .findOneOrFail({ where: { applicantId: pro.id } });
    await s.visit('/beheer/jos/aanvragen', { status: 200 });
    await s.visit(`/beheer/jos/aanvragen/${trajectory.id}`, { status: 200 });
    await s.page.getByLabel('Coach').selectOption(String(staff.id));
    await Promise.all([
      s.page.waitForEvent('load'),
      s.page.getByRole('button', { name: 'Aanvraag aannemen' }).click(),
    ]);
    await s.check('the trajectory as the coach', { status: 200 });
    s.assertPath(`/jos/trajecten/${trajectory.id}`);
    const other = await createTrajectory(h.testApp.dataSource, { coach: staff, members: [pro] });
    await s.visit(`/jos/trajecten/${other.id}`, { status: 200 });
    await p.visit(`/jos/trajecten/${other.id}`, { status: 200 });
  });

  it('the phase configuration passes axe', async () => {
    await s.visit('/beheer/jos/fasen', { status: 200 });
    await s.page.getByRole('link', { name: 'Intake wijzigen' }).click();
    await s.check('the phase edit form', { status: 200 });
  });
});
