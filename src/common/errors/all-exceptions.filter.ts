import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  AccessDeniedError,
  AlreadySignedInError,
  SignInRequiredError,
  TwoFactorSetupRequiredError,
} from '../access/access.errors';
import { FormInvalidError } from '../forms/form-invalid.error';
import { flash } from '../http/flash';
import { DomainError } from './domain-error';
import { ErrorKind, renderErrorPage } from './error-page';

export class CsrfTokenError extends Error {}

const BY_STATUS: Record<number, ErrorKind> = {
  400: 'badRequest',
  401: 'signIn',
  403: 'forbidden',
  404: 'notFound',
  405: 'notFound',
  413: 'tooLarge',
  429: 'tooMany',
  503: 'unavailable',
};

/** One filter maps every error to a page in the site layout with the right status. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();

    if (error instanceof SignInRequiredError) {
      const back = req.method === 'GET' ? `?terug=${encodeURIComponent(req.originalUrl)}` : '';
      res.redirect(303, `/inloggen${back}`);
      return;
    }
    if (error instanceof TwoFactorSetupRequiredError) {
      flash(req, 'warning', 'twoFactor.setup.requiredFlash');
      res.redirect(303, '/mijn/tweestapsverificatie');
      return;
    }
    if (error instanceof AlreadySignedInError) {
      res.redirect(303, '/mijn');
      return;
    }
    if (error instanceof AccessDeniedError) return renderErrorPage(req, res, 'forbidden');
    if (error instanceof CsrfTokenError) return renderErrorPage(req, res, 'csrf');
    if (error instanceof FormInvalidError) return renderErrorPage(req, res, 'badRequest');
    if (error instanceof DomainError) {
      const kind = BY_STATUS[error.spec.status] ?? 'badRequest';
      return renderErrorPage(
        req,
        res,
        kind,
        { key: error.spec.message, params: error.params },
        error.spec.status,
      );
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      if (req.path.startsWith('/health')) {
        res.status(status).json(error.getResponse());
        return;
      }
      const kind = BY_STATUS[status] ?? (status >= 500 ? 'server' : 'badRequest');
      return renderErrorPage(req, res, kind, undefined, status);
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    renderErrorPage(req, res, 'server');
  }
}
