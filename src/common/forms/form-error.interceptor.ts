import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, from, Observable, switchMap, throwError } from 'rxjs';
import { DomainError } from '../errors/domain-error';
import { isLocale } from '../i18n/i18n';
import { FormInvalidError } from './form-invalid.error';
import { FORM_PAGE, FormPageSpec } from './form-page.decorator';
import { formErrorsView, withFormErrors } from './form-view-model';

/**
 * The one form-error pattern: when a handler marked with @FormPage fails validation, or its
 * service throws a domain error about a field, the same page comes back with status 422.
 */
@Injectable()
export class FormErrorInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<FormPageSpec | undefined>(FORM_PAGE, context.getHandler());
    if (!spec) return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      catchError((error: unknown) => {
        const problems =
          error instanceof FormInvalidError
            ? error.problems
            : error instanceof DomainError && error.field
              ? [{ field: error.field, message: error.spec.message, params: error.params }]
              : null;
        if (!problems) return throwError(() => error);
        const locale = isLocale(res.locals.locale) ? res.locals.locale : 'nl';
        const controllerInstance = this.controllerInstance(context);
        return from(Promise.resolve(spec.model ? spec.model(controllerInstance, req) : {})).pipe(
          switchMap((model) => {
            res.status(422);
            return from(
              new Promise<void>((resolve, reject) =>
                res.render(
                  spec.view,
                  withFormErrors(model, formErrorsView(locale, req.body, problems)),
                  (err, html) => {
                    if (err) return reject(err);
                    res.send(html);
                    resolve();
                  },
                ),
              ),
            );
          }),
        );
      }),
    );
  }

  private controllerInstance(context: ExecutionContext): unknown {
    return this.moduleRef.get(context.getClass(), { strict: false });
  }
}
