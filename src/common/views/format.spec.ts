import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDateTime } from './format';

describe('Dutch dates in Europe/Amsterdam', () => {
  it('writes dates the Dutch way', () => {
    assert.equal(formatDate(new Date('2026-12-03T10:00:00Z')), '3 december 2026');
  });
  it('converts UTC to Amsterdam time, in winter and summer', () => {
    assert.equal(formatDateTime(new Date('2026-12-03T13:30:00Z')), '3 december 2026 14:30');
    assert.equal(formatDateTime(new Date('2026-07-01T13:30:00Z')), '1 juli 2026 15:30');
  });
  it('shows nothing for a missing date', () => {
    assert.equal(formatDate(null), '');
  });
});
