import type { Response } from 'express';
import { isLocale, Locale } from '../i18n/i18n';

/** The language of the page being rendered (set by the locale middleware). */
export function pageLocale(res: Response): Locale {
  return isLocale(res.locals.locale) ? res.locals.locale : 'nl';
}

/** A CSV download of personal data: an attachment that no browser or proxy keeps. */
export function sendCsv(res: Response, filename: string, body: string): void {
  res
    .status(200)
    .set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    })
    .send(body);
}
