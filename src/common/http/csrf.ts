import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { csrfSync } from 'csrf-sync';
import type { Request } from 'express';
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

/** Every state-changing request must carry the session's token. */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(req.method)) return true;
    if (this.reflector.get<string | undefined>(CSRF_EXEMPT, context.getHandler())) return true;
    if (!req.session || !csrf.isRequestValid(req)) throw new CsrfTokenError('Invalid CSRF token');
    return true;
  }
}
