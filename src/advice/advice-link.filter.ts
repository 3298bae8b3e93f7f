import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AllExceptionsFilter } from '../common/errors/all-exceptions.filter';
import { AdviceError, AdviceErrorCode } from './advice.error';

/**
 * A private Advies op Maat link (confirmation, the request, the follow-up) whose token matches
 * nothing, or that was used already, gets its own 404 page saying nothing changed and what to do;
 * a second answer to the follow-up its own page. Other errors go the usual way.
 */
@Catch(AdviceError)
export class AdviceLinkFilter implements ExceptionFilter {
  private readonly fallback = new AllExceptionsFilter();

  catch(error: AdviceError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return this.fallback.catch(error, host);
    if (error.code === AdviceErrorCode.TokenInvalid) {
      res.status(404).render('advice/link-invalid', { pageTitle: 'advice.linkInvalid.title' });
      return;
    }
    if (error.code === AdviceErrorCode.FollowUpAnswered) {
      res.status(409).render('advice/follow-up-done', {
        pageTitle: 'advice.followUp.alreadyTitle',
        already: true,
      });
      return;
    }
    this.fallback.catch(error, host);
  }
}
