import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

/** What can go wrong on an organisation's page and with its contact relay. */
export enum OrganisationPageErrorCode {
  /** No published organisation with this slug (unknown or archived). */
  NotFound = 'NOT_FOUND',
  /** The organisation has no e-mail address at all: there is nobody to relay to. */
  NoAddress = 'NO_ADDRESS',
  /** More than 5 relay messages in an hour or 20 in a day from one user. */
  Throttled = 'THROTTLED',
}

const SPECS: Record<OrganisationPageErrorCode, DomainErrorSpec> = {
  [OrganisationPageErrorCode.NotFound]: { status: 404, message: 'errors.notFound.text' },
  [OrganisationPageErrorCode.NoAddress]: {
    status: 422,
    message: 'networkOrganisation.relay.noAddress',
  },
  [OrganisationPageErrorCode.Throttled]: {
    status: 429,
    message: 'networkOrganisation.relay.throttled',
  },
};

export class OrganisationPageError extends DomainError<OrganisationPageErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
