import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPeriodDates, parsePeriod, quartersOf, yearsOf } from './period';

const NOW = new Date('2026-03-15T12:00:00Z');

describe('reports period', () => {
  it('defaults to the last twelve months: the current month and the eleven before, up to today', () => {
    assert.deepEqual(defaultPeriodDates(NOW), { from: '2025-04-01', to: '2026-03-15' });
    const parsed = parsePeriod({}, NOW);
    assert.ok(parsed.ok);
    assert.equal(parsed.period.from, '2025-04-01');
    // Amsterdam midnight: 1 April is summer time (UTC+2)
    assert.equal(parsed.period.start.toISOString(), '2025-03-31T22:00:00.000Z');
    assert.equal(parsed.period.end.toISOString(), '2026-03-15T23:00:00.000Z');
  });

  it('takes van and tot, both included', () => {
    const parsed = parsePeriod({ van: '2025-01-01', tot: '2025-12-31' }, NOW);
    assert.ok(parsed.ok);
    assert.equal(parsed.period.end.toISOString(), '2025-12-31T23:00:00.000Z');
  });

  it('refuses what is no real date, an end before the start, more than ten years, arrays', () => {
    const errors = (q: Record<string, unknown>) => {
      const p = parsePeriod(q, NOW);
      return p.ok ? [] : p.errors.map((e) => `${e.field}:${e.message}`);
    };
    assert.deepEqual(errors({ van: '2025-02-30' }), ['van:period.error.fromInvalid']);
    assert.deepEqual(errors({ tot: 'morgen' }), ['tot:period.error.toInvalid']);
    assert.deepEqual(errors({ van: ['2025-01-01'] }), ['van:period.error.fromInvalid']);
    assert.deepEqual(errors({ van: '2025-05-01', tot: '2025-04-30' }), ['tot:period.error.order']);
    assert.deepEqual(errors({ van: '2010-01-01', tot: '2025-01-01' }), [
      'tot:period.error.tooLong',
    ]);
    assert.deepEqual(errors({ van: '1999-12-31' }), ['van:period.error.fromInvalid']);
  });

  it('lists the years and quarters the period touches', () => {
    const parsed = parsePeriod({ van: '2024-11-15', tot: '2025-04-02' }, NOW);
    assert.ok(parsed.ok);
    assert.deepEqual(
      yearsOf(parsed.period).map((y) => [y.year, y.start.toISOString()]),
      [
        [2024, '2023-12-31T23:00:00.000Z'],
        [2025, '2024-12-31T23:00:00.000Z'],
      ],
    );
    assert.deepEqual(quartersOf(parsed.period), [
      { year: 2024, quarter: 4 },
      { year: 2025, quarter: 1 },
      { year: 2025, quarter: 2 },
    ]);
  });
});
