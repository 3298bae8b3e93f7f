import type { NextFunction, Request, Response } from 'express';

/** Removes U+0000 from every string (and key) of a parsed body, however nested. */
export function withoutNul(value: unknown): unknown {
  if (typeof value === 'string')
    return value.includes('\u0000') ? value.replace(/\u0000/g, '') : value;
  if (Array.isArray(value)) return value.map(withoutNul);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k.replace(/\u0000/g, '')] = withoutNul(v);
    return out;
  }
  return value;
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v));
  return false;
}

/**
 * A NUL character means nothing in any text the platform keeps, and PostgreSQL refuses it in a
 * text column or a query parameter (a 500 instead of the page): it is dropped from the query
 * string (an encoded %00) and from form and JSON bodies on arrival. A path with a NUL names
 * nothing: it is answered as an unknown page (404), before any route looks it up.
 */
export const NUL_PATH = '/.niet-gevonden';

export function stripNul(req: Request, _res: Response, next: NextFunction): void {
  const q = req.url.indexOf('?');
  const path = q >= 0 ? req.url.slice(0, q) : req.url;
  if (path.includes('%00')) req.url = NUL_PATH;
  else if (q >= 0 && req.url.includes('%00', q))
    req.url = path + req.url.slice(q).replace(/%00/g, '');
  if (containsNul(req.body)) req.body = withoutNul(req.body);
  next();
}
