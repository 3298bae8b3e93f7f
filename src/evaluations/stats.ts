import { Locale, translate } from '../common/i18n/i18n';

/**
 * The statistics of the evaluation reports, from the sums the database returns (n, Σx, Σx²), so
 * no report ever needs the individual answers in memory. Pure functions, unit-tested against a
 * worked example in stats.spec.ts.
 */

/** What SQL returns for a group of numbers: the count, the sum and the sum of squares. */
export interface Sums {
  n: number;
  sum: number;
  sumSq: number;
}

export interface Summary {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null below two values. */
  sd: number | null;
}

export interface PairedChange {
  /** Number of pairs. */
  n: number;
  meanDiff: number;
  sdDiff: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Cohen's d for paired samples: mean difference / SD of the differences. */
  dz: number | null;
}

export type EffectSize = 'negligible' | 'small' | 'medium' | 'large';

export function sumsOf(values: readonly number[]): Sums {
  let sum = 0;
  let sumSq = 0;
  for (const v of values) {
    sum += v;
    sumSq += v * v;
  }
  return { n: values.length, sum, sumSq };
}

export function mean(values: readonly number[]): number | null {
  return summarise(sumsOf(values)).mean;
}

/** Sample standard deviation (n − 1). */
export function sampleSd(values: readonly number[]): number | null {
  return summarise(sumsOf(values)).sd;
}

/** Mean and sample SD from the sums; the variance is clamped at 0 against rounding. */
export function summarise(sums: Sums): Summary {
  const { n, sum, sumSq } = sums;
  if (n <= 0) return { n: 0, mean: null, sd: null };
  const m = sum / n;
  if (n < 2) return { n, mean: m, sd: null };
  const variance = Math.max(0, (sumSq - (sum * sum) / n) / (n - 1));
  return { n, mean: m, sd: Math.sqrt(variance) };
}

/** Counts per value from 1 to `points` (Likert) or 0 to points − 1 (options), zero-filled. */
export function distribution(
  counts: ReadonlyMap<number, number>,
  values: readonly number[],
): { value: number; count: number; share: number }[] {
  const total = values.reduce((s, v) => s + (counts.get(v) ?? 0), 0);
  return values.map((value) => {
    const count = counts.get(value) ?? 0;
    return { value, count, share: total ? count / total : 0 };
  });
}

/** Two-sided 95 % critical values of Student's t, t(0.975, df), for df 1–30. */
const T975 = [
  12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.306, 2.2622, 2.2281, 2.201, 2.1788,
  2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.093, 2.086, 2.0796, 2.0739, 2.0687, 2.0639,
  2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
];

/** z(0.975). */
export const Z975 = 1.959963984540054;

/**
 * t(0.975, df): the table up to 30, beyond it the Cornish–Fisher expansion around the normal
 * quantile (Abramowitz & Stegun 26.7.5), accurate to better than 1e-5 from df 30 on.
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError('df must be at least 1');
  if (!Number.isFinite(df)) return Z975;
  if (Number.isInteger(df) && df <= 30) return T975[df - 1];
  const z = Z975;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}

/**
 * The paired change from the sums of the differences (post − pre) of n pairs: the mean difference,
 * its 95 % confidence interval (mean ± t(0.975, n − 1) · SD / √n) and d_z. With fewer than two
 * pairs (or no spread) there is no interval or d.
 */
export function pairedChange(diffs: Sums): PairedChange | null {
  const s = summarise(diffs);
  if (s.mean === null) return null;
  if (s.sd === null)
    return { n: s.n, meanDiff: s.mean, sdDiff: null, ciLow: null, ciHigh: null, dz: null };
  const margin = (tQuantile975(s.n - 1) * s.sd) / Math.sqrt(s.n);
  return {
    n: s.n,
    meanDiff: s.mean,
    sdDiff: s.sd,
    ciLow: s.mean - margin,
    ciHigh: s.mean + margin,
    dz: s.sd > 0 ? s.mean / s.sd : null,
  };
}

/** The usual labels for |d|: < 0.2 negligible, < 0.5 small, < 0.8 medium, else large. */
export function effectSize(d: number): EffectSize {
  const a = Math.abs(d);
  if (a < 0.2) return 'negligible';
  if (a < 0.5) return 'small';
  if (a < 0.8) return 'medium';
  return 'large';
}

/** Whether the 95 % interval leaves out 0 (a demonstrable change). */
export function isDemonstrable(change: PairedChange): boolean {
  return change.ciLow !== null && change.ciHigh !== null && (change.ciLow > 0 || change.ciHigh < 0);
}

const formats = new Map<string, Intl.NumberFormat>();
/** A number with `decimals` decimals in the locale's notation (1,2 in Dutch). */
export function formatNumber(value: number, locale: Locale, decimals = 1): string {
  const key = `${locale}/${decimals}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(key, f);
  }
  // Avoid "-0,0".
  const rounded = Number(value.toFixed(decimals));
  return f.format(rounded === 0 ? 0 : rounded);
}

/**
 * What the paired change means, in a plain sentence: "Na de training scoren deelnemers op
 * ‘Kennis’ gemiddeld 1,2 punt hoger (95%-betrouwbaarheidsinterval 0,6 tot 1,8; 12 paren). Dat is
 * een groot effect (Cohen's d = 1,1)." — or "geen aantoonbare verandering" when the interval
 * contains 0.
 */
export function changeSentence(change: PairedChange, subject: string, locale: Locale): string {
  const params = {
    subject,
    diff: formatNumber(Math.abs(change.meanDiff), locale),
    signedDiff: formatNumber(change.meanDiff, locale),
    low: change.ciLow === null ? '' : formatNumber(change.ciLow, locale),
    high: change.ciHigh === null ? '' : formatNumber(change.ciHigh, locale),
    n: change.n,
    d: change.dz === null ? '' : formatNumber(change.dz, locale),
  };
  if (change.ciLow === null || change.ciHigh === null)
    return translate(locale, 'evaluations.report.sentence.noSpread', params);
  if (!isDemonstrable(change)) return translate(locale, 'evaluations.report.sentence.none', params);
  const first = translate(
    locale,
    change.meanDiff > 0
      ? 'evaluations.report.sentence.higher'
      : 'evaluations.report.sentence.lower',
    params,
  );
  if (change.dz === null) return first;
  const effect = translate(locale, `evaluations.report.effect.${effectSize(change.dz)}`);
  return `${first} ${translate(locale, 'evaluations.report.sentence.effect', { ...params, effect })}`;
}
