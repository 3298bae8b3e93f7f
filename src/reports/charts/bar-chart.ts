import { escapeXml, PALETTE, px, safeId } from './svg';

export interface BarDatum {
  label: string;
  value: number;
  /** The value as shown beside the bar (default: the number). */
  valueText?: string;
}

export interface BarChartOptions {
  /** Base of the ids of the title and description. */
  id: string;
  title: string;
  /** A sentence stating the numbers, for screen readers. */
  description: string;
  bars: BarDatum[];
  /** Shown instead of bars when there are none. */
  emptyText: string;
  width?: number;
}

const ROW = 28;
const BAR = 18;
const LABEL_WIDTH = 190;
const VALUE_SPACE = 70;
const TOP = 8;

/** Labels longer than this are cut with an ellipsis in the chart (the table has them whole). */
const MAX_LABEL = 28;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/**
 * A horizontal bar chart as inline SVG: one row per bar with its label on the left and its value
 * after the bar, the longest bar the full width. `role="img"` with a title and a description
 * (which states every number) is what a screen reader reads; the table after it has the same
 * numbers. Colours are attributes, not CSS backgrounds, so the chart prints.
 */
export function barChart(options: BarChartOptions): string {
  const width = options.width ?? 640;
  const id = safeId(options.id);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const bars = options.bars;
  const height = Math.max(1, bars.length) * ROW + TOP * 2;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const room = width - LABEL_WIDTH - VALUE_SPACE;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="jep-chart jep-chart--bar" role="img" aria-labelledby="${titleId} ${descId}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" preserveAspectRatio="xMinYMin meet">`,
    `<title id="${titleId}">${escapeXml(options.title)}</title>`,
    `<desc id="${descId}">${escapeXml(options.description)}</desc>`,
  ];
  if (bars.length === 0) {
    parts.push(
      `<text x="0" y="${px(TOP + ROW / 2 + 5)}" fill="${PALETTE.muted}" font-size="14">${escapeXml(options.emptyText)}</text>`,
    );
  }
  bars.forEach((bar, i) => {
    const y = TOP + i * ROW;
    const length = max > 0 ? (Math.max(0, bar.value) / max) * room : 0;
    const textY = px(y + ROW / 2 + 5);
    parts.push(
      `<g class="jep-chart__bar">`,
      `<text x="${LABEL_WIDTH - 8}" y="${textY}" text-anchor="end" fill="${PALETTE.text}" font-size="14">${escapeXml(shorten(bar.label))}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${px(y + (ROW - BAR) / 2)}" width="${px(length)}" height="${BAR}" fill="${PALETTE.bar}"/>`,
      `<text x="${px(LABEL_WIDTH + length + 6)}" y="${textY}" fill="${PALETTE.text}" font-size="14">${escapeXml(bar.valueText ?? String(bar.value))}</text>`,
      `</g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
