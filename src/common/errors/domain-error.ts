import type { MessageKey } from '../i18n/i18n';

export interface DomainErrorSpec {
  status: number;
  message: MessageKey;
}

/**
 * Base of each domain's one error class. A domain error carries a code from that domain's enum;
 * its spec maps the code to an HTTP status and a message key. When `field` is set and the route
 * has a form page, the message is shown at that field (422) instead of on an error page.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  abstract readonly spec: DomainErrorSpec;

  constructor(
    readonly code: Code,
    readonly field?: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = new.target.name;
  }
}
