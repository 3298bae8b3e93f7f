import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { MessageKey } from '../i18n/i18n';
import { hasMessage } from '../i18n/i18n';
import { FieldProblem, FormInvalidError } from './form-invalid.error';

/** class-validator constraint names → generic messages, for constraints without a message key. */
const CONSTRAINT_MESSAGES: Record<string, MessageKey> = {
  isNotEmpty: 'validation.required',
  isString: 'validation.invalid',
  isEmail: 'validation.email',
  maxLength: 'validation.tooLong',
  minLength: 'validation.tooShort',
  isIn: 'validation.choose',
  isInt: 'validation.number',
  matches: 'validation.invalid',
  whitelistValidation: 'validation.invalid',
};

function problemsOf(errors: ValidationError[], prefix = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = prefix + error.property;
    const constraints = error.constraints ?? {};
    // The first constraint that failed, in declaration order (class-validator reports the last first).
    const names = Object.keys(constraints).reverse();
    if (names.length) {
      const name = names[0];
      const given = constraints[name];
      const message = hasMessage(given)
        ? given
        : (CONSTRAINT_MESSAGES[name] ?? 'validation.invalid');
      const params: Record<string, number> = {};
      for (const c of error.contexts ? Object.values(error.contexts) : []) Object.assign(params, c);
      problems.push({ field, message, params });
    }
    if (error.children?.length) problems.push(...problemsOf(error.children, `${field}.`));
  }
  return problems;
}

/** The one validation pipe: strips unknown fields, never reflects input, throws FormInvalidError. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: false,
    transform: true,
    validationError: { target: false, value: false },
    stopAtFirstError: true,
    exceptionFactory: (errors) => new FormInvalidError(problemsOf(errors)),
  });
}
