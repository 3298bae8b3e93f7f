import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { csrfSync } from 'csrf-sync';
import type { Request } from 'express';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { CsrfTokenError } from '../errors/all-exceptions.filter';

/**
 * Synchroniser-token CSRF protection. The token lives in the session and is created only when
 * a page renders a form, so visitors who only read get no session cookie.
 */
export const csrf = csrfSync({
  getTokenFromRequest: (req) => {
    const body = req.body as Record<string, unknown> | undefined;
    const token = body?._csrf ?? req.headers['x-csrf-token'];
    return typeof token === 'string' ? token : undefined;
  },
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CSRF_EXEMPT = 'jep:csrf-exempt';

/**
 * Only for a POST whose URL itself carries an unguessable secret and that a third party must be
 * able to send without a session: the RFC 8058 one-click unsubscribe a mail provider posts. The
 * reason is required so every exemption explains itself where it is used.
 */
export const CsrfExempt = (reason: string) => SetMetadata(CSRF_EXEMPT, reason);

export const CSRF_BY_ORIGIN = 'jep:csrf-by-origin';

/**
 * For an anonymous form shown on pages that must not start a session (the JEPzine subscribe form
 * on the home page): the request is checked by its Origin (or Referer) header instead of a
 * session token — it must come from this site (OWASP: verifying origin with standard headers).
 * Only for handlers that act for nobody's session.
 */
export const CsrfByOrigin = (reason: string) => SetMetadata(CSRF_BY_ORIGIN, reason);

/** Does the request say it comes from `origin`? Origin first, Referer when there is no Origin. */
export function fromOrigin(req: Request, origin: string): boolean {
  const header = req.headers.origin ?? req.headers.referer;
  if (typeof header !== 'string' || !header || header === 'null') return false;
  try {
    return new URL(header).origin === origin;
  } catch {
    return false;
  }
}

/** Every state-changing request must carry the session's token. */
@Injectable()
export class CsrfGuard implements CanActivate {
  private readonly origin: string;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.origin = new URL(config.baseUrl).origin;
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(req.method)) return true;
    if (this.reflector.get<string | undefined>(CSRF_EXEMPT, context.getHandler())) return true;
    if (this.reflector.get<string | undefined>(CSRF_BY_ORIGIN, context.getHandler())) {
      if (!fromOrigin(req, this.origin)) throw new CsrfTokenError('Cross-origin form post');
      return true;
    }
    if (!req.session || !csrf.isRequestValid(req)) throw new CsrfTokenError('Invalid CSRF token');
    return true;
  }
}
