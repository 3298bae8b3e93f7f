import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import { lineChart } from './line-chart';

describe('line chart (SVG)', () => {
  const options = {
    id: 'scores',
    title: 'Scores',
    description: 'K1: 4,5; K2: verborgen.',
    min: 1,
    max: 5,
    emptyText: 'Geen scores',
    width: 640,
  };

  it('places points on the fixed 1–5 scale with their values as text', () => {
    const svg = lineChart({
      ...options,
      points: [
        { label: 'K1 2025', value: 5, valueText: '5,00' },
        { label: 'K2 2025', value: 1, valueText: '1,00' },
      ],
    });
    const $ = cheerio.load(svg, { xmlMode: true });
    assert.equal($('svg').attr('role'), 'img');
    assert.equal($('title#scores-title').text(), 'Scores');
    const ys = $('circle')
      .toArray()
      .map((c) => Number($(c).attr('cy')));
    // height 240, top 24, bottom 40: 5 at y = 24, 1 at y = 200
    assert.deepEqual(ys, [24, 200]);
    assert.equal($('polyline').length, 1);
    assert.ok(
      $('text')
        .toArray()
        .some((t) => $(t).text() === '5,00'),
    );
    assert.equal($('line').length, 5);
  });

  it('leaves a gap for a point without a value and escapes labels', () => {
    const svg = lineChart({
      ...options,
      points: [
        { label: '<script>x</script>', value: 4, valueText: '4,00' },
        { label: 'K2', value: null, valueText: '–' },
        { label: 'K3', value: 3, valueText: '3,00' },
      ],
    });
    assert.ok(!svg.includes('<script>'));
    const $ = cheerio.load(svg, { xmlMode: true });
    assert.equal($('circle').length, 2);
    assert.equal($('polyline').length, 0, 'no line across the gap');
  });

  it('says so when there is nothing to show', () => {
    const $ = cheerio.load(
      lineChart({ ...options, points: [{ label: 'K1', value: null, valueText: '–' }] }),
      { xmlMode: true },
    );
    assert.equal($('circle').length, 0);
    assert.ok(
      $('text')
        .toArray()
        .some((t) => $(t).text() === 'Geen scores'),
    );
  });
});
