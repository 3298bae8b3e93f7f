import type { MessageKey } from '../i18n/i18n';

export interface FieldProblem {
  field: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

/** Input that did not pass validation. Rendered as the same form with status 422. */
export class FormInvalidError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super('Form invalid');
  }
}
