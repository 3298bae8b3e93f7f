import { escapeXml, PALETTE, px, safeId } from './svg';

export interface LinePoint {
  label: string;
  /** null: no value for this point (hidden or no data) — a gap in the line. */
  value: number | null;
  valueText: string;
}

export interface LineChartOptions {
  id: string;
  title: string;
  description: string;
  points: LinePoint[];
  /** The fixed vertical scale, e.g. 1–5. */
  min: number;
  max: number;
  emptyText: string;
  width?: number;
}

const HEIGHT = 240;
const LEFT = 40;
const RIGHT = 20;
const TOP = 24;
const BOTTOM = 40;

/**
 * A line chart on a fixed scale (a score from min to max) as inline SVG: a grid line and label per
 * whole step, a dot with its value above it per point, the points joined where both have a value
 * (a point without one leaves a gap and shows "–"). The x labels are the points' labels.
 */
export function lineChart(options: LineChartOptions): string {
  const width = options.width ?? 640;
  const id = safeId(options.id);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const plotW = width - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const span = options.max - options.min || 1;
  const yOf = (v: number) =>
    TOP + plotH - ((Math.min(options.max, Math.max(options.min, v)) - options.min) / span) * plotH;
  const n = options.points.length;
  const xOf = (i: number) => LEFT + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="jep-chart jep-chart--line" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${width} ${HEIGHT}" width="${width}" height="${HEIGHT}" preserveAspectRatio="xMinYMin meet">`,
    `<title id="${titleId}">${escapeXml(options.title)}</title>`,
    `<desc id="${descId}">${escapeXml(options.description)}</desc>`,
  ];
  for (let v = Math.ceil(options.min); v <= options.max; v++) {
    const y = px(yOf(v));
    parts.push(
      `<line x1="${LEFT}" x2="${width - RIGHT}" y1="${y}" y2="${y}" stroke="${PALETTE.grid}" stroke-width="1"/>`,
      `<text x="${LEFT - 8}" y="${px(yOf(v) + 5)}" text-anchor="end" fill="${PALETTE.muted}" font-size="13">${v}</text>`,
    );
  }
  if (n === 0 || options.points.every((p) => p.value === null))
    parts.push(
      `<text x="${px(LEFT + plotW / 2)}" y="${px(TOP + plotH / 2)}" text-anchor="middle" fill="${PALETTE.muted}" font-size="14">${escapeXml(options.emptyText)}</text>`,
    );
  // the line: segments between neighbouring points that both have a value
  let segment: string[] = [];
  const flush = () => {
    if (segment.length > 1)
      parts.push(
        `<polyline points="${segment.join(' ')}" fill="none" stroke="${PALETTE.line}" stroke-width="2"/>`,
      );
    segment = [];
  };
  options.points.forEach((p, i) => {
    if (p.value === null) flush();
    else segment.push(`${px(xOf(i))},${px(yOf(p.value))}`);
  });
  flush();
  options.points.forEach((p, i) => {
    const x = px(xOf(i));
    parts.push(`<g class="jep-chart__point">`);
    if (p.value !== null)
      parts.push(
        `<circle cx="${x}" cy="${px(yOf(p.value))}" r="4" fill="${PALETTE.line}"/>`,
        `<text x="${x}" y="${px(yOf(p.value) - 10)}" text-anchor="middle" fill="${PALETTE.text}" font-size="13">${escapeXml(p.valueText)}</text>`,
      );
    else if (n > 0 && !options.points.every((q) => q.value === null))
      parts.push(
        `<text x="${x}" y="${px(TOP + plotH - 6)}" text-anchor="middle" fill="${PALETTE.muted}" font-size="13">${escapeXml(p.valueText)}</text>`,
      );
    parts.push(
      `<text x="${x}" y="${HEIGHT - 14}" text-anchor="middle" fill="${PALETTE.text}" font-size="13">${escapeXml(p.label)}</text>`,
      `</g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
