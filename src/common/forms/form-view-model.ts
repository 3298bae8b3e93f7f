import type { Locale } from '../i18n/i18n';
import { translate } from '../i18n/i18n';
import type { FieldProblem } from './form-invalid.error';

export interface FormErrorsView {
  values: Record<string, unknown>;
  /** field → message, for the message beside each field */
  errors: Record<string, string>;
  /** in page order, for the error summary at the top */
  errorList: { field: string; message: string }[];
}

const SECRET_FIELD = /password|wachtwoord|token|_csrf/i;

/** The user's input kept for the form again, without secrets. */
export function keptValues(body: unknown): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (SECRET_FIELD.test(key)) continue;
    values[key] = typeof value === 'string' ? value : Array.isArray(value) ? value.map(String) : '';
  }
  return values;
}

export function formErrorsView(
  locale: Locale,
  body: unknown,
  problems: FieldProblem[],
): FormErrorsView {
  const errors: Record<string, string> = {};
  const errorList: { field: string; message: string }[] = [];
  for (const p of problems) {
    if (errors[p.field]) continue;
    const message = translate(locale, p.message, p.params);
    errors[p.field] = message;
    errorList.push({ field: p.field, message });
  }
  return { values: keptValues(body), errors, errorList };
}

/**
 * The page's own model plus the failed form: the submitted values win over the stored ones, so
 * other forms on the same page keep showing what is stored.
 */
export function withFormErrors(
  model: Record<string, unknown>,
  view: FormErrorsView,
): Record<string, unknown> {
  const stored = (model.values as Record<string, unknown> | undefined) ?? {};
  return { ...model, ...view, values: { ...stored, ...view.values } };
}
