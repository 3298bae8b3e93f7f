import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import { barChart } from './bar-chart';
import { provinceTiles, shadeOf } from './province-tiles';

describe('bar chart (SVG)', () => {
  const svg = barChart({
    id: 'test',
    title: 'Per sector <b>',
    description: 'Onderwijs: 10; <script>alert(1)</script>: 5.',
    bars: [
      { label: 'Onderwijs', value: 10 },
      { label: '<script>alert(1)</script>', value: 5 },
    ],
    emptyText: 'Geen gegevens',
    width: 640,
  });
  const $ = cheerio.load(svg, { xmlMode: true });

  it('is an image named by its title and described by its numbers', () => {
    assert.equal($('svg').attr('role'), 'img');
    assert.equal($('svg').attr('aria-labelledby'), 'test-title test-desc');
    assert.equal($('title#test-title').text(), 'Per sector <b>');
    assert.match($('desc#test-desc').text(), /Onderwijs: 10/);
  });

  it('escapes every label: no markup comes through', () => {
    assert.ok(!svg.includes('<script>'));
    assert.ok(!svg.includes('<b>'));
    assert.ok(svg.includes('&lt;script&gt;'));
    assert.equal($('script').length, 0);
  });

  it('scales the longest bar to the full width and the others in proportion, with text labels', () => {
    const widths = $('rect')
      .toArray()
      .map((r) => Number($(r).attr('width')));
    // 640 − 190 (labels) − 70 (values) = 380
    assert.deepEqual(widths, [380, 190]);
    const texts = $('text')
      .toArray()
      .map((t) => $(t).text());
    assert.deepEqual(texts, ['Onderwijs', '10', '<script>alert(1)</script>', '5']);
  });

  it('says so when there is nothing to draw', () => {
    const empty = cheerio.load(
      barChart({
        id: 'e',
        title: 'Leeg',
        description: 'Geen.',
        bars: [],
        emptyText: 'Geen gegevens',
      }),
      { xmlMode: true },
    );
    assert.equal(empty('rect').length, 0);
    assert.equal(empty('text').text(), 'Geen gegevens');
  });

  it('draws zeros as no bar, not as a broken one', () => {
    const zero = cheerio.load(
      barChart({
        id: 'z',
        title: 'Nul',
        description: '-',
        bars: [{ label: 'A', value: 0 }],
        emptyText: '',
      }),
      { xmlMode: true },
    );
    assert.equal(zero('rect').attr('width'), '0');
  });
});

describe('province tiles (SVG)', () => {
  it('shades by count with the count as text on every tile, names escaped', () => {
    assert.equal(shadeOf(0, 10), 0);
    assert.equal(shadeOf(1, 10), 1);
    assert.equal(shadeOf(10, 10), 4);
    const svg = provinceTiles({
      id: 'kaart',
      title: 'Per provincie',
      description: 'Utrecht: 3.',
      provinces: [
        { code: 'PV26', name: 'Utrecht <i>', count: 3, countText: '3' },
        { code: 'PV20', name: 'Groningen', count: 0, countText: '0' },
        { code: 'XX99', name: 'Onbekend', count: 1, countText: '1' },
      ],
    });
    const $ = cheerio.load(svg, { xmlMode: true });
    assert.equal($('g').length, 2);
    assert.ok(svg.includes('Utrecht &lt;i&gt;'));
    assert.deepEqual(
      $('text')
        .toArray()
        .map((t) => $(t).text()),
      ['Utrecht <i>', '3', 'Groningen', '0'],
    );
    // the darkest shade carries white text, the empty one dark text
    assert.equal($('rect').first().attr('fill'), '#0d1e38');
    assert.equal($('text').first().attr('fill'), '#ffffff');
    assert.equal($('text').eq(2).attr('fill'), '#1b1b1b');
  });
});
