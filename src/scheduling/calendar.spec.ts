import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays,
  addMonths,
  amsterdamDate,
  isoWeek,
  isoWeekday,
  monthGrid,
  monthGridPeriod,
  parseLocalDate,
  parseLocalMonth,
  period,
  startOfIsoWeek,
  weekDays,
  weekPeriod,
} from './calendar';

const HOUR = 3_600_000;

describe('agenda calendar', () => {
  it('lays out a month as ISO weeks from Monday to Sunday, with the days around it', () => {
    const december = monthGrid('2026-12');
    assert.deepEqual(
      december.map((w) => `${w.year}-W${w.week}`),
      ['2026-W49', '2026-W50', '2026-W51', '2026-W52', '2026-W53'],
    );
    assert.ok(december.every((w) => w.days.length === 7));
    assert.deepEqual(december[0].days[0], {
      date: '2026-11-30',
      day: 30,
      weekday: 1,
      inMonth: false,
    });
    assert.deepEqual(december[0].days[1], {
      date: '2026-12-01',
      day: 1,
      weekday: 2,
      inMonth: true,
    });
    assert.deepEqual(
      december[4].days.map((d) => [d.date, d.inMonth]),
      [
        ['2026-12-28', true],
        ['2026-12-29', true],
        ['2026-12-30', true],
        ['2026-12-31', true],
        ['2027-01-01', false],
        ['2027-01-02', false],
        ['2027-01-03', false],
      ],
    );
    // February 2027 starts on a Monday and has exactly four weeks
    const february = monthGrid('2027-02');
    assert.equal(february.length, 4);
    assert.ok(february.every((w) => w.days.every((d) => d.inMonth)));
    // March 2026 starts on a Sunday and ends on a Tuesday: six rows
    const march = monthGrid('2026-03');
    assert.equal(march.length, 6);
    assert.equal(march[0].days[0].date, '2026-02-23');
    assert.equal(march[5].days[6].date, '2026-04-05');
  });

  it('numbers ISO weeks, also around the turn of the year', () => {
    assert.deepEqual(isoWeek('2026-12-03'), { year: 2026, week: 49 });
    assert.deepEqual(isoWeek('2026-11-30'), { year: 2026, week: 49 });
    assert.deepEqual(isoWeek('2026-12-06'), { year: 2026, week: 49 });
    assert.deepEqual(isoWeek('2027-01-01'), { year: 2026, week: 53 });
    assert.deepEqual(isoWeek('2027-01-04'), { year: 2027, week: 1 });
    assert.deepEqual(isoWeek('2024-12-30'), { year: 2025, week: 1 });
    assert.deepEqual(isoWeek('2021-01-03'), { year: 2020, week: 53 });
    assert.deepEqual(isoWeek('2026-01-01'), { year: 2026, week: 1 });
    assert.equal(isoWeekday('2026-12-06'), 7);
    assert.equal(isoWeekday('2026-11-30'), 1);
    assert.equal(startOfIsoWeek('2026-12-06'), '2026-11-30');
    assert.equal(startOfIsoWeek('2026-11-30'), '2026-11-30');
    assert.deepEqual(weekDays('2026-12-03'), [
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });

  it('gives a period as UTC instants from Amsterdam midnight to Amsterdam midnight', () => {
    const winter = weekPeriod('2026-12-03');
    assert.equal(winter.from.toISOString(), '2026-11-29T23:00:00.000Z');
    assert.equal(winter.to.toISOString(), '2026-12-06T23:00:00.000Z');
    const summer = period('2027-07-01', '2027-07-02');
    assert.equal(summer.from.toISOString(), '2027-06-30T22:00:00.000Z');
    assert.equal(summer.to.toISOString(), '2027-07-01T22:00:00.000Z');
    const grid = monthGridPeriod('2026-12');
    assert.equal(grid.from.toISOString(), '2026-11-29T23:00:00.000Z');
    assert.equal(grid.to.toISOString(), '2027-01-03T23:00:00.000Z');
  });

  it('has 169 hours in the week the clocks go back and 167 in the week they go forward', () => {
    const autumn = weekPeriod('2026-10-25');
    assert.equal(autumn.from.toISOString(), '2026-10-18T22:00:00.000Z');
    assert.equal(autumn.to.toISOString(), '2026-10-25T23:00:00.000Z');
    assert.equal(autumn.to.getTime() - autumn.from.getTime(), 169 * HOUR);
    const spring = weekPeriod('2026-03-23');
    assert.equal(spring.from.toISOString(), '2026-03-22T23:00:00.000Z');
    assert.equal(spring.to.toISOString(), '2026-03-29T22:00:00.000Z');
    assert.equal(spring.to.getTime() - spring.from.getTime(), 167 * HOUR);
    // the October grid runs from Monday 28 September (summer time) to Monday 2 November (winter time)
    const october = monthGridPeriod('2026-10');
    assert.equal(october.from.toISOString(), '2026-09-27T22:00:00.000Z');
    assert.equal(october.to.toISOString(), '2026-11-01T23:00:00.000Z');
  });

  it('puts an instant on its Amsterdam day, not its UTC day', () => {
    assert.equal(
      amsterdamDate(new Date('2026-10-31T22:30:00Z')),
      '2026-10-31',
      '23:30 in Amsterdam',
    );
    assert.equal(
      amsterdamDate(new Date('2026-10-31T23:30:00Z')),
      '2026-11-01',
      '00:30 in Amsterdam',
    );
    assert.equal(
      amsterdamDate(new Date('2027-07-01T22:30:00Z')),
      '2027-07-02',
      '00:30 summer time',
    );
    assert.equal(amsterdamDate(new Date('2027-07-01T21:59:00Z')), '2027-07-01');
  });

  it('does date arithmetic across months, years and clock changes', () => {
    assert.equal(addDays('2026-10-24', 2), '2026-10-26');
    assert.equal(addDays('2026-12-28', 7), '2027-01-04');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(addMonths('2026-12', 1), '2027-01');
    assert.equal(addMonths('2026-01', -1), '2025-12');
    assert.equal(addMonths('2026-05', 12), '2027-05');
  });

  it('accepts only real dates and months', () => {
    assert.equal(parseLocalDate('2026-12-03'), '2026-12-03');
    assert.equal(parseLocalDate(' 2028-02-29 '), '2028-02-29');
    assert.equal(parseLocalMonth('2026-12'), '2026-12');
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-12-32',
      '3-12-2026',
      '20261203',
      '0999-01-01',
      '',
      'x',
      ['2026-12-03'],
    ]) {
      assert.equal(parseLocalDate(bad), null, String(bad));
    }
    for (const bad of [
      '2026-13',
      '2026-00',
      '2026-1',
      '2026-12-03',
      '10000-01',
      undefined,
      202612,
    ]) {
      assert.equal(parseLocalMonth(bad), null, String(bad));
    }
  });
});
