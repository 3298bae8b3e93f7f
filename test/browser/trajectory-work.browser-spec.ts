import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { toAmsterdamParts } from '../../src/common/views/amsterdam-time';
import { SUCCESS_FACTORS } from '../../src/trajectories/success-factors';
import { TrajectoryAction } from '../../src/trajectories/trajectory-action.entity';
import { TrajectoryAssessment } from '../../src/trajectories/trajectory-assessment.entity';
import { TrajectoryLink } from '../../src/trajectories/trajectory-link.entity';
import { TrajectoryLogEntry } from '../../src/trajectories/trajectory-log-entry.entity';
import type { Trajectory } from '../../src/trajectories/trajectory.entity';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { createTrajectory } from '../utils/trajectory-fixtures';
import { BrowserHarness, startHarness } from './support/harness';
import { byId, byText, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

const DAY = 86_400_000;

/**
 * The working-together pages of a JOS trajectory in the browser: the log, actions (with an
 * overdue one), documents and the self-assessment pass axe with data and with errors, and a
 * member fills in the self-assessment by keyboard only.
 */
describe('JOS working together in the browser', () => {
  let h: BrowserHarness;
  let anna: User;
  let bram: User;
  let coach: User;
  let trajectory: Trajectory;
  let m: BrowserSession;
  let base = '';

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    coach = await createUser(ds, { role: 'staff', name: 'Coach Carla' });
    anna = await createUser(ds, { name: 'Anna de Vries' });
    bram = await createUser(ds, { name: 'Bram Jansen' });
    trajectory = await createTrajectory(ds, {
      members: [anna, bram],
      coach,
      title: 'JOS Utrecht: Testcollege en Jongerenwerk Test',
    });
    base = `/jos/trajecten/${trajectory.id}`;
    const today = toAmsterdamParts(new Date()).date;
    await ds.getRepository(TrajectoryLogEntry).save({
      trajectoryId: trajectory.id,
      kind: 'meeting',
      occurredOn: today,
      title: 'Kennismaking',
      body: 'Regel één\n<b>geen opmaak</b>',
      otherAttendees: 'wijkagent',
      authorId: anna.id,
    });
    for (const [title, dueOn, status] of [
      ['Rooster afstemmen', toAmsterdamParts(new Date(Date.now() - 3 * DAY)).date, 'open'],
      ['Verslag rondsturen', today, 'open'],
      ['Ruimte regelen', today, 'done'],
    ] as const)
      await ds.getRepository(TrajectoryAction).save({
        trajectoryId: trajectory.id,
        title,
        description: '',
        ownerId: bram.id,
        dueOn,
        status,
        doneAt: status === 'done' ? new Date() : null,
        doneBy: status === 'done' ? bram.id : null,
        overdueNotifiedAt: null,
        createdBy: anna.id,
      });
    await ds.getRepository(TrajectoryLink).save({
      trajectoryId: trajectory.id,
      title: 'Plan van aanpak',
      url: 'https://drive.example.nl/plan',
      addedBy: anna.id,
    });
    m = await h.newSession();
    await m.signIn(anna.email, TEST_PASSWORD, '/mijn');
  });
  after(() => h?.close());

  it('the log, actions and documents pass axe with data and with errors', async () => {
    await m.visit(`${base}/logboek`, { status: 200 });
    assert.match(await m.heading(), /Logboek/);
    await m.page.getByLabel('Onderwerp').fill('Vervolg');
    await m.page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await m.check('the log with an error', { status: 422 });
    assert.match(await m.text('.jep-error-summary'), /Verslag of notitie/);

    await m.visit(`${base}/acties`, { status: 200 });
    assert.match(await m.text('main'), /Over de datum/);
    await m.page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await m.check('the actions with errors', { status: 422 });
    assert.match(await m.text('.jep-error-summary'), /Kies wie deze actie uitvoert/);

    await m.visit(`${base}/documenten`, { status: 200 });
    await m.page.getByLabel('Naam van het document').fill('Script');
    await m.page.getByLabel('Webadres').fill('javascript:alert(1)');
    await m.page.getByRole('button', { name: 'Link toevoegen' }).click();
    await m.check('the documents with an error', { status: 422 });
  });

  it('a member fills in the self-assessment by keyboard; the results pass axe', async () => {
    await m.visit(`${base}/zelfevaluatie`, { status: 200 });
    await tabTo(m.page, byText('Startmeting invullen', 'a'), 'the link to the start assessment');
    await pressAndWaitForNavigation(m.page, 'Enter');
    await m.check('the self-assessment form', { status: 200 });
    m.assertPath(`${base}/zelfevaluatie/start`);

    await tabTo(m.page, byId('field-organisationId'), 'the organisation select');
    await m.page.keyboard.press('ArrowDown');
    for (const factor of SUCCESS_FACTORS) {
      await tabTo(m.page, byId(`field-score_${factor}-1`), `the scale of ${factor}`);
      await m.page.keyboard.press('ArrowRight');
      await m.page.keyboard.press('ArrowRight');
      await m.page.keyboard.press('ArrowRight');
    }
    await m.page.keyboard.press('Tab');
    await m.page.keyboard.type('Het loopt goed');
    await tabTo(m.page, byText('Antwoorden opslaan', 'button'), 'the save button');
    await pressAndWaitForNavigation(m.page, 'Enter');
    await m.check('the results after saving', { status: 200 });
    m.assertPath(`${base}/zelfevaluatie`);
    assert.match(await m.text('.jep-flash'), /opgeslagen/);
    assert.match(await m.text('table'), /4,0/);
    const stored = await h.testApp.dataSource
      .getRepository(TrajectoryAssessment)
      .findOneByOrFail({ trajectoryId: trajectory.id, userId: anna.id });
    assert.equal(stored.moment, 'start');

    await m.visit(`${base}/zelfevaluatie/start`, { status: 200 });
    await m.page.locator('#field-score_partnership-5').check();
    // A score left out (as a browser without the stored answer would send it).
    await m.page.evaluate("document.querySelector('#field-score_embedding-4').checked = false");
    await m.page.getByRole('button', { name: 'Antwoorden opslaan' }).click();
    await m.check('the self-assessment with an error', { status: 422 });
    assert.match(await m.text('.jep-error-summary'), /Borging: Kies een score/);
  });
});
