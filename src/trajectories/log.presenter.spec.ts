import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logEntryRows, logFormValues } from './log.presenter';
import type { TrajectoryLogEntry } from './trajectory-log-entry.entity';

const entry = {
  id: 4,
  trajectoryId: 7,
  kind: 'meeting',
  occurredOn: '2026-03-17',
  title: '<b>Overleg</b>',
  body: 'Regel 1\nRegel 2',
  otherAttendees: 'wijkagent',
  authorId: 1,
  createdAt: new Date('2026-03-17T12:00:00Z'),
  updatedAt: new Date('2026-03-17T12:00:00Z'),
} as TrajectoryLogEntry;

describe('logEntryRows', () => {
  const names = new Map([
    [1, 'Anna'],
    [2, 'Bram'],
    [3, 'Carla'],
  ]);
  it('names who was there, keeps the text as typed and lets only the author or a manager change it', () => {
    const [row] = logEntryRows(
      [{ entry, attendeeIds: [3, 2] }],
      names,
      { id: 2, canManage: false },
      'nl',
    );
    assert.equal(row.attendees, 'Bram, Carla');
    assert.equal(row.otherAttendees, 'wijkagent');
    assert.equal(row.body, 'Regel 1\nRegel 2');
    assert.equal(row.title, '<b>Overleg</b>', 'the view escapes it');
    assert.equal(row.date, '17 maart 2026');
    assert.equal(row.kind, 'trajectories.log.kind.meeting');
    assert.equal(row.author, 'Anna');
    assert.equal(row.canChange, false);
    const [own] = logEntryRows(
      [{ entry, attendeeIds: [] }],
      names,
      { id: 1, canManage: false },
      'nl',
    );
    assert.equal(own.canChange, true);
    assert.equal(own.hasAttendees, true, 'others count as attendees');
    const [coach] = logEntryRows(
      [{ entry, attendeeIds: [] }],
      names,
      { id: 3, canManage: true },
      'en',
    );
    assert.equal(coach.canChange, true);
    assert.equal(coach.editHref, '/jos/trajecten/7/logboek/4/bewerken');
  });

  it('fills the edit form from the stored entry', () => {
    assert.deepEqual(logFormValues({ entry, attendeeIds: [2] }).attendees, ['2']);
  });
});
