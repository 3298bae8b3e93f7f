import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromAmsterdam } from '../common/views/amsterdam-time';
import { ageOf, dueAt, isOverdue, workingDaysLate } from './response-time';

const at = (date: string, time: string) => fromAmsterdam(date, time)!;
const config = { responseWorkingDays: 2 };
const open = (submittedAt: Date) => ({
  submittedAt,
  firstResponseAt: null,
  status: 'new' as const,
});

describe('response time', () => {
  it('is due after the working days, skipping a weekend', () => {
    // Friday 15:00 + 2 working days: Tuesday 15:00.
    const request = open(at('2026-11-27', '15:00'));
    assert.equal(dueAt(request, config)!.toISOString(), at('2026-12-01', '15:00').toISOString());
    assert.equal(isOverdue(request, at('2026-12-01', '14:59'), config), false);
    assert.equal(isOverdue(request, at('2026-12-01', '15:01'), config), true);
    assert.equal(workingDaysLate(request, at('2026-12-01', '15:01'), config), 1);
    assert.equal(workingDaysLate(request, at('2026-12-03', '10:00'), config), 2);
  });

  it('skips Christmas and a weekend together', () => {
    // Thursday 24 December 2026: 25/26 are holidays, 26/27 the weekend: due Tuesday 29.
    const request = open(at('2026-12-24', '10:00'));
    assert.equal(isOverdue(request, at('2026-12-28', '23:00'), config), false);
    assert.equal(isOverdue(request, at('2026-12-29', '10:30'), config), true);
  });

  it('is never overdue once answered or closed', () => {
    const request = open(at('2026-01-05', '09:00'));
    const later = at('2026-03-01', '09:00');
    assert.equal(isOverdue(request, later, config), true);
    assert.equal(isOverdue({ ...request, firstResponseAt: later }, later, config), false);
    assert.equal(isOverdue({ ...request, status: 'closed' }, later, config), false);
    assert.equal(isOverdue({ ...request, submittedAt: null }, later, config), false);
  });

  it('shows hours for today and working days before', () => {
    assert.deepEqual(ageOf(at('2026-12-01', '08:10'), at('2026-12-01', '11:30')), {
      unit: 'hours',
      count: 3,
    });
    assert.deepEqual(ageOf(at('2026-11-27', '15:00'), at('2026-12-02', '09:00')), {
      unit: 'workingDays',
      count: 3,
    });
  });
});
