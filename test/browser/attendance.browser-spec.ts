import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { Attendance } from '../../src/enrolments/attendance.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import type { Meeting } from '../../src/scheduling/meeting.entity';
import { createEdition, daysFromNow } from '../utils/enrolment-fixtures';
import { createUser, TEST_PASSWORD } from '../utils/factories';
import { BrowserHarness, startHarness } from './support/harness';
import { byId, byText, focused, pressAndWaitForNavigation, tabTo } from './support/keyboard';
import type { BrowserSession } from './support/session';

const DAY = 86_400_000;

/**
 * A trainer fills in the roster of yesterday's meeting with the keyboard only (Tab between the
 * people, Space and the arrow keys within a person's choices, Enter to save); staff then correct
 * a completion on the afronding page. Every page on the way passes axe, with and without errors.
 */
describe('attendance in the browser', () => {
  let h: BrowserHarness;
  let trainer: User;
  let staff: User;
  let meetings: Meeting[];
  let editionId = 0;
  const people: { name: string; enrolmentId: number }[] = [];

  before(async () => {
    h = await startHarness();
    const ds = h.testApp.dataSource;
    trainer = await createUser(ds, { role: 'trainer', name: 'Marieke Trainer' });
    staff = await createUser(ds, { role: 'staff', name: 'Sanne Medewerker' });
    const fixture = await createEdition(ds, {
      meetings: [
        [daysFromNow(-8), '09:30', '12:30'],
        [daysFromNow(-1), '09:30', '12:30'],
      ],
      registrationOpensAt: new Date(Date.now() - 60 * DAY),
      registrationClosesAt: new Date(Date.now() - 10 * DAY),
      trainerIds: [trainer.id],
    });
    meetings = fixture.meetings;
    editionId = fixture.edition.id;
    for (const name of ['Anna Bakker', 'Bram de Wit', 'Cem Yilmaz']) {
      const user = await createUser(ds, { name, organisation: 'Jongerenwerk Utrecht' });
      const repo = ds.getRepository(Enrolment);
      const enrolment = await repo.save(
        repo.create({
          editionId,
          userId: user.id,
          status: 'confirmed',
          waitlistSeq: null,
          statusChangedAt: new Date(),
          offerExpiresAt: null,
          offerTokenHash: null,
          cancelReason: null,
          completion: null,
          completionNote: null,
          calendarSequence: 0,
          enrolledBy: null,
        }),
      );
      people.push({ name, enrolmentId: enrolment.id });
    }
  });
  after(() => h?.close());

  const rosterPath = () => `/bijeenkomsten/${meetings[1].id}/presentie`;
  const radio = (i: number, status: string) => `field-status-${people[i].enrolmentId}-${status}`;

  describe('the trainer', () => {
    let s: BrowserSession;
    before(async () => {
      s = await h.newSession();
      await s.signIn(trainer.email, TEST_PASSWORD, '/mijn');
    });

    it('the roster passes axe and is filled in and saved with the keyboard only', async () => {
      await s.visit(rosterPath(), { status: 200 });
      assert.match(await s.heading(), /Presentie/);

      // Tab into the first person's choices; Space ticks "Aanwezig"
      await tabTo(s.page, byId(radio(0, 'present')), `Aanwezig for ${people[0].name}`);
      await s.page.keyboard.press('Space');
      // Tab moves on to the next person; the arrow key moves to and ticks "Afwezig"
      await tabTo(s.page, byId(radio(1, 'present')), `the choices of ${people[1].name}`, {
        max: 3,
      });
      await s.page.keyboard.press('ArrowDown');
      assert.equal((await focused(s.page))?.id, radio(1, 'absent'));
      await tabTo(s.page, byId(radio(2, 'present')), `the choices of ${people[2].name}`, {
        max: 3,
      });
      await s.page.keyboard.press('ArrowDown');
      await s.page.keyboard.press('ArrowDown');
      assert.equal((await focused(s.page))?.id, radio(2, 'excused'));

      await tabTo(s.page, byText('Presentie opslaan', 'button'), 'the save button', { max: 3 });
      await pressAndWaitForNavigation(s.page, 'Enter');
      await s.check('roster saved', { status: 200 });
      s.assertPath(rosterPath());
      assert.match(await s.text('.jep-flash'), /De presentie is opgeslagen \(3 gewijzigd\)/);
      for (const [i, status] of [
        [0, 'present'],
        [1, 'absent'],
        [2, 'excused'],
      ] as const)
        assert.equal(await s.page.locator(`#${radio(i, status)}`).isChecked(), true);

      const stored = await h.testApp.dataSource
        .getRepository(Attendance)
        .find({ where: { meetingId: meetings[1].id }, order: { enrolmentId: 'ASC' } });
      assert.deepEqual(
        stored.map((a) => [a.status, a.markedBy]),
        [
          ['present', trainer.id],
          ['absent', trainer.id],
          ['excused', trainer.id],
        ],
      );
    });

    it('a refused roster (a value that is no status) comes back with its errors and passes axe', async () => {
      await s.visit(rosterPath(), { status: 200 });
      await s.page.evaluate(`document.getElementById('${radio(0, 'absent')}').value = 'misschien'`);
      await s.page.locator(`#${radio(0, 'absent')}`).check();
      await Promise.all([
        s.page.waitForLoadState('load'),
        s.page.getByRole('button', { name: 'Presentie opslaan' }).click(),
      ]);
      await s.check('roster with an error', { status: 422 });
      assert.match(
        await s.text('.jep-error-summary'),
        /Anna Bakker: Kies aanwezig, afwezig of afgemeld/,
      );
    });

    it('the print view passes axe', async () => {
      await s.visit(`${rosterPath()}/afdrukken`, { status: 200 });
      assert.match(await s.text('main table'), /Anna Bakker/);
    });
  });

  describe('staff', () => {
    let s: BrowserSession;
    before(async () => {
      s = await h.newSession();
      await s.signIn(staff.email, TEST_PASSWORD, '/beheer');
    });

    it('reach the afronding page from the roster; it passes axe, with and without errors', async () => {
      await s.visit(rosterPath(), { status: 200 });
      await s.page.getByRole('link', { name: 'Afronding van deze uitvoering' }).click();
      await s.check('afronding', { status: 200 });
      s.assertPath(`/beheer/uitvoeringen/${editionId}/afronding`);
      // the edition has ended: the roster save decided (Anna: present once, unmarked once)
      assert.match(
        await s.text(`tr[data-enrolment="${people[0].enrolmentId}"]`),
        /1 van 2.*Niet afgerond/,
      );

      const section = s.page.locator(`#deelnemer-${people[0].enrolmentId}`);
      await section.getByLabel('Afgerond', { exact: true }).check();
      await Promise.all([
        s.page.waitForLoadState('load'),
        section.getByRole('button', { name: /Correctie opslaan/ }).click(),
      ]);
      await s.check('correction without a reason', { status: 422 });
      assert.match(await s.text('.jep-error-summary'), /Vul de reden van de correctie in/);

      const again = s.page.locator(`#deelnemer-${people[0].enrolmentId}`);
      await again.getByLabel(/Reden van de correctie/).fill('Eerste bijeenkomst ingehaald.');
      await Promise.all([
        s.page.waitForLoadState('load'),
        again.getByRole('button', { name: /Correctie opslaan/ }).click(),
      ]);
      await s.check('correction saved', { status: 200 });
      assert.match(await s.text('.jep-flash'), /De afronding van Anna Bakker is gecorrigeerd/);
      assert.match(
        await s.text(`tr[data-enrolment="${people[0].enrolmentId}"]`),
        /Afgerond \(gecorrigeerd\)/,
      );
    });

    it('the staff edition page links each meeting to its roster', async () => {
      await s.visit(`/beheer/uitvoeringen/${editionId}`, { status: 200 });
      await s.page.getByRole('link', { name: 'Presentie van bijeenkomst 2' }).click();
      await s.check('roster from the edition page', { status: 200 });
      s.assertPath(rosterPath());
    });
  });
});
