import { In } from 'typeorm';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { TrajectoryAssessment } from '../../src/trajectories/trajectory-assessment.entity';
import { TrajectoryMember } from '../../src/trajectories/trajectory-member.entity';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { TrajectoryOrganisation } from '../../src/trajectories/trajectory-organisation.entity';
import { toAmsterdamParts } from '../../src/common/views/amsterdam-time';
import { TrajectoryAction } from '../../src/trajectories/trajectory-action.entity';
import { Trajectory } from '../../src/trajectories/trajectory.entity';
import { createUser, signedInClient, signIn } from '../utils/factories';
import { createTrajectory } from '../utils/trajectory-fixtures';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

const DAY = 86_400_000;
const day = (offset: number) => toAmsterdamParts(new Date(Date.now() + offset * DAY)).date;

/** The trajectory titles on a page: the board's cards or the list's rows, in order. */
function titles(
  page: Page,
  selector = '.jep-jos-card__title a, .jep-jos-list tbody th a',
): string[] {
  return page
    .$(selector)
    .map((_, a) => page.$(a).text().trim())
    .get();
}

describe('JOS: the staff overview (board, list, counts) and /mijn', () => {
  let t: TestApp;
  let staff: WebClient;
  let coachA: User;
  let coachB: User;
  let member: User;
  let memberClient: WebClient;
  const tr: Record<string, Trajectory> = {};

  async function action(trajectory: Trajectory, dueOn: string, status: 'open' | 'done' = 'open') {
    await t.dataSource.getRepository(TrajectoryAction).save({
      trajectoryId: trajectory.id,
      title: `Actie ${dueOn}`,
      description: '',
      ownerId: coachA.id,
      dueOn,
      status,
      doneAt: status === 'done' ? new Date() : null,
      doneBy: null,
      overdueNotifiedAt: null,
      createdBy: coachA.id,
    });
  }

  before(async () => {
    t = await createTestApp();
    const signedIn = await signedInClient(() => t.client(), t.dataSource, 'staff');
    staff = signedIn.client;
    coachA = await createUser(t.dataSource, { role: 'staff', name: 'Anna Coach' });
    coachB = await createUser(t.dataSource, { role: 'staff', name: 'Bert Coach' });
    member = await createUser(t.dataSource, { role: 'professional' });
    memberClient = t.client();
    await signIn(memberClient, member.email);
    const applicant = await createUser(t.dataSource, { role: 'partner' });
    const make = (key: string, fields: Parameters<typeof createTrajectory>[1]) =>
      createTrajectory(t.dataSource, { applicant, ...fields }).then((x) => (tr[key] = x));
    await make('utrecht', {
      title: 'JOS Utrecht intake',
      phase: 'intake',
      coach: coachA,
      municipalityCode: 'GM0344',
      members: [member],
    });
    await make('zwolle', {
      title: 'JOS Zwolle verkenning',
      phase: 'verkenning',
      coach: coachB,
      municipalityCode: 'GM0193',
    });
    await make('rotterdam', {
      title: 'JOS Rotterdam uitvoering',
      phase: 'uitvoering',
      coach: coachA,
      municipalityCode: 'GM0599',
    });
    await make('amersfoort', {
      title: 'JOS Amersfoort aanvraag',
      phase: 'aanvraag',
      coach: null,
      municipalityCode: 'GM0307',
    });
    await make('stopped', {
      title: 'JOS Utrecht gestopt',
      phase: 'verkenning',
      coach: coachA,
      municipalityCode: 'GM0344',
      status: 'stopped',
    });
    // Rotterdam: overdue for ten days (and one not yet due); Zwolle: overdue for two days.
    await action(tr.rotterdam, day(-10));
    await action(tr.rotterdam, day(5));
    await action(tr.rotterdam, day(-20), 'done');
    await action(tr.zwolle, day(-2));
    await action(tr.zwolle, day(-3));
    await action(tr.utrecht, day(3));
    // Utrecht changed most recently: it still comes after the overdue ones.
    await t.dataSource
      .getRepository(Trajectory)
      .update(tr.utrecht.id, { updatedAt: new Date(Date.now() + 60_000) });
  });
  after(() => t.close());

  it('the board has a column per phase in order, each with its trajectories; running ones only by default', async () => {
    const page = await staff.get('/beheer/jos');
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'h1'), 'JOS-trajecten');
    const phases = page
      .$('.jep-jos-board__column')
      .map((_, s) => page.$(s).attr('data-phase'))
      .get();
    assert.deepEqual(phases, [
      'aanvraag',
      'intake',
      'verkenning',
      'plan_van_aanpak',
      'uitvoering',
      'borging_evaluatie',
      'afgerond',
    ]);
    const column = (key: string) => titles(page, `[data-phase="${key}"] .jep-jos-card__title a`);
    assert.deepEqual(column('aanvraag'), ['JOS Amersfoort aanvraag']);
    assert.deepEqual(column('intake'), ['JOS Utrecht intake']);
    assert.deepEqual(column('verkenning'), ['JOS Zwolle verkenning']);
    assert.deepEqual(column('uitvoering'), ['JOS Rotterdam uitvoering']);
    assert.deepEqual(column('afgerond'), []);
    const card = textOf(page.$, `[data-id="${tr.rotterdam.id}"]`);
    assert.match(card, /Rotterdam/);
    assert.match(card, /Anna Coach/);
    assert.match(card, /Testcollege, Jongerenwerk Test/);
    assert.match(card, /1 actie over de datum/);
    assert.match(textOf(page.$, `[data-id="${tr.zwolle.id}"]`), /2 acties over de datum/);
    assert.match(textOf(page.$, `[data-id="${tr.amersfoort.id}"]`), /Zonder coach/);
    assert.equal(page.$(`a[href="/jos/trajecten/${tr.utrecht.id}"]`).length, 1);
    for (const href of [
      '/beheer/jos/lijst',
      '/beheer/jos/aantallen',
      '/beheer/jos/aanvragen',
      '/beheer/jos/fasen',
    ])
      assert.equal(page.$(`nav a[href="${href}"]`).length, 1, href);

    const stopped = await staff.get('/beheer/jos?status=stopped');
    assert.deepEqual(titles(stopped), ['JOS Utrecht gestopt']);
    assert.match(textOf(stopped.$, '[data-phase="verkenning"]'), /Gestopt/);
    assert.equal(titles(await staff.get('/beheer/jos?status=all')).length, 5);
  });

  it('each filter narrows the board and the list: coach, municipality, province, phase', async () => {
    const cases: [string, string[]][] = [
      [`coach=${coachA.id}`, ['JOS Rotterdam uitvoering', 'JOS Utrecht intake']],
      [`coach=${coachB.id}`, ['JOS Zwolle verkenning']],
      ['coach=geen', ['JOS Amersfoort aanvraag']],
      ['gemeente=GM0344', ['JOS Utrecht intake']],
      ['provincie=PV26', ['JOS Amersfoort aanvraag', 'JOS Utrecht intake']],
      ['fase=verkenning', ['JOS Zwolle verkenning']],
      ['fase=verkenning&status=all', ['JOS Utrecht gestopt', 'JOS Zwolle verkenning']],
      [
        `coach=${coachA.id}&gemeente=GM0344&status=all`,
        ['JOS Utrecht gestopt', 'JOS Utrecht intake'],
      ],
    ];
    for (const [query, expected] of cases) {
      const board = await staff.get(`/beheer/jos?${query}`);
      assert.equal(board.status, 200, query);
      assert.deepEqual(titles(board).sort(), expected, `board ${query}`);
      const list = await staff.get(`/beheer/jos/lijst?${query}`);
      assert.deepEqual(titles(list).sort(), expected, `list ${query}`);
    }
    // filtered by phase, the board shows that column only
    const board = await staff.get('/beheer/jos?fase=verkenning');
    assert.equal(board.$('.jep-jos-board__column').length, 1);
    // the form keeps the choices
    const kept = await staff.get(`/beheer/jos/lijst?coach=${coachA.id}&provincie=PV26`);
    assert.equal(kept.$('#filter-coach option[selected]').attr('value'), String(coachA.id));
    assert.equal(kept.$('#filter-provincie option[selected]').attr('value'), 'PV26');
    // nonsense in the URL is ignored, never an error
    const odd = await staff.get(
      '/beheer/jos/lijst?coach=%3Cscript%3E&gemeente=XX&fase=%27%3B--&status=nee&pagina=-1',
    );
    assert.equal(odd.status, 200);
    assert.equal(titles(odd).length, 4);
  });

  it('the list puts the longest overdue first, then by last change, with the counts of actions', async () => {
    const page = await staff.get('/beheer/jos/lijst');
    assert.equal(page.status, 200);
    assert.deepEqual(titles(page), [
      'JOS Rotterdam uitvoering',
      'JOS Zwolle verkenning',
      'JOS Utrecht intake',
      'JOS Amersfoort aanvraag',
    ]);
    const cells = (id: number) =>
      page
        .$(`tr[data-id="${id}"] td`)
        .map((_, td) => page.$(td).text().trim())
        .get();
    const rotterdam = cells(tr.rotterdam.id);
    assert.equal(rotterdam[0], 'Rotterdam');
    assert.equal(rotterdam[1], 'Zuid-Holland');
    assert.equal(rotterdam[2], 'Uitvoering');
    assert.equal(rotterdam[3], 'Lopend');
    assert.equal(rotterdam[4], 'Anna Coach');
    assert.equal(rotterdam[7], '2', 'open actions');
    assert.equal(rotterdam[8], '1', 'overdue');
    assert.equal(cells(tr.zwolle.id)[8], '2');
    assert.equal(cells(tr.utrecht.id)[8], '0');
    assert.match(textOf(page.$, '.jep-jos-found'), /4 trajecten gevonden/);
  });

  it('exports the filtered list as CSV', async () => {
    const page = await staff.get('/beheer/jos/lijst?provincie=PV26');
    const href = page.$('a[href^="/beheer/jos/lijst.csv"]').attr('href');
    assert.equal(href, '/beheer/jos/lijst.csv?provincie=PV26');
    const res = await staff.agent.get(href ?? '');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="jos-lijst-/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.match(
      lines[0],
      /^id;Traject;Gemeente;Provincie;Fase;Status;Coach;Organisaties;Start;Gepland einde;Open acties;Over de datum;Laatste wijziging$/,
    );
    assert.equal(lines.length, 3);
    assert.ok(
      lines.some((l) =>
        l.startsWith(
          `${tr.utrecht.id};JOS Utrecht intake;Utrecht;Utrecht;Intake;Lopend;Anna Coach;Testcollege, Jongerenwerk Test;;;1;0;`,
        ),
      ),
    );
    assert.ok(
      lines.some((l) => l.startsWith(`${tr.amersfoort.id};JOS Amersfoort aanvraag;Amersfoort;`)),
    );
    const all = await staff.agent.get('/beheer/jos/lijst.csv?status=all');
    assert.equal(all.text.trim().split('\r\n').length, 6);
  });

  it('counts trajectories per municipality and phase, with row and column totals', async () => {
    const page = await staff.get('/beheer/jos/aantallen?status=all');
    assert.equal(page.status, 200);
    const head = page
      .$('.jep-jos-counts thead th')
      .map((_, th) => page.$(th).text().trim())
      .get();
    assert.deepEqual(head, [
      'Gemeente',
      'Aanvraag',
      'Intake',
      'Verkenning',
      'Plan van aanpak',
      'Uitvoering',
      'Borging en evaluatie',
      'Afgerond',
      'Totaal',
    ]);
    const rows = page
      .$('.jep-jos-counts tbody tr, .jep-jos-counts tfoot tr')
      .toArray()
      .map((row) =>
        page
          .$(row)
          .find('th, td')
          .toArray()
          .map((c) => page.$(c).text().trim()),
      );
    assert.deepEqual(rows, [
      ['Amersfoort', '1', '0', '0', '0', '0', '0', '0', '1'],
      ['Rotterdam', '0', '0', '0', '0', '1', '0', '0', '1'],
      ['Utrecht', '0', '1', '1', '0', '0', '0', '0', '2'],
      ['Zwolle', '0', '0', '1', '0', '0', '0', '0', '1'],
      ['Totaal', '1', '1', '2', '0', '1', '0', '0', '5'],
    ]);
    // the default: running trajectories; a province narrows it
    const running = await staff.get('/beheer/jos/aantallen?provincie=PV26');
    assert.deepEqual(
      running
        .$('.jep-jos-counts tbody th')
        .map((_, th) => running.$(th).text().trim())
        .get(),
      ['Amersfoort', 'Utrecht'],
    );
    assert.equal(textOf(running.$, '.jep-jos-counts tfoot td:last-child'), '2');
    const csv = await staff.agent.get('/beheer/jos/aantallen.csv?status=all');
    assert.equal(csv.status, 200);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(
      lines[0],
      'Gemeente;Aanvraag;Intake;Verkenning;Plan van aanpak;Uitvoering;Borging en evaluatie;Afgerond;Totaal',
    );
    assert.equal(lines[3], 'Utrecht;0;1;1;0;0;0;0;2');
    assert.equal(lines[5], 'Totaal;1;1;2;0;1;0;0;5');
  });

  it('is for staff and admins only; visitors are sent to log in', async () => {
    const paths = [
      '/beheer/jos',
      '/beheer/jos/lijst',
      '/beheer/jos/lijst.csv',
      '/beheer/jos/aantallen',
      '/beheer/jos/aantallen.csv',
    ];
    for (const role of ['professional', 'partner', 'trainer'] as const) {
      const { client } = await signedInClient(() => t.client(), t.dataSource, role);
      for (const path of paths)
        assert.equal((await client.get(path)).status, 403, `${role} ${path}`);
    }
    for (const path of paths)
      assert.equal((await memberClient.get(path)).status, 403, `member ${path}`);
    const visitor = t.client();
    for (const path of paths) {
      const page = await visitor.get(path);
      assert.equal(page.status, 303, path);
      assert.match(page.location ?? '', /^\/inloggen/);
    }
    const { client: admin } = await signedInClient(() => t.client(), t.dataSource, 'admin');
    assert.equal((await admin.get('/beheer/jos')).status, 200);
  });

  it('/mijn shows a member their own trajectory with its phase and actions, and no one else’s', async () => {
    const page = await memberClient.get('/mijn');
    assert.equal(page.status, 200);
    const section = textOf(page.$, '#mijn-trajecten + *, .jep-jos-mine');
    assert.match(section, /JOS Utrecht intake/);
    assert.match(section, /Intake/);
    assert.match(section, /geen open acties voor u/);
    assert.doesNotMatch(section, /Rotterdam|Zwolle|Amersfoort|gestopt/);
    assert.equal(page.$(`.jep-jos-mine a[href="/jos/trajecten/${tr.utrecht.id}"]`).length, 1);

    // the coach sees the ones they coach, with the overdue actions
    const coach = t.client();
    await signIn(coach, coachA.email);
    const coachPage = await coach.get('/mijn');
    const mine = textOf(coachPage.$, '.jep-jos-mine');
    assert.match(mine, /JOS Rotterdam uitvoering \(coach\)/);
    assert.match(mine, /2 open acties voor u · 1 actie over de datum/);
    assert.match(mine, /JOS Utrecht gestopt/);
    assert.doesNotMatch(mine, /Zwolle|Amersfoort/);

    // someone taking part in none sees none, and the way to apply
    const { client: other } = await signedInClient(() => t.client(), t.dataSource, 'professional');
    const none = await other.get('/mijn');
    const text = textOf(none.$, '.jep-jos-mine');
    assert.match(text, /U neemt \(nog\) niet deel aan een JOS-traject/);
    assert.doesNotMatch(text, /JOS Utrecht|Rotterdam/);
  });
});

