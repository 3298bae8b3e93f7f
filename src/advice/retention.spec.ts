import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthsBefore } from './retention.service';

describe('retention: calendar months back on the Amsterdam calendar', () => {
  it('keeps the day and the Amsterdam time of day', () => {
    // 15 March 2026 13:00 (CET) − 24 months = 15 March 2024 13:00 (CET)
    assert.equal(
      monthsBefore(new Date('2026-03-15T12:00:00Z'), 24).toISOString(),
      '2024-03-15T12:00:00.000Z',
    );
  });

  it('clamps the day to the end of a shorter month', () => {
    // 31 March 2026 10:00 (CEST) − 1 month = 28 February 2026 10:00 (CET)
    assert.equal(
      monthsBefore(new Date('2026-03-31T08:00:00Z'), 1).toISOString(),
      '2026-02-28T09:00:00.000Z',
    );
    // a leap year: 29 February
    assert.equal(
      monthsBefore(new Date('2024-03-31T08:00:00Z'), 1).toISOString(),
      '2024-02-29T09:00:00.000Z',
    );
  });

  it('crosses years, and uses the Amsterdam date just after midnight', () => {
    // 1 January 2026 00:30 in Amsterdam is still 31 December 2025 in UTC
    assert.equal(
      monthsBefore(new Date('2025-12-31T23:30:00Z'), 12).toISOString(),
      '2024-12-31T23:30:00.000Z',
    );
  });
});
