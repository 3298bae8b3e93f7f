import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MyTrajectory } from './my-trajectories.service';
import { myTrajectoriesSection } from './my-trajectories.presenter';
import { overviewQuery, parseOverviewFilter } from './overview-query';
import { boardPage, countsCsv, countsTable, listCsv, listPage } from './overview.presenter';
import type { OverviewOptions, OverviewRow } from './overview.service';
import type { TrajectoryPhase } from './trajectory-phase.entity';
import type { Trajectory } from './trajectory.entity';

function phase(id: number, key: string, nameNl: string, active = true): TrajectoryPhase {
  return {
    id,
    key,
    nameNl,
    nameEn: `${nameNl} (en)`,
    descriptionNl: '',
    descriptionEn: '',
    position: id * 10,
    opensAssessment: null,
    active,
  };
}

const PHASES = [
  phase(1, 'aanvraag', 'Aanvraag'),
  phase(2, 'intake', 'Intake'),
  phase(3, 'oud', 'Oude fase', false),
  phase(4, 'afgerond', 'Afgerond'),
];

function trajectory(fields: Partial<Trajectory>): Trajectory {
  const p = PHASES.find((x) => x.id === (fields.phaseId ?? 2))!;
  return {
    id: 1,
    title: 'JOS Utrecht',
    municipalityCode: 'GM0344',
    municipality: {
      code: 'GM0344',
      name: 'Utrecht',
      provinceCode: 'PV26',
      province: { code: 'PV26', name: 'Utrecht' },
    },
    question: '',
    goals: '',
    hopedStart: '',
    startDate: '2026-09-01',
    plannedEndDate: null,
    phaseId: p.id,
    phase: p,
    status: 'active',
    closingReason: null,
    coachId: 5,
    applicantId: 9,
    closedAt: null,
    createdAt: new Date('2026-05-01T10:00:00Z'),
    updatedAt: new Date('2026-06-01T10:00:00Z'),
    ...fields,
  };
}

function row(fields: Partial<Trajectory>, extra: Partial<OverviewRow> = {}): OverviewRow {
  return {
    trajectory: trajectory(fields),
    coach: { id: 5, name: 'Anna Coach' },
    organisations: [
      { kind: 'school', name: 'Het College' },
      { kind: 'youth_work', name: 'JoU' },
    ],
    openActions: 2,
    overdueActions: 0,
    ...extra,
  };
}

const OPTIONS: OverviewOptions = {
  coaches: [{ id: 5, name: 'Anna Coach' }],
  municipalities: [{ code: 'GM0344', name: 'Utrecht' }],
  provinces: [{ code: 'PV26', name: 'Utrecht' }],
  phases: PHASES,
};

describe('JOS overview: the filter', () => {
  it('parses what it knows and ignores the rest', () => {
    assert.deepEqual(
      parseOverviewFilter({
        coach: '12',
        gemeente: 'GM0344',
        provincie: 'PV26',
        fase: 'plan_van_aanpak',
        status: 'stopped',
        pagina: '3',
      }),
      {
        coach: 12,
        municipality: 'GM0344',
        province: 'PV26',
        phase: 'plan_van_aanpak',
        status: 'stopped',
        page: 3,
      },
    );
    assert.deepEqual(parseOverviewFilter({ coach: 'geen' }).coach, 'geen');
    assert.deepEqual(
      parseOverviewFilter({
        coach: ['1', '2'],
        gemeente: 'GM9999',
        provincie: 'XX',
        fase: '<b>',
        status: 'weg',
        pagina: 'x',
      }),
      {
        coach: undefined,
        municipality: undefined,
        province: undefined,
        phase: undefined,
        status: 'active',
        page: 1,
      },
    );
    assert.deepEqual(overviewQuery(parseOverviewFilter({ coach: '3', status: 'active' })), {
      coach: '3',
      gemeente: undefined,
      provincie: undefined,
      fase: undefined,
      status: undefined,
    });
  });
});

describe('JOS overview: the board', () => {
  it('has a column per active phase (and a hidden one that has trajectories), cards in the given order', () => {
    const page = boardPage(
      {
        rows: [
          row({ id: 2, title: 'Te laat', phaseId: 2 }, { overdueActions: 3 }),
          row({ id: 1, phaseId: 2 }, { coach: null }),
          row({ id: 3, title: 'Oud', phaseId: 3 }),
        ],
        total: 3,
      },
      parseOverviewFilter({}),
      OPTIONS,
      'nl',
    );
    assert.deepEqual(
      page.columns.map((c) => [c.key, c.count, c.cards.map((x) => x.id)]),
      [
        ['aanvraag', '0', []],
        ['intake', '2', [2, 1]],
        ['oud', '1', [3]],
        ['afgerond', '0', []],
      ],
    );
    const [late, noCoach] = page.columns[1].cards;
    assert.equal(late.overdueText, '3 acties over de datum');
    assert.equal(late.overdue, true);
    assert.equal(late.organisations, 'Het College, JoU');
    assert.equal(noCoach.coach, 'Zonder coach');
    assert.equal(noCoach.overdueText, 'Geen acties over de datum');
    assert.equal(page.found, '3 trajecten gevonden.');
    assert.equal(page.form.filtered, false);
    // without the hidden phase's trajectory, its column goes
    const plain = boardPage({ rows: [], total: 0 }, parseOverviewFilter({}), OPTIONS, 'en');
    assert.deepEqual(
      plain.columns.map((c) => c.name),
      ['Aanvraag (en)', 'Intake (en)', 'Afgerond (en)'],
    );
    assert.equal(plain.found, 'No trajectories found.');
    const one = boardPage(
      { rows: [], total: 0 },
      parseOverviewFilter({ fase: 'intake' }),
      OPTIONS,
      'nl',
    );
    assert.deepEqual(
      one.columns.map((c) => c.key),
      ['intake'],
    );
    assert.equal(one.form.filtered, true);
  });

  it('links the views with the filter kept', () => {
    const page = boardPage(
      { rows: [], total: 0 },
      parseOverviewFilter({ coach: '5', provincie: 'PV26', status: 'all' }),
      OPTIONS,
      'nl',
    );
    assert.deepEqual(
      page.nav.views.map((v) => v.href),
      [
        '/beheer/jos?coach=5&provincie=PV26&status=all',
        '/beheer/jos/lijst?coach=5&provincie=PV26&status=all',
        '/beheer/jos/aantallen?provincie=PV26&status=all',
      ],
    );
    assert.equal(page.form.coaches[0].value, 'geen');
    assert.ok(page.form.coaches.find((c) => c.value === '5')!.selected);
  });
});

