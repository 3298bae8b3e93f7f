import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AllExceptionsFilter } from '../common/errors/all-exceptions.filter';
import { NewsletterError, NewsletterErrorCode } from './newsletter.error';

/**
 * A personal JEPzine link whose token matches nothing (tampered, replaced or already used) gets
 * its own page, 404, that says nothing changed and what to do. Other errors go the usual way.
 */
@Catch(NewsletterError)
export class LinkInvalidFilter implements ExceptionFilter {
  private readonly fallback = new AllExceptionsFilter();

  catch(error: NewsletterError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error.code !== NewsletterErrorCode.TokenInvalid || res.headersSent)
      return this.fallback.catch(error, host);
    res.status(404).render('newsletter/link-invalid', {
      pageTitle: 'newsletterSubscription.linkInvalid.title',
    });
  }
}
