import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionRows, ownerOptions } from './action.presenter';
import type { TrajectoryAction } from './trajectory-action.entity';

const action = (id: number, dueOn: string, status: 'open' | 'done', doneAt: Date | null = null) =>
  ({
    id,
    trajectoryId: 7,
    title: `Actie ${id}`,
    description: '',
    ownerId: 1,
    dueOn,
    status,
    doneAt,
    doneBy: doneAt ? 2 : null,
    overdueNotifiedAt: null,
    createdBy: 1,
    createdAt: new Date(),
  }) as TrajectoryAction;

describe('actionRows', () => {
  const names = new Map([
    [1, 'Anna'],
    [2, 'Bram'],
  ]);
  it('lists open actions by due date with the overdue ones marked, then done ones, latest first', () => {
    const rows = actionRows(
      [
        action(1, '2026-03-20', 'open'),
        action(2, '2026-03-01', 'done', new Date('2026-03-02T10:00:00Z')),
        action(3, '2026-03-09', 'open'),
        action(4, '2026-03-10', 'open'),
        action(5, '2026-03-05', 'done', new Date('2026-03-06T10:00:00Z')),
      ],
      names,
      '2026-03-10',
      'nl',
    );
    assert.deepEqual(
      rows.open.map((r) => [r.id, r.overdue]),
      [
        [3, true],
        [4, false],
        [1, false],
      ],
    );
    assert.deepEqual(
      rows.done.map((r) => r.id),
      [5, 2],
    );
    assert.equal(rows.overdueCount, 1);
    assert.equal(rows.done[0].overdue, false, 'done actions are never overdue');
    assert.equal(rows.open[0].owner, 'Anna');
    assert.equal(rows.done[0].doneBy, 'Bram');
    assert.equal(rows.open[0].dueOn, '9 maart 2026');
    assert.equal(rows.open[0].doneAction, '/jos/trajecten/7/acties/3/afgerond');
  });

  it('offers the members and the coach as owners', () => {
    assert.deepEqual(
      ownerOptions(
        [
          { id: 1, name: 'Anna', email: '', locale: 'nl', isCoach: false },
          { id: 9, name: 'Carla', email: '', locale: 'nl', isCoach: true },
        ],
        'JEP-coach',
      ),
      [
        { value: '1', label: 'Anna' },
        { value: '9', label: 'Carla (JEP-coach)' },
      ],
    );
  });
});
