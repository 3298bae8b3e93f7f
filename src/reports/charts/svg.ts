/** Text and attribute values inside a hand-built SVG: every label passes through here. */
export function escapeXml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Palette (public/css/jep.css): bars in primary, text in the text colour (AA on white). */
export const PALETTE = {
  bar: '#1d3f72',
  text: '#1b1b1b',
  muted: '#595959',
  grid: '#c5cfdc',
  line: '#1d3f72',
};

/** A number rounded for coordinates (no long decimals in the markup). */
export function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** An id for the title/desc pair: letters, digits and dashes only. */
export function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, '-');
}
