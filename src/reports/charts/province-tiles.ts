import { PROVINCE_TILES } from '../../network/province-map';
import { escapeXml, px, safeId } from './svg';

export interface ProvinceCount {
  code: string;
  name: string;
  count: number;
  /** The count as shown on the tile ("12"). */
  countText: string;
}

export interface ProvinceTilesOptions {
  id: string;
  title: string;
  description: string;
  provinces: ProvinceCount[];
}

const TILE_WIDTH = 122;
const TILE_HEIGHT = 62;
const GAP = 6;

/**
 * Shades from light to dark with the text colour that keeps AA contrast on each: the text colour
 * #1b1b1b on the three light ones (≥ 8:1), white on the two dark ones (≥ 10:1).
 */
const SHADES = [
  { fill: '#f3f6fb', text: '#1b1b1b' },
  { fill: '#e8eef7', text: '#1b1b1b' },
  { fill: '#c5d3e8', text: '#1b1b1b' },
  { fill: '#1d3f72', text: '#ffffff' },
  { fill: '#0d1e38', text: '#ffffff' },
];

/** 0 for none, then 1–4 by the share of the largest count (quarters). */
export function shadeOf(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}

/**
 * The twelve provinces as tiles (the layout of the network directory's map, src/network/
 * province-map.ts), each shaded by its count and labelled with its name and the count in text:
 * the shade is never the only carrier of the number. One `role="img"` with title and description.
 */
export function provinceTiles(options: ProvinceTilesOptions): string {
  const id = safeId(options.id);
  const cols = Math.max(...Object.values(PROVINCE_TILES).map((t) => t.col)) + 1;
  const rows = Math.max(...Object.values(PROVINCE_TILES).map((t) => t.row)) + 1;
  const width = cols * TILE_WIDTH + (cols - 1) * GAP;
  const height = rows * TILE_HEIGHT + (rows - 1) * GAP;
  const max = Math.max(0, ...options.provinces.map((p) => p.count));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="jep-chart jep-chart--map" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="-2 -2 ${width + 4} ${height + 4}" width="${width + 4}" height="${height + 4}" preserveAspectRatio="xMinYMin meet">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(options.description)}</desc>`,
  ];
  for (const p of options.provinces) {
    const tile = PROVINCE_TILES[p.code];
    if (!tile) continue;
    const x = tile.col * (TILE_WIDTH + GAP);
    const y = tile.row * (TILE_HEIGHT + GAP);
    const shade = SHADES[shadeOf(p.count, max)];
    const cx = px(x + TILE_WIDTH / 2);
    parts.push(
      `<g class="jep-chart__tile">`,
      `<rect x="${x}" y="${y}" width="${TILE_WIDTH}" height="${TILE_HEIGHT}" rx="4" fill="${shade.fill}" stroke="#1d3f72" stroke-width="1"/>`,
      `<text x="${cx}" y="${y + 26}" text-anchor="middle" fill="${shade.text}" font-size="13">${escapeXml(p.name)}</text>`,
      `<text x="${cx}" y="${y + 49}" text-anchor="middle" fill="${shade.text}" font-size="16" font-weight="bold">${escapeXml(p.countText)}</text>`,
      `</g>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