describe('JOS overview: the list and its CSV', () => {
  it('shows dates the Dutch way and keeps the filter in the CSV link and the pages', () => {
    const page = listPage(
      { rows: [row({ status: 'stopped' }, { overdueActions: 1 })], total: 120 },
      parseOverviewFilter({ gemeente: 'GM0344', pagina: '2' }),
      OPTIONS,
      'nl',
    );
    const [r] = page.rows;
    assert.equal(r.start, '1 september 2026');
    assert.equal(r.plannedEnd, '');
    assert.equal(r.statusLabel, 'trajectories.overview.status.stopped');
    assert.equal(r.province, 'Utrecht');
    assert.equal(r.overdueActions, '1');
    assert.equal(page.csvHref, '/beheer/jos/lijst.csv?gemeente=GM0344');
    assert.equal(page.pagination.pages, 3);
    assert.equal(page.pagination.next, '/beheer/jos/lijst?gemeente=GM0344&pagina=3');
  });

  it('writes one line per trajectory, neutralising formulas', () => {
    const csv = listCsv([row({ title: '=HYPERLINK("x")', startDate: '2026-09-01' })], 'nl');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(
      lines[1],
      `1;"'=HYPERLINK(""x"")";Utrecht;Utrecht;Intake;Lopend;Anna Coach;Het College, JoU;01-09-2026;;2;0;01-06-2026 12:00`,
    );
  });
});

describe('JOS overview: the counts', () => {
  const counts = {
    cells: [
      { municipalityCode: 'GM0344', phaseId: 2, count: 3 },
      { municipalityCode: 'GM0344', phaseId: 1, count: 1 },
      { municipalityCode: 'GM0193', phaseId: 4, count: 2 },
    ],
    municipalities: [
      { code: 'GM0344', name: 'Utrecht' },
      { code: 'GM0193', name: 'Zwolle' },
    ],
    phases: [PHASES[0], PHASES[1], PHASES[3]],
  };

  it('makes municipalities × phases with row and column totals', () => {
    const table = countsTable(counts, 'nl');
    assert.deepEqual(
      table.phases.map((p) => p.name),
      ['Aanvraag', 'Intake', 'Afgerond'],
    );
    assert.deepEqual(
      table.rows.map((r) => [r.name, ...r.cells, r.total]),
      [
        ['Utrecht', 1, 3, 0, 4],
        ['Zwolle', 0, 0, 2, 2],
      ],
    );
    assert.deepEqual(table.totals, [1, 3, 2]);
    assert.equal(table.total, 6);
    assert.deepEqual(
      countsCsv(counts, 'en')
        .replace(/^\uFEFF/, '')
        .split('\r\n'),
      [
        'Municipality;Aanvraag (en);Intake (en);Afgerond (en);Total',
        'Utrecht;1;3;0;4',
        'Zwolle;0;0;2;2',
        'Total;1;3;2;6',
        '',
      ],
    );
  });
});

describe('/mijn: my JOS trajectories', () => {
  it('lists running ones first, with the own open actions and the overdue ones', () => {
    const mine: MyTrajectory[] = [
      {
        trajectory: trajectory({ id: 7, status: 'completed', phaseId: 4 }),
        overdueActions: 0,
        myOpenActions: 0,
        isCoach: false,
      },
      {
        trajectory: trajectory({ id: 8, title: 'Lopend' }),
        overdueActions: 2,
        myOpenActions: 1,
        isCoach: true,
      },
    ];
    const { rows } = myTrajectoriesSection(mine, 'nl');
    assert.deepEqual(
      rows.map((r) => [r.href, r.phase, r.closed, r.isCoach, r.myOpenText, r.overdueText]),
      [
        [
          '/jos/trajecten/8',
          'Intake',
          false,
          true,
          '1 open actie voor u',
          '2 acties over de datum',
        ],
        ['/jos/trajecten/7', 'Afgerond', true, false, 'geen open acties voor u', ''],
      ],
    );
    assert.equal(rows[1].statusLabel, 'trajectories.overview.status.completed');
    assert.equal(myTrajectoriesSection([], 'en').rows.length, 0);
  });
});
