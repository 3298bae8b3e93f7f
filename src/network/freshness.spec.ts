import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  freshnessTokenShaped,
  hashFreshnessToken,
  isFreshnessDue,
  isOutdated,
  newFreshnessToken,
  outdatedCutoff,
} from './freshness';

const DAY = 86_400_000;
const now = new Date('2026-06-15T10:00:00Z');
const ago = (days: number, ms = 0) => new Date(now.getTime() - days * DAY - ms);

describe('freshness rules', () => {
  it('a listing is outdated once it has not been confirmed for a calendar year', () => {
    assert.equal(isOutdated(new Date('2025-06-15T10:00:00.001Z'), now), false, 'a moment short');
    assert.equal(isOutdated(new Date('2025-06-15T10:00:00Z'), now), true, 'exactly a year');
    assert.equal(isOutdated(new Date('2024-01-01T00:00:00Z'), now), true);
    assert.equal(isOutdated(ago(1), now), false);
    assert.equal(isOutdated(now, now), false);
    // a leap day: one year later is 1 March
    assert.equal(
      outdatedCutoff(new Date('2028-02-29T12:00:00Z')).toISOString(),
      '2027-03-01T12:00:00.000Z',
    );
  });

  it('an e-mail is due 182 days after the later of confirmed and the last e-mail', () => {
    assert.equal(isFreshnessDue({ confirmedAt: ago(182), freshnessSentAt: null }, now), true);
    assert.equal(isFreshnessDue({ confirmedAt: ago(181, -1), freshnessSentAt: null }, now), false);
    assert.equal(isFreshnessDue({ confirmedAt: ago(181), freshnessSentAt: null }, now), false);
    // sent half a year ago, never confirmed since: due again
    assert.equal(isFreshnessDue({ confirmedAt: ago(400), freshnessSentAt: ago(200) }, now), true);
    // sent last week: not yet, however old the confirmation
    assert.equal(isFreshnessDue({ confirmedAt: ago(400), freshnessSentAt: ago(7) }, now), false);
    // confirmed recently after an old e-mail: not due
    assert.equal(isFreshnessDue({ confirmedAt: ago(10), freshnessSentAt: ago(300) }, now), false);
  });

  it('tokens are random, 43 characters, and only their hash is stored', () => {
    const a = newFreshnessToken();
    const b = newFreshnessToken();
    assert.notEqual(a, b);
    assert.ok(freshnessTokenShaped(a));
    assert.equal(hashFreshnessToken(a).length, 64);
    assert.notEqual(hashFreshnessToken(a), a);
    assert.equal(freshnessTokenShaped('bedankt'), false);
    assert.equal(freshnessTokenShaped(`${a.slice(0, 42)}'`), false);
  });
});
