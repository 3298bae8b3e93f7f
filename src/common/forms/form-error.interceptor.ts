import { CallHandler, ExecutionContext, Injectable, NestInterceptor, Type } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, from, Observable, throwError } from 'rxjs';
import { DomainError } from '../errors/domain-error';
import { isLocale, Locale } from '../i18n/i18n';
import { FieldProblem, FormInvalidError } from './form-invalid.error';
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
        return from(this.renderInvalid(context.getClass(), req, res, spec, problems, locale));
      }),
    );
  }

  /**
   * Renders the form page with its errors. The error summary names each field by its label, which
   * only the view knows: a first render finds the labels, the second is sent.
   */
  private async renderInvalid(
    controller: Type,
    req: Request,
    res: Response,
    spec: FormPageSpec,
    problems: FieldProblem[],
    locale: Locale,
  ): Promise<void> {
    const model = spec.model
      ? await spec.model(this.moduleRef.get(controller, { strict: false }), req)
      : {};
    const view = withFormErrors(model, formErrorsView(locale, req.body, problems));
    const labels = fieldLabels(await render(res, spec.view, view));
    const errorList = (view.errorList as { field: string; message: string }[]).map((e) => ({
      ...e,
      message: labels[e.field] ? `${labels[e.field]}: ${e.message}` : e.message,
    }));
    res.status(422).send(await render(res, spec.view, { ...view, errorList }));
  }
}

function render(res: Response, view: string, model: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) =>
    res.render(view, model, (err, html) => (err ? reject(err) : resolve(html))),
  );
}

/** field name → its visible label (or fieldset legend), from the rendered form. */
export function fieldLabels(html: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const text = (s: string) =>
    s
      .replace(/<span class="jep-optional">[\s\S]*?<\/span>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  for (const m of html.matchAll(/<label[^>]*\bfor="field-([^"]+)"[^>]*>([\s\S]*?)<\/label>/g))
    labels[m[1]] ??= text(m[2]);
  for (const m of html.matchAll(
    /<fieldset[^>]*\bid="field-([^"]+)"[^>]*>\s*<legend[^>]*>([\s\S]*?)<\/legend>/g,
  ))
    labels[m[1]] = text(m[2]);
  return labels;
}