describe('JOS: the demo trajectories', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('seeds one trajectory in every phase and a stopped one, shown on the board and on /mijn', async () => {
    const accounts = await t.app.get(DemoSeedService).seedIfEmpty();
    const all = await t.dataSource.getRepository(Trajectory).find({ relations: { phase: true } });
    assert.ok(all.length >= 6);
    for (const key of [
      'aanvraag',
      'intake',
      'verkenning',
      'plan_van_aanpak',
      'uitvoering',
      'afgerond',
    ])
      assert.ok(
        all.some((x) => x.phase?.key === key),
        key,
      );
    assert.ok(all.some((x) => x.status === 'stopped' && x.closingReason));
    assert.ok(all.some((x) => x.status === 'completed'));
    const staffUser = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'medewerker@platformjep.nl' });
    assert.ok(
      all.filter((x) => x.phase?.key !== 'aanvraag').every((x) => x.coachId === staffUser.id),
    );
    const members = await t.dataSource
      .getRepository(TrajectoryMember)
      .find({ relations: { user: true } });
    const of = (email: string) => members.filter((mm) => mm.user?.email === email).length;
    assert.equal(of('professional@platformjep.nl'), 2);
    assert.equal(of('partner@platformjep.nl'), 1);
    const assessments = await t.dataSource.getRepository(TrajectoryAssessment).find();
    const done = all.find((x) => x.status === 'completed')!;
    assert.deepEqual(
      [
        ...new Set(assessments.filter((a) => a.trajectoryId === done.id).map((a) => a.moment)),
      ].sort(),
      ['end', 'start'],
    );
    // Organisations come from the demo network when it lists one in the same municipality (the
    // partner's own listing at least); the others are named as not yet listed.
    const orgs = await t.dataSource.getRepository(TrajectoryOrganisation).find();
    const linked = orgs.filter((o) => o.networkOrganisationId !== null);
    assert.ok(linked.length >= 1);
    const listed = await t.dataSource.getRepository(NetworkOrganisation).findBy({
      id: In(linked.map((o) => o.networkOrganisationId!)),
    });
    assert.deepEqual(
      linked.map((o) => o.name).sort(),
      linked.map((o) => listed.find((l) => l.id === o.networkOrganisationId)!.name).sort(),
    );

    const staffClient = (await signedInClient(() => t.client(), t.dataSource, 'staff')).client;
    const list = await staffClient.get('/beheer/jos/lijst');
    assert.equal(list.status, 200);
    const first = list.$('.jep-jos-list tbody tr').first();
    assert.match(first.text(), /Rotterdam/);
    assert.equal(first.find('td').eq(8).text().trim(), '1', 'the overdue action puts it first');
    assert.equal((await staffClient.get('/beheer/jos')).status, 200);
    assert.equal((await staffClient.get('/beheer/jos/aantallen?status=all')).status, 200);
    const professional = accounts.find((a) => a.role === 'professional')!;
    const client = t.client();
    await signIn(client, professional.email, professional.password);
    const mine = (await client.get('/mijn')).$('.jep-jos-mine li');
    assert.equal(mine.length, 2);
    assert.match(mine.first().text(), /Rotterdam[\s\S]*Uitvoering[\s\S]*1 actie over de datum/);
    assert.match(mine.last().text(), /Afgerond/);
    // the overdue action's one reminder counts as sent: starting the demo sends no mail
    const overdue = await t.dataSource.getRepository(TrajectoryAction).findBy({ status: 'open' });
    assert.ok(overdue.some((a) => a.dueOn < day(0) && a.overdueNotifiedAt));
    assert.ok(overdue.filter((a) => a.dueOn < day(0)).every((a) => a.overdueNotifiedAt));
  });
});
