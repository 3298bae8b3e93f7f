import { Allow } from 'class-validator';
import { applicationFieldNames } from '../application-form';

/**
 * The JOS application form: every field is read and checked by readApplicationForm, so each
 * problem shows at its own field in one go. Declared here only so the validation pipe keeps them.
 */
export class ApplicationDto {
  [field: string]: unknown;
}
for (const name of applicationFieldNames()) Allow()(ApplicationDto.prototype, name);
