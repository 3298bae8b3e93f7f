import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
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

/** Every state-changing request must carry the session's token. */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(req.method)) return true;
    if (!req.session || !csrf.isRequestValid(req)) throw new CsrfTokenError('Invalid CSRF token');
    return true;
  }
}
