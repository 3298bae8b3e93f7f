import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromAmsterdam, toAmsterdamParts } from './amsterdam-time';

describe('Amsterdam time input', () => {
  it('turns winter and summer local times into UTC', () => {
    assert.equal(fromAmsterdam('2026-12-03', '14:30')?.toISOString(), '2026-12-03T13:30:00.000Z');
    assert.equal(fromAmsterdam('2027-07-01', '09:00')?.toISOString(), '2027-07-01T07:00:00.000Z');
  });
  it('handles the days the clocks change', () => {
    assert.equal(fromAmsterdam('2027-03-28', '01:30')?.toISOString(), '2027-03-28T00:30:00.000Z');
    assert.equal(fromAmsterdam('2027-03-28', '03:30')?.toISOString(), '2027-03-28T01:30:00.000Z');
    assert.equal(fromAmsterdam('2026-10-25', '12:00')?.toISOString(), '2026-10-25T11:00:00.000Z');
  });
  it('refuses what is no date or time', () => {
    for (const [d, t] of [
      ['2026-02-30', '10:00'],
      ['2026-13-01', '10:00'],
      ['2026-12-03', '25:00'],
      ['3-12-2026', '10:00'],
      ['', ''],
    ]) {
      assert.equal(fromAmsterdam(d, t), null, `${d} ${t}`);
    }
  });
  it('gives back the local fields for a form', () => {
    assert.deepEqual(toAmsterdamParts(new Date('2026-12-03T13:30:00Z')), {
      date: '2026-12-03',
      time: '14:30',
    });
  });
});

describe('Amsterdam local fields', () => {
  it('are right on both sides of each clock change', () => {
    const cases: [string, string, string][] = [
      ['2027-03-28T00:59:00Z', '2027-03-28', '01:59'],
      ['2027-03-28T01:00:00Z', '2027-03-28', '03:00'],
      ['2026-10-25T00:59:00Z', '2026-10-25', '02:59'],
      ['2026-10-25T01:00:00Z', '2026-10-25', '02:00'],
      ['2026-12-31T23:30:00Z', '2027-01-01', '00:30'],
    ];
    for (const [utc, date, time] of cases)
      assert.deepEqual(toAmsterdamParts(new Date(utc)), { date, time }, utc);
  });
});
