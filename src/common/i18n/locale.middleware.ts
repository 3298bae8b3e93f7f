import type { RequestHandler } from 'express';
import { isLocale, Locale } from './i18n';

export const LOCALE_COOKIE = 'jep.lang';

/** The interface language: the visitor's choice (cookie), else the account's, else Dutch. */
export function localeMiddleware(): RequestHandler {
  return (req, res, next) => {
    const fromCookie = parseCookie(req.headers.cookie, LOCALE_COOKIE);
    const locale: Locale = isLocale(fromCookie)
      ? fromCookie
      : isLocale(req.user?.locale)
        ? req.user.locale
        : 'nl';
    res.locals.locale = locale;
    next();
  };
}

function parseCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}
