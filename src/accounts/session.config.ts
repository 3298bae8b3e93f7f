import type { RequestHandler } from 'express';
import session from 'express-session';
import type { AppConfig } from '../config/app-config';
import type { DatabaseSessionStore } from './session-store';

/** `__Host-` cookies are bound to this host and path, and need https. */
export function sessionCookieName(config: Pick<AppConfig, 'secureCookies'>): string {
  return config.secureCookies ? '__Host-jep.sid' : 'jep.sid';
}

/**
 * Server sessions: HttpOnly, SameSite=Lax, Secure over https; idle timeout by a rolling expiry,
 * absolute lifetime checked by `enforceSessionLifetime`. No session is created until something
 * is stored in it (a form's CSRF token, a login), so read-only visitors get no cookie.
 */
export function sessionMiddleware(config: AppConfig, store: DatabaseSessionStore): RequestHandler {
  return session({
    name: sessionCookieName(config),
    secret: config.sessionSecret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    unset: 'destroy',
    proxy: config.trustProxy,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      path: '/',
      maxAge: config.sessionIdleMinutes * 60_000,
    },
  });
}

/** Ends a signed-in session that is older than SESSION_MAX_HOURS, whatever its activity. */
export function enforceSessionLifetime(config: AppConfig): RequestHandler {
  const maxMs = config.sessionMaxHours * 3600_000;
  return (req, _res, next) => {
    const startedAt = req.session?.signedInAt;
    if (startedAt && Date.now() - startedAt > maxMs) {
      req.session.regenerate((error: unknown) => next(error));
      return;
    }
    next();
  };
}
