import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromAmsterdam } from '../common/views/amsterdam-time';
import {
  addWorkingDays,
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from './working-days';

const at = (date: string, time: string) => fromAmsterdam(date, time)!;

describe('working days', () => {
  it('knows Easter and the Dutch public holidays of the Algemene termijnenwet', () => {
    assert.equal(easterSunday(2026), '2026-04-05');
    assert.equal(easterSunday(2027), '2027-03-28');
    assert.deepEqual([...dutchPublicHolidays(2026)].sort(), [
      '2026-01-01',
      '2026-04-06', // tweede Paasdag
      '2026-04-27', // Koningsdag
      '2026-05-05',
      '2026-05-14', // Hemelvaartsdag
      '2026-05-25', // tweede Pinksterdag
      '2026-12-25',
      '2026-12-26',
    ]);
    // 27 April 2025 was a Sunday: Koningsdag on the 26th.
    assert.ok(dutchPublicHolidays(2025).has('2025-04-26'));
    assert.ok(isWorkingDay('2026-04-03'), 'Goede Vrijdag is a working day');
  });

  it('skips weekends', () => {
    // Friday 15:00 + 2 working days: Tuesday 15:00.
    assert.equal(
      addWorkingDays(at('2026-11-27', '15:00'), 2).toISOString(),
      at('2026-12-01', '15:00').toISOString(),
    );
    // Asked on Saturday: counting starts Monday 00:00, so 2 days end when Tuesday ends.
    assert.equal(
      addWorkingDays(at('2026-11-28', '11:00'), 2).toISOString(),
      at('2026-12-02', '00:00').toISOString(),
    );
  });

  it('skips a public holiday and a weekend together', () => {
    // Thursday 24 December 2026, 10:00, + 2 working days: 25 and 26 Dec are holidays, then a
    // weekend (26 is a Saturday), so Monday 28 and Tuesday 29: due Tuesday 10:00.
    assert.equal(
      addWorkingDays(at('2026-12-24', '10:00'), 2).toISOString(),
      at('2026-12-29', '10:00').toISOString(),
    );
    // Across Easter: Thursday 2 April 2026 + 2: Friday 3 (Goede Vrijdag counts), then Tuesday 7
    // (Monday 6 is tweede Paasdag).
    assert.equal(
      addWorkingDays(at('2026-04-02', '09:30'), 2).toISOString(),
      at('2026-04-07', '09:30').toISOString(),
    );
  });

  it('counts the working days between two moments', () => {
    assert.equal(workingDaysBetween(at('2026-12-24', '10:00'), at('2026-12-29', '09:00')), 2);
    assert.equal(workingDaysBetween(at('2026-12-29', '10:00'), at('2026-12-24', '09:00')), 0);
  });
});
