/**
 * Percentiles of a list of durations, by linear interpolation between the closest ranks (the
 * method of Excel's PERCENTILE.INC, R's type 7 and NumPy's default): for a sorted list x of n
 * values, the p-th percentile lies at the 0-based rank h = (n − 1)·p, and is
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). The median is the 50th percentile, so an even
 * number of values gives the mean of the middle two, as people expect.
 * An empty list has no percentile (null).
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile ${p} is not within 0..1`);
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

/** The median and the 90th percentile of a measure, with the number of values measured. */
export interface DurationSummary {
  count: number;
  median: number | null;
  p90: number | null;
}

export function summarise(values: readonly number[]): DurationSummary {
  return { count: values.length, median: median(values), p90: percentile(values, 0.9) };
}
