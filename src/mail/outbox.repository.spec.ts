import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { retryDelayMs } from './outbox.repository';

describe('mail retry backoff', () => {
  it('doubles from 30 seconds', () => {
    assert.deepEqual([1, 2, 3, 4].map(retryDelayMs), [30_000, 60_000, 120_000, 240_000]);
  });
  it('never waits more than six hours', () => {
    assert.equal(retryDelayMs(40), 6 * 3600_000);
  });
});
