import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PROVINCE_TILES, ProvinceEntry, provinceLinkLabel, provinceMap } from './province-map';

const PROVINCES: [string, string][] = [
  ['PV20', 'Groningen'],
  ['PV21', 'Fryslân'],
  ['PV22', 'Drenthe'],
  ['PV23', 'Overijssel'],
  ['PV24', 'Flevoland'],
  ['PV25', 'Gelderland'],
  ['PV26', 'Utrecht'],
  ['PV27', 'Noord-Holland'],
  ['PV28', 'Zuid-Holland'],
  ['PV29', 'Zeeland'],
  ['PV30', 'Noord-Brabant'],
  ['PV31', 'Limburg'],
];

function entries(current?: string, counts: Record<string, number> = {}): ProvinceEntry[] {
  return PROVINCES.map(([code, name]) => ({
    code,
    name,
    count: counts[code] ?? 0,
    href: `/netwerk?provincie=${code}`,
    current: code === current,
  }));
}

describe('province map', () => {
  it('has one tile for each of the twelve provinces, none overlapping', () => {
    const map = provinceMap(entries(), 'nl');
    assert.equal(map.tiles.length, 12);
    assert.equal(Object.keys(PROVINCE_TILES).length, 12);
    const cells = new Set(Object.values(PROVINCE_TILES).map((t) => `${t.col},${t.row}`));
    assert.equal(cells.size, 12);
    for (const a of map.tiles)
      for (const b of map.tiles)
        if (a !== b)
          assert.ok(
            a.x + a.width <= b.x ||
              b.x + b.width <= a.x ||
              a.y + a.height <= b.y ||
              b.y + b.height <= a.y,
            `${a.name} and ${b.name} overlap`,
          );
  });

  it('lies roughly like the country: the north at the top, the south at the bottom, the west left', () => {
    const tile = (name: string) => provinceMap(entries(), 'nl').tiles.find((t) => t.name === name)!;
    for (const north of ['Groningen', 'Fryslân'])
      for (const south of ['Zeeland', 'Noord-Brabant', 'Limburg'])
        assert.ok(tile(north).y < tile(south).y, `${north} above ${south}`);
    assert.ok(tile('Noord-Holland').y < tile('Zuid-Holland').y);
    assert.ok(tile('Zuid-Holland').x < tile('Utrecht').x);
    assert.ok(tile('Utrecht').x < tile('Gelderland').x);
    assert.ok(tile('Fryslân').x < tile('Groningen').x);
    assert.ok(tile('Drenthe').y > tile('Groningen').y);
    // every tile inside the drawing
    const [minX, minY, width, height] = provinceMap(entries(), 'nl').viewBox.split(' ').map(Number);
    for (const t of provinceMap(entries(), 'nl').tiles) {
      assert.ok(t.x >= minX && t.x + t.width <= minX + width, t.name);
      assert.ok(t.y >= minY && t.y + t.height <= minY + height, t.name);
    }
  });

  it('puts the tab stops in reading order: north to south, west to east', () => {
    const names = provinceMap(entries(), 'nl').tiles.map((t) => t.name);
    assert.deepEqual(names.slice(0, 2), ['Fryslân', 'Groningen']);
    assert.equal(names[names.length - 1], 'Limburg');
  });

  it('marks the chosen province and the empty ones, and names each link with its count', () => {
    const map = provinceMap(entries('PV21', { PV21: 12, PV26: 1 }), 'nl');
    const byName = (name: string) => map.tiles.find((t) => t.name === name)!;
    assert.equal(byName('Fryslân').state, 'current');
    assert.equal(byName('Utrecht').state, 'normal');
    assert.equal(byName('Zeeland').state, 'empty');
    assert.match(byName('Fryslân').label, /^Fryslân: 12 organisaties, gekozen/);
    assert.equal(byName('Utrecht').label, 'Utrecht: 1 organisatie');
    assert.equal(byName('Zeeland').label, 'Zeeland: 0 organisaties');
    assert.equal(byName('Utrecht').href, '/netwerk?provincie=PV26');
  });

  it('speaks English on an English page', () => {
    const [utrecht] = entries(undefined, { PV26: 3 }).filter((e) => e.code === 'PV26');
    assert.equal(provinceLinkLabel(utrecht, 'en'), 'Utrecht: 3 organisations');
  });

  it('leaves out a code it has no place for', () => {
    const map = provinceMap(
      [...entries(), { code: 'PV99', name: 'Nergens', count: 1, href: '/', current: false }],
      'nl',
    );
    assert.equal(map.tiles.length, 12);
  });
});
