import type { Request, Response } from 'express';
import { isLocale, MessageKey, translate } from '../i18n/i18n';

export type ErrorKind =
  | 'badRequest'
  | 'signIn'
  | 'forbidden'
  | 'csrf'
  | 'notFound'
  | 'tooLarge'
  | 'tooMany'
  | 'server'
  | 'unavailable';

const STATUS: Record<ErrorKind, number> = {
  badRequest: 400,
  signIn: 401,
  forbidden: 403,
  csrf: 403,
  notFound: 404,
  tooLarge: 413,
  tooMany: 429,
  server: 500,
  unavailable: 503,
};

/** Renders the error page in the site layout. Never a stack trace, never the raw error text. */
export function renderErrorPage(
  req: Request,
  res: Response,
  kind: ErrorKind,
  message?: { key: MessageKey; params?: Record<string, string | number> },
  status = STATUS[kind],
): void {
  if (res.headersSent) return;
  const locale = isLocale(res.locals.locale) ? res.locals.locale : 'nl';
  res.status(status);
  if (req.path.startsWith('/health') || !req.accepts('html')) {
    res.json({ status, error: translate(locale, `errors.${kind}.title` as MessageKey) });
    return;
  }
  res.render(
    'errors/error',
    {
      status,
      kind,
      title: translate(locale, `errors.${kind}.title` as MessageKey),
      message: message
        ? translate(locale, message.key, message.params)
        : translate(locale, `errors.${kind}.text` as MessageKey),
      pageTitle: translate(locale, `errors.${kind}.title` as MessageKey),
    },
    (err, html) => {
      if (err) {
        res.type('text/plain').send(`${status}`);
        return;
      }
      res.send(html);
    },
  );
}
