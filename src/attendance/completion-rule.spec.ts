import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AttendanceStatus } from '../enrolments/enrolment-status';
import { decideCompletion, MeetingSpan, summarise } from './completion-rule';

const HOUR = 3600_000;
const at = (h: number) => new Date(Date.UTC(2026, 0, 10) + h * HOUR);
/** three meetings: 3 h, 3 h and 2 h (8 h in all) */
const MEETINGS: MeetingSpan[] = [
  { id: 1, startsAt: at(9), endsAt: at(12) },
  { id: 2, startsAt: at(33), endsAt: at(36) },
  { id: 3, startsAt: at(57), endsAt: at(59) },
];
const marks = (...s: (AttendanceStatus | null)[]) =>
  new Map<number, AttendanceStatus>(
    s.flatMap((status, i) => (status ? [[MEETINGS[i].id, status] as const] : [])),
  );

describe('completion rule', () => {
  it('counts present, absent, excused and unmarked meetings and their minutes', () => {
    const s = summarise(MEETINGS, marks('present', 'excused', null), false);
    assert.deepEqual(s, {
      total: 3,
      attended: 1,
      totalMinutes: 480,
      attendedMinutes: 180,
      present: 1,
      absent: 0,
      excused: 1,
      unmarked: 1,
    });
    assert.equal(summarise(MEETINGS, marks('present', 'excused', null), true).attended, 2);
  });

  it('all meetings: present at every one; an unmarked meeting is not attended', () => {
    const all = { rule: 'all_meetings' as const, percent: null, excusedCounts: false };
    const decide = (...s: (AttendanceStatus | null)[]) =>
      decideCompletion(all, summarise(MEETINGS, marks(...s), all.excusedCounts));
    assert.equal(decide('present', 'present', 'present'), 'completed');
    assert.equal(decide('present', 'present', null), 'not_completed');
    assert.equal(decide('present', 'present', 'absent'), 'not_completed');
    assert.equal(decide('present', 'excused', 'present'), 'not_completed');
  });

  it('all meetings: excused counts as attended when the offering says so', () => {
    const policy = { rule: 'all_meetings' as const, percent: null, excusedCounts: true };
    const s = summarise(MEETINGS, marks('present', 'excused', 'present'), true);
    assert.equal(decideCompletion(policy, s), 'completed');
  });

  it('min percent: attended hours against all hours, the boundary included', () => {
    const policy = { rule: 'min_percent' as const, percent: 75, excusedCounts: false };
    const decide = (...s: (AttendanceStatus | null)[]) =>
      decideCompletion(policy, summarise(MEETINGS, marks(...s), false));
    // 3 + 3 of 8 hours = exactly 75 %
    assert.equal(decide('present', 'present', 'absent'), 'completed');
    // 3 + 2 of 8 hours = 62.5 %
    assert.equal(decide('present', 'absent', 'present'), 'not_completed');
    assert.equal(decide('present', 'excused', 'present'), 'not_completed');
    const excused = { ...policy, excusedCounts: true };
    assert.equal(
      decideCompletion(excused, summarise(MEETINGS, marks('present', 'excused', null), true)),
      'completed',
    );
  });

  it('min percent without a percentage asks for every hour; no meetings is never completed', () => {
    const policy = { rule: 'min_percent' as const, percent: null, excusedCounts: false };
    const s = summarise(MEETINGS, marks('present', 'present', 'absent'), false);
    assert.equal(decideCompletion(policy, s), 'not_completed');
    assert.equal(decideCompletion(policy, summarise([], new Map(), false)), 'not_completed');
  });
});
