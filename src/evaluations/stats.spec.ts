import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  changeSentence,
  distribution,
  effectSize,
  mean,
  pairedChange,
  sampleSd,
  summarise,
  sumsOf,
  tQuantile975,
} from './stats';

const close = (actual: number | null, expected: number, tolerance = 1e-4) => {
  assert.ok(actual !== null, `expected ${expected}, got null`);
  assert.ok(Math.abs(actual - expected) <= tolerance, `expected ${expected}, got ${actual}`);
};

/*
 * Worked example, by hand. Six participants, pre (2, 3, 3, 4, 2, 3) and post (4, 4, 3, 5, 4, 4).
 *   differences post − pre: 2, 1, 0, 1, 2, 1            Σd = 7, Σd² = 4+1+0+1+4+1 = 11
 *   mean difference        = 7 / 6                         = 1.166667
 *   Σ(d − mean)²           = 11 − 7²/6 = 11 − 8.166667     = 2.833333
 *   variance (n − 1)       = 2.833333 / 5                  = 0.566667
 *   SD of the differences  = √0.566667                     = 0.752773
 *   standard error         = 0.752773 / √6 = 0.752773 / 2.449490 = 0.307318
 *   t(0.975, df = 5)       = 2.5706
 *   margin                 = 2.5706 × 0.307318             = 0.789992
 *   95 % CI                = 1.166667 ± 0.789992           = 0.376675 to 1.956659
 *   d_z                    = 1.166667 / 0.752773           = 1.549826  → "groot" (≥ 0.8)
 * Pre alone: mean 17/6 = 2.833333; Σx² = 4+9+9+16+4+9 = 51, 51 − 17²/6 = 2.833333, /5 = 0.566667,
 * SD = 0.752773 (the same spread as the differences, by coincidence).
 */
const PRE = [2, 3, 3, 4, 2, 3];
const POST = [4, 4, 3, 5, 4, 4];
const DIFFS = POST.map((v, i) => v - PRE[i]);

describe('evaluation statistics', () => {
  it('computes mean and sample SD (n − 1) of the worked example', () => {
    close(mean(PRE), 2.833333);
    close(sampleSd(PRE), 0.752773);
    close(mean(POST), 4);
    // post: Σx² = 16+16+9+25+16+16 = 98, 98 − 24²/6 = 2, /5 = 0.4, √ = 0.632456
    close(sampleSd(POST), 0.632456);
    assert.deepEqual(sumsOf(DIFFS), { n: 6, sum: 7, sumSq: 11 });
  });

  it('has no SD for one value and nothing for none', () => {
    assert.deepEqual(summarise({ n: 1, sum: 4, sumSq: 16 }), { n: 1, mean: 4, sd: null });
    assert.deepEqual(summarise({ n: 0, sum: 0, sumSq: 0 }), { n: 0, mean: null, sd: null });
  });

  it('computes the paired change of the worked example from the sums', () => {
    const change = pairedChange({ n: 6, sum: 7, sumSq: 11 })!;
    assert.equal(change.n, 6);
    close(change.meanDiff, 1.166667);
    close(change.sdDiff, 0.752773);
    close(change.ciLow, 0.376675);
    close(change.ciHigh, 1.956659);
    close(change.dz, 1.549826);
    assert.equal(effectSize(change.dz!), 'large');
  });

  it('knows the Student t quantiles for 95 %', () => {
    close(tQuantile975(1), 12.706, 1e-3);
    close(tQuantile975(5), 2.5706, 1e-4);
    close(tQuantile975(10), 2.228, 1e-3);
    close(tQuantile975(30), 2.042, 1e-3);
    close(tQuantile975(31), 2.0395, 1e-4);
    close(tQuantile975(100), 1.984, 1e-3);
    close(tQuantile975(1000), 1.9623, 1e-4);
    close(tQuantile975(Infinity), 1.96, 1e-3);
    // Beyond the table the approximation joins the table smoothly and keeps falling.
    assert.ok(tQuantile975(30) > tQuantile975(31) && tQuantile975(31) > tQuantile975(100));
  });

  it('labels effect sizes the usual way', () => {
    assert.equal(effectSize(0.1), 'negligible');
    assert.equal(effectSize(-0.3), 'small');
    assert.equal(effectSize(0.5), 'medium');
    assert.equal(effectSize(0.79), 'medium');
    assert.equal(effectSize(-0.8), 'large');
  });

  it('zero-fills a distribution and gives shares', () => {
    const d = distribution(
      new Map([
        [2, 1],
        [4, 3],
      ]),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(
      d.map((x) => [x.value, x.count, x.share]),
      [
        [1, 0, 0],
        [2, 1, 0.25],
        [3, 0, 0],
        [4, 3, 0.75],
        [5, 0, 0],
      ],
    );
  });

  it('says what the change means in plain Dutch and English', () => {
    const change = pairedChange(sumsOf(DIFFS))!;
    assert.equal(
      changeSentence(change, 'kennis', 'nl'),
      'Na de training scoren deelnemers op kennis gemiddeld 1,2 punt hoger ' +
        '(95%-betrouwbaarheidsinterval 0,4 tot 2,0; 6 paren). ' +
        "Dat is een groot effect (Cohen's d = 1,5).",
    );
    assert.match(changeSentence(change, 'knowledge', 'en'), /1\.2 points higher on knowledge/);
    assert.match(changeSentence(change, 'knowledge', 'en'), /large effect \(Cohen's d = 1\.5\)/);
  });

  it('says "geen aantoonbare verandering" when the interval contains 0', () => {
    // differences 1, −1, 0, 1, 0: mean 0.2, CI clearly around 0
    const change = pairedChange(sumsOf([1, -1, 0, 1, 0]))!;
    assert.ok(change.ciLow! < 0 && change.ciHigh! > 0);
    const sentence = changeSentence(change, 'kennis', 'nl');
    assert.match(sentence, /geen aantoonbare verandering/);
    assert.doesNotMatch(sentence, /effect/);
  });

  it('says lower for a decrease', () => {
    const change = pairedChange(sumsOf(DIFFS.map((d) => -d)))!;
    assert.match(changeSentence(change, 'kennis', 'nl'), /gemiddeld 1,2 punt lager/);
  });
});
