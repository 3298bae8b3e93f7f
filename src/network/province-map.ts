import { Locale, translate } from '../common/i18n/i18n';

/**
 * A stylised tile map of the twelve provinces: one tile each, roughly where it lies (column,
 * row from the north-west). Fryslân and Groningen in the north, Zeeland, Noord-Brabant and
 * Limburg in the south.
 */
export const PROVINCE_TILES: Readonly<Record<string, { col: number; row: number }>> = {
  PV21: { col: 2, row: 0 }, // Fryslân
  PV20: { col: 3, row: 0 }, // Groningen
  PV27: { col: 1, row: 1 }, // Noord-Holland
  PV24: { col: 2, row: 1 }, // Flevoland
  PV22: { col: 3, row: 1 }, // Drenthe
  PV28: { col: 0, row: 2 }, // Zuid-Holland
  PV26: { col: 1, row: 2 }, // Utrecht
  PV25: { col: 2, row: 2 }, // Gelderland
  PV23: { col: 3, row: 2 }, // Overijssel
  PV29: { col: 0, row: 3 }, // Zeeland
  PV30: { col: 1, row: 3 }, // Noord-Brabant
  PV31: { col: 2, row: 3 }, // Limburg
};

const TILE_WIDTH = 122;
const TILE_HEIGHT = 62;
const GAP = 6;

/** One province as the facet has it: its count and the link that filters on it. */
export interface ProvinceEntry {
  code: string;
  name: string;
  count: number;
  href: string;
  current: boolean;
}

export interface ProvinceTile extends ProvinceEntry {
  x: number;
  y: number;
  width: number;
  height: number;
  /** the centre line of the text */
  textX: number;
  nameY: number;
  countY: number;
  /** CSS modifier: current (the chosen one), empty (no organisations), or none */
  state: 'current' | 'empty' | 'normal';
  /** the link's accessible name: "Fryslân: 12 organisaties" (", gekozen") */
  label: string;
}

export interface ProvinceMapView {
  viewBox: string;
  tiles: ProvinceTile[];
}

/** The accessible name of a province link (the map's and the list's are the same). */
export function provinceLinkLabel(entry: ProvinceEntry, locale: Locale): string {
  const count =
    entry.count === 1
      ? translate(locale, 'networkSearch.map.one', { name: entry.name })
      : translate(locale, 'networkSearch.map.many', { name: entry.name, count: entry.count });
  return entry.current ? `${count}${translate(locale, 'networkSearch.map.currentSuffix')}` : count;
}

/** The tiles of the provinces that have a place on the map (unknown codes are left out). */
export function provinceMap(entries: ProvinceEntry[], locale: Locale): ProvinceMapView {
  const tiles = entries
    .filter((e) => PROVINCE_TILES[e.code])
    .map((entry): ProvinceTile => {
      const { col, row } = PROVINCE_TILES[entry.code];
      const x = col * (TILE_WIDTH + GAP);
      const y = row * (TILE_HEIGHT + GAP);
      return {
        ...entry,
        x,
        y,
        width: TILE_WIDTH,
        height: TILE_HEIGHT,
        textX: x + TILE_WIDTH / 2,
        nameY: y + 26,
        countY: y + 49,
        state: entry.current ? 'current' : entry.count === 0 ? 'empty' : 'normal',
        label: provinceLinkLabel(entry, locale),
      };
    })
    // north to south, west to east: the order of the tab stops follows the map
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const cols = Math.max(...Object.values(PROVINCE_TILES).map((t) => t.col)) + 1;
  const rows = Math.max(...Object.values(PROVINCE_TILES).map((t) => t.row)) + 1;
  const width = cols * TILE_WIDTH + (cols - 1) * GAP;
  const height = rows * TILE_HEIGHT + (rows - 1) * GAP;
  // a margin for the thicker outline of a focused or chosen tile
  return { viewBox: `-4 -4 ${width + 8} ${height + 8}`, tiles };
}
