/** Lenient parsers for form values that class-validator has already checked to be strings. */

/** A whole number from a form field ("12", " 12 "), or null. */
export function wholeNumber(value: string | undefined, min: number, max: number): number | null {
  if (value === undefined || !/^\s*-?\d{1,9}\s*$/.test(value)) return null;
  const n = Number(value.trim());
  return n >= min && n <= max ? n : null;
}

/** A checkbox: present with any value means ticked. */
export function ticked(value: unknown): boolean {
  return value === 'on' || value === 'true' || value === '1' || value === 'ja';
}

/** Only http(s) URLs reach an href. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !!url.hostname;
  } catch {
    return false;
  }
}

/** "Omgaan met Extreme Idealen!" → "omgaan-met-extreme-idealen" */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '');
}
