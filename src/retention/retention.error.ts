import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

/** What can go wrong with retention settings, with the page status and message for each. */
export enum RetentionErrorCode {
  /** A period outside its kind's bounds, or for a kind that cannot be changed. */
  InvalidPeriod = 'INVALID_PERIOD',
}

const SPECS: Record<RetentionErrorCode, DomainErrorSpec> = {
  [RetentionErrorCode.InvalidPeriod]: { status: 422, message: 'validation.numberRange' },
};

export class RetentionError extends DomainError<RetentionErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
