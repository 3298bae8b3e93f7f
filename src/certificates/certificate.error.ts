import { DomainError, DomainErrorSpec } from '../common/errors/domain-error';

export enum CertificateErrorCode {
  NotFound = 'NOT_FOUND',
  EditionNotFound = 'EDITION_NOT_FOUND',
  NotEnded = 'NOT_ENDED',
  NotFinalisable = 'NOT_FINALISABLE',
  ReasonRequired = 'REASON_REQUIRED',
  ReasonTooLong = 'REASON_TOO_LONG',
  AlreadyRevoked = 'ALREADY_REVOKED',
  NotAParticipant = 'NOT_A_PARTICIPANT',
  CredentialMissing = 'CREDENTIAL_MISSING',
  CredentialTooLarge = 'CREDENTIAL_TOO_LARGE',
}

const SPECS: Record<CertificateErrorCode, DomainErrorSpec> = {
  [CertificateErrorCode.NotFound]: { status: 404, message: 'errors.notFound.text' },
  [CertificateErrorCode.EditionNotFound]: { status: 404, message: 'errors.notFound.text' },
  [CertificateErrorCode.NotEnded]: { status: 422, message: 'certificates.error.notEnded' },
  [CertificateErrorCode.NotFinalisable]: {
    status: 422,
    message: 'certificates.error.notFinalisable',
  },
  [CertificateErrorCode.ReasonRequired]: {
    status: 422,
    message: 'certificates.error.reasonRequired',
  },
  [CertificateErrorCode.ReasonTooLong]: {
    status: 422,
    message: 'certificates.error.reasonTooLong',
  },
  [CertificateErrorCode.AlreadyRevoked]: {
    status: 422,
    message: 'certificates.error.alreadyRevoked',
  },
  [CertificateErrorCode.NotAParticipant]: {
    status: 422,
    message: 'certificates.error.notAParticipant',
  },
  [CertificateErrorCode.CredentialMissing]: {
    status: 422,
    message: 'certificates.error.credentialMissing',
  },
  [CertificateErrorCode.CredentialTooLarge]: {
    status: 413,
    message: 'certificates.error.credentialTooLarge',
  },
};

export class CertificateError extends DomainError<CertificateErrorCode> {
  get spec(): DomainErrorSpec {
    return SPECS[this.code];
  }
}
