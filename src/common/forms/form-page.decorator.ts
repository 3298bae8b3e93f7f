import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

export const FORM_PAGE = 'jep:form-page';

export interface FormPageSpec {
  view: string;
  /** Builds the rest of the page's view model (lists for selects, the object being edited, …). */
  model?: (
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the controller type is checked at @FormPage<C>
    controller: any,
    req: Request,
  ) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

/**
 * Marks a POST handler whose invalid input brings `view` back with status 422, the user's values
 * kept (never passwords), an error summary and a message at each field.
 */
export const FormPage = <C>(
  view: string,
  model?: (
    controller: C,
    req: Request,
  ) => Promise<Record<string, unknown>> | Record<string, unknown>,
) => SetMetadata(FORM_PAGE, { view, model } satisfies FormPageSpec);
