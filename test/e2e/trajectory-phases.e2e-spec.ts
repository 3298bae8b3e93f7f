import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { TrajectoryMember } from '../../src/trajectories/trajectory-member.entity';
import { TrajectoryPhaseChange } from '../../src/trajectories/trajectory-phase-change.entity';
import { TrajectoryPhase } from '../../src/trajectories/trajectory-phase.entity';
import { Trajectory } from '../../src/trajectories/trajectory.entity';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { createTrajectory } from '../utils/trajectory-fixtures';
import { Page, textOf, WebClient } from '../utils/web-client';

/**
 * The trajectory page: the coach moves it through every phase to afgerond (dated, in the
 * history), stops another with a reason, edits details and invites members; a member may read
 * but not manage (403), an outsider sees nothing (404). Staff configure the phases.
 */
describe('JOS: the trajectory page, its phases and members', () => {
  let t: TestApp;
  let staff: User;
  let coach: User;
  let member: User;
  let outsider: User;
  let c: WebClient;
  let mc: WebClient;
  let oc: WebClient;
  let sc: WebClient;

  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);
  const phase = (key: string) =>
    t.dataSource.getRepository(TrajectoryPhase).findOneByOrFail({ key });
  const load = (id: number) =>
    t.dataSource
      .getRepository(Trajectory)
      .findOneOrFail({ where: { id }, relations: { phase: true } });
  const moveOptions = (page: Page) =>
    page
      .$('#field-phaseId option')
      .map((_, o) => page.$(o).text().trim())
      .get()
      .slice(1);

  before(async () => {
    t = await createTestApp({ smtp: true });
    staff = await createUser(t.dataSource, { role: 'staff', name: 'Sanne Staf' });
    coach = await createUser(t.dataSource, { role: 'staff', name: 'Cor Coach' });
    member = await createUser(t.dataSource, { name: 'Mila Lid' });
    outsider = await createUser(t.dataSource, { name: 'Otto Buiten' });
    c = t.client();
    mc = t.client();
    oc = t.client();
    sc = t.client();
    await signIn(c, coach.email);
    await signIn(mc, member.email);
    await signIn(oc, outsider.email);
    await signIn(sc, staff.email);
  });
  after(() => t.close());

  it('moves a trajectory through every phase in order to afgerond, with the history shown', async () => {
    const tr = await createTrajectory(t.dataSource, { coach, members: [member] });
    const path = `/jos/trajecten/${tr.id}`;
    const order = ['verkenning', 'plan_van_aanpak', 'uitvoering', 'borging_evaluatie', 'afgerond'];
    for (const key of order) {
      const target = await phase(key);
      const page = await c.get(path);
      assert.equal(page.status, 200);
      assert.ok(moveOptions(page).includes(target.nameNl), `${key} is offered`);
      const moved = await c.post(`${path}/fase`, {
        phaseId: String(target.id),
        note: key === 'uitvoering' ? 'Start <b>in</b> week 12' : '',
      });
      assert.equal(moved.status, 303, key);
      assert.equal((await load(tr.id)).phase!.key, key);
    }
    const done = await load(tr.id);
    assert.equal(done.status, 'completed');
    assert.ok(done.closedAt);
    assert.equal(
      await t.dataSource.getRepository(TrajectoryPhaseChange).countBy({ trajectoryId: tr.id }),
      1 + order.length,
    );
    const page = await mc.get(path);
    assert.equal(page.status, 200);
    const history = textOf(page.$, '.jep-jos-history');
    assert.match(history, /Van Intake naar Verkenning door Cor Coach/);
    assert.match(history, /Afgerond: van Borging en evaluatie naar Afgerond/);
    assert.match(history, /Start <b>in<\/b> week 12/, 'the note is shown as text');
    assert.equal(page.$('.jep-jos-history b').length, 0);
    assert.match(textOf(page.$, '.jep-jos-status'), /Afgerond/);
    assert.equal(page.$('.jep-jos-progress__step--done').length, 6);
    // Closed: read-only for the coach too.
    const closed = await c.get(path);
    assert.equal(closed.$('form[action$="/fase"]').length, 0);
    assert.match(textOf(closed.$, 'main'), /afgesloten/);
    const refused = await c.post(`${path}/fase`, { phaseId: String((await phase('intake')).id) });
    assert.equal(refused.status, 422);
    assert.match(textOf(refused.$, 'main'), /gewijzigd of afgesloten/);
    assert.equal((await load(tr.id)).phase!.key, 'afgerond');
  });

  it('stops a trajectory with a required reason', async () => {
    const tr = await createTrajectory(t.dataSource, { coach, members: [member] });
    const path = `/jos/trajecten/${tr.id}`;
    await c.get(path);
    const empty = await c.post(`${path}/stoppen`, { stopReason: ' ' });
    assert.equal(empty.status, 422);
    assert.match(error(empty, 'stopReason'), /Vul dit veld in/);
    assert.equal((await load(tr.id)).status, 'active');
    const stopped = await c.post(`${path}/stoppen`, {
      stopReason: 'De school fuseert dit jaar.',
    });
    assert.equal(stopped.status, 303);
    const after = await load(tr.id);
    assert.equal(after.status, 'stopped');
    assert.equal(after.closingReason, 'De school fuseert dit jaar.');
    const page = await mc.get(path);
    assert.match(textOf(page.$, '.jep-jos-status'), /Gestopt.*De school fuseert dit jaar\./);
    assert.match(textOf(page.$, '.jep-jos-history'), /gestopt in de fase Intake/);
  });

  it('refuses a member a phase change (403) and leaves the trajectory as it was', async () => {
    const tr = await createTrajectory(t.dataSource, { coach, members: [member] });
    const path = `/jos/trajecten/${tr.id}`;
    const page = await mc.get(path);
    assert.equal(page.status, 200);
    assert.equal(page.$('form[action$="/fase"]').length, 0, 'no forms for a member');
    const target = await phase('verkenning');
    assert.equal((await mc.post(`${path}/fase`, { phaseId: String(target.id) })).status, 403);
    assert.equal((await mc.post(`${path}/fase`, { phaseId: '' })).status, 403);
    assert.equal((await mc.post(`${path}/stoppen`, { stopReason: 'Weg' })).status, 403);
    const after = await load(tr.id);
    assert.equal(after.phase!.key, 'intake');
    assert.equal(after.status, 'active');
  });

  it('shows an outsider 404 on the page and on every post', async () => {
    const tr = await createTrajectory(t.dataSource, { coach, members: [member] });
    const path = `/jos/trajecten/${tr.id}`;
    assert.equal((await oc.get(path)).status, 404);
    assert.equal((await oc.get('/jos/trajecten/999999')).status, 404);
    await oc.get('/jos');
    const token = oc.csrfToken();
    const m = await t.dataSource
      .getRepository(TrajectoryMember)
      .findOneByOrFail({ trajectoryId: tr.id });
    const posts: [string, Record<string, string>][] = [
      ['gegevens', { title: 'Gekaapt' }],
      ['coach', { coachId: String(outsider.id) }],
      ['fase', { phaseId: String((await phase('verkenning')).id) }],
      ['stoppen', { stopReason: 'Weg' }],
      ['leden', { memberName: 'X', memberEmail: 'x@example.nl', memberSide: 'school' }],
      [`leden/${m.id}/verwijderen`, {}],
      ['fase', { phaseId: '' }],
    ];
    for (const [action, fields] of posts) {
      const res = await oc.post(`${path}/${action}`, fields, { csrf: token });
      assert.equal(res.status, 404, action);
    }
    const after = await load(tr.id);
    assert.equal(after.title, tr.title);
    assert.equal(after.phase!.key, 'intake');
    assert.equal(
      await t.dataSource
        .getRepository(TrajectoryMember)
        .countBy({ trajectoryId: tr.id, status: 'active' }),
      1,
    );
  });

  it('edits the details, invites and removes members, with a message for a bad address', async () => {
    t.smtp!.messages.length = 0;
    const tr = await createTrajectory(t.dataSource, { coach, members: [member] });
    const path = `/jos/trajecten/${tr.id}`;
    await c.get(path);
    const bad = await c.post(`${path}/leden`, {
      memberName: 'Fout Adres',
      memberEmail: 'niet-een-adres',
      memberSide: 'school',
    });
    assert.equal(bad.status, 422);
    assert.match(error(bad, 'memberEmail'), /e-mailadres/i);
    assert.equal(bad.$('#field-memberName').val(), 'Fout Adres');
    const invited = await c.post(`${path}/leden`, {
      memberName: 'Nieuwe Jongerenwerker',
      memberEmail: 'nieuw@jw.example.nl',
      memberSide: 'youth_work',
      memberRole: 'Jongerenwerker',
    });
    assert.equal(invited.status, 303);
    await c.get(path);
    const again = await c.post(`${path}/leden`, {
      memberName: 'Mila',
      memberEmail: member.email,
      memberSide: 'school',
    });
    assert.equal(again.status, 422);
    assert.match(error(again, 'memberEmail'), /al lid/);
    await t.deliverMail();
    assert.match(t.smtp!.to('nieuw@jw.example.nl')[0].text, /\/uitnodiging\//);
    const page = await mc.get(path);
    assert.match(textOf(page.$, '.jep-jos-members'), /Nieuwe Jongerenwerker.*Jongerenwerk Test/);

    await c.get(path);
    const wrongDates = await c.post(`${path}/gegevens`, {
      title: 'JOS Utrecht',
      goals: 'Eerder signaleren',
      startDate: '2027-02-01',
      plannedEndDate: '2026-01-01',
    });
    assert.equal(wrongDates.status, 422);
    assert.match(error(wrongDates, 'plannedEndDate'), /vóór de startdatum/);
    const saved = await c.post(`${path}/gegevens`, {
      title: 'JOS Utrecht',
      goals: 'Eerder signaleren\nSamen <i>optrekken</i>',
      startDate: '2027-02-01',
      plannedEndDate: '2027-07-01',
    });
    assert.equal(saved.status, 303);
    const shown = await mc.get(path);
    assert.match(textOf(shown.$, 'h1'), /JOS Utrecht/);
    assert.match(textOf(shown.$, '.jep-jos-start'), /1 februari 2027/);
    assert.match(textOf(shown.$, '.jep-jos-goals'), /Samen <i>optrekken<\/i>/);

    const newbie = await t.dataSource
      .getRepository(TrajectoryMember)
      .findOneOrFail({ where: { trajectoryId: tr.id }, order: { id: 'DESC' } });
    await c.get(path);
    assert.equal((await c.post(`${path}/leden/${newbie.id}/verwijderen`, {})).status, 303);
    const gone = await mc.get(path);
    assert.doesNotMatch(textOf(gone.$, '.jep-jos-members'), /Nieuwe Jongerenwerker/);
  });

  it('lets staff assign another coach', async () => {
    const tr = await createTrajectory(t.dataSource, { coach, members: [member] });
    const path = `/jos/trajecten/${tr.id}`;
    await sc.get(path);
    const done = await sc.post(`${path}/coach`, { coachId: String(staff.id) });
    assert.equal(done.status, 303);
    assert.equal((await load(tr.id)).coachId, staff.id);
    await sc.get(path);
    const bad = await sc.post(`${path}/coach`, { coachId: String(member.id) });
    assert.equal(bad.status, 422);
    assert.equal((await load(tr.id)).coachId, staff.id);
  });

  it('reflects the phase configuration (rename, add, hide, order) in the move select', async () => {
    assert.equal((await mc.get('/beheer/jos/fasen')).status, 403);
    const list = await sc.get('/beheer/jos/fasen');
    assert.equal(list.status, 200);
    const verkenning = await phase('verkenning');
    await sc.get(`/beheer/jos/fasen/${verkenning.id}`);
    const renamed = await sc.post(`/beheer/jos/fasen/${verkenning.id}`, {
      nameNl: 'Kennismaking',
      nameEn: 'Getting acquainted',
      descriptionNl: '',
      descriptionEn: '',
    });
    assert.equal(renamed.status, 303);
    await sc.get('/beheer/jos/fasen');
    const empty = await sc.post('/beheer/jos/fasen', { nameNl: '', nameEn: '' });
    assert.equal(empty.status, 422);
    assert.match(error(empty, 'nameNl'), /Vul dit veld in/);
    const added = await sc.post('/beheer/jos/fasen', {
      nameNl: 'Nazorg & borging',
      nameEn: 'Aftercare',
      descriptionNl: '',
      descriptionEn: '',
    });
    assert.equal(added.status, 303);
    const nazorg = await phase('nazorg_borging');
    // Move the new phase up once (before Borging en evaluatie), hide Uitvoering.
    await sc.get('/beheer/jos/fasen');
    assert.equal((await sc.post(`/beheer/jos/fasen/${nazorg.id}/omhoog`, {})).status, 303);
    const uitvoering = await phase('uitvoering');
    await sc.get('/beheer/jos/fasen');
    assert.equal(
      (await sc.post(`/beheer/jos/fasen/${uitvoering.id}/zichtbaarheid`, { active: '0' })).status,
      303,
    );
    // The first and last phase stay where they are.
    const first = await phase('aanvraag');
    const last = await phase('afgerond');
    await sc.get('/beheer/jos/fasen');
    assert.equal((await sc.post(`/beheer/jos/fasen/${first.id}/omlaag`, {})).status, 422);
    assert.equal(
      (await sc.post(`/beheer/jos/fasen/${last.id}/zichtbaarheid`, { active: '0' })).status,
      422,
    );
    const tr = await createTrajectory(t.dataSource, { coach, members: [member] });
    const page = await c.get(`/jos/trajecten/${tr.id}`);
    assert.deepEqual(moveOptions(page), [
      'Kennismaking',
      'Plan van aanpak',
      'Nazorg & borging',
      'Borging en evaluatie',
      'Afgerond',
    ]);
    const hidden = await c.post(`/jos/trajecten/${tr.id}/fase`, {
      phaseId: String(uitvoering.id),
    });
    assert.equal(hidden.status, 422, 'a hidden phase is not offered');
    assert.match(error(hidden, 'phaseId'), /Kies een fase/);
    const config = await sc.get('/beheer/jos/fasen');
    assert.match(textOf(config.$, 'tbody'), /Uitvoering.*verborgen/);

    // The assessment phases: at most one each, not the same.
    await sc.get('/beheer/jos/fasen');
    const same = await sc.post('/beheer/jos/fasen/zelfevaluatie', {
      startPhase: String(nazorg.id),
      endPhase: String(nazorg.id),
    });
    assert.equal(same.status, 422);
    const set = await sc.post('/beheer/jos/fasen/zelfevaluatie', {
      startPhase: String(verkenning.id),
      endPhase: String(nazorg.id),
    });
    assert.equal(set.status, 303);
    const phases = await t.dataSource.getRepository(TrajectoryPhase).find();
    assert.deepEqual(
      phases
        .filter((p) => p.opensAssessment)
        .map((p) => [p.key, p.opensAssessment])
        .sort(),
      [
        ['nazorg_borging', 'end'],
        ['verkenning', 'start'],
      ],
    );
  });
});
