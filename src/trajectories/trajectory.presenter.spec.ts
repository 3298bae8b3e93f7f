import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TrajectoryPhaseChange } from './trajectory-phase-change.entity';
import type { TrajectoryPhase } from './trajectory-phase.entity';
import { formatDay, historyRow, phaseProgress } from './trajectory.presenter';

const phase = (id: number, key: string, nameNl: string, active = true): TrajectoryPhase => ({
  id,
  key,
  nameNl,
  nameEn: `${nameNl} (en)`,
  descriptionNl: '',
  descriptionEn: '',
  position: id,
  opensAssessment: null,
  active,
});

const PHASES = [
  phase(1, 'aanvraag', 'Aanvraag'),
  phase(2, 'intake', 'Intake'),
  phase(3, 'verkenning', 'Verkenning', false),
  phase(4, 'uitvoering', 'Uitvoering'),
  phase(5, 'afgerond', 'Afgerond'),
];

describe('trajectory presenter', () => {
  it('marks phases done, current and to come, leaving out hidden ones', () => {
    const rows = phaseProgress(PHASES, { phaseId: 2, status: 'active' }, 'nl');
    assert.deepEqual(
      rows.map((r) => [r.name, r.state]),
      [
        ['Aanvraag', 'done'],
        ['Intake', 'current'],
        ['Uitvoering', 'todo'],
        ['Afgerond', 'todo'],
      ],
    );
    assert.equal(rows[1].stateLabel, 'trajectories.progress.current');
  });

  it('shows a hidden phase when the trajectory is in it, in English too', () => {
    const rows = phaseProgress(PHASES, { phaseId: 3, status: 'active' }, 'en');
    assert.deepEqual(
      rows.filter((r) => r.current).map((r) => r.name),
      ['Verkenning (en)'],
    );
  });

  it('describes each kind of history row', () => {
    const byId = new Map(PHASES.map((p) => [p.id, p]));
    const people = new Map([[7, { name: 'Cor Coach' }]]);
    const change = (c: Partial<TrajectoryPhaseChange>): TrajectoryPhaseChange => ({
      id: 1,
      trajectoryId: 1,
      fromPhaseId: 2,
      toPhaseId: 4,
      status: 'active',
      note: null,
      changedBy: 7,
      changedAt: new Date('2027-03-01T10:00:00Z'),
      ...c,
    });
    const moved = historyRow(change({}), byId, people, 'nl');
    assert.equal(moved.event, 'trajectories.history.moved');
    assert.deepEqual(moved.params, { from: 'Intake', to: 'Uitvoering' });
    assert.equal(moved.who, 'Cor Coach');
    assert.match(moved.date, /1 maart 2027 11:00/);
    assert.equal(
      historyRow(change({ fromPhaseId: null, toPhaseId: 1 }), byId, people, 'nl').event,
      'trajectories.history.applied',
    );
    assert.equal(
      historyRow(change({ status: 'stopped', note: 'Reden' }), byId, people, 'nl').note,
      'Reden',
    );
    assert.equal(
      historyRow(change({ status: 'completed' }), byId, people, 'nl').event,
      'trajectories.history.completed',
    );
  });

  it('writes a date-only value the Dutch way, and nothing for none', () => {
    assert.equal(formatDay('2027-02-01', 'nl'), '1 februari 2027');
    assert.equal(formatDay(null, 'nl'), '');
  });
});
