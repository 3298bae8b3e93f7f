import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { median, percentile, summarise } from './percentiles';

describe('percentiles (linear interpolation between closest ranks)', () => {
  it('has no percentile of nothing', () => {
    assert.equal(median([]), null);
    assert.equal(percentile([], 0.9), null);
    assert.deepEqual(summarise([]), { count: 0, median: null, p90: null });
  });

  it('gives the one value of a list of one', () => {
    assert.equal(median([7]), 7);
    assert.equal(percentile([7], 0.9), 7);
  });

  it('takes the middle value of an odd list, whatever the order', () => {
    assert.equal(median([9, 1, 5]), 5);
  });

  it('takes the mean of the middle two of an even list', () => {
    // sorted 1 2 3 4: h = 3 × 0.5 = 1.5 → 2 + 0.5 × (3 − 2)
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  it('interpolates the 90th percentile: 1..10 gives 9.1', () => {
    // h = 9 × 0.9 = 8.1 → x[8] + 0.1 × (x[9] − x[8]) = 9 + 0.1 × 1
    const p90 = percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)!;
    assert.ok(Math.abs(p90 - 9.1) < 1e-9, String(p90));
  });

  it('a worked example with ties and an outlier: 0 1 1 2 3 5 20', () => {
    const values = [3, 1, 20, 0, 2, 1, 5];
    // n = 7; median at h = 3 → 2; p90 at h = 6 × 0.9 = 5.4 → 5 + 0.4 × (20 − 5) = 11
    assert.equal(median(values), 2);
    assert.ok(Math.abs(percentile(values, 0.9)! - 11) < 1e-9);
    assert.deepEqual(summarise(values).count, 7);
  });

  it('gives the extremes at 0 and 1 and refuses a p outside them', () => {
    assert.equal(percentile([3, 8, 5], 0), 3);
    assert.equal(percentile([3, 8, 5], 1), 8);
    assert.throws(() => percentile([1], 1.5), RangeError);
    assert.throws(() => percentile([1], Number.NaN), RangeError);
  });

  it('does not change the list it is given', () => {
    const values = [3, 1, 2];
    median(values);
    assert.deepEqual(values, [3, 1, 2]);
  });
});
