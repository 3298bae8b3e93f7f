import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import { factRows } from './certificate.presenter';
import type { CertificateFacts } from './certificate-facts';

export interface CredentialCheck {
  signature: 'valid' | 'invalid' | 'unknown-key' | 'malformed';
  issuer: 'ours' | 'other';
  status: 'valid' | 'revoked' | 'unknown' | null;
  facts: Partial<CertificateFacts> | null;
}

const SIGNATURE: Record<CredentialCheck['signature'], MessageKey> = {
  valid: 'certificates.credential.signatureValid',
  invalid: 'certificates.credential.signatureInvalid',
  'unknown-key': 'certificates.credential.unknownKey',
  malformed: 'certificates.credential.malformed',
};

const STATUS: Record<NonNullable<CredentialCheck['status']>, MessageKey> = {
  valid: 'certificates.credential.statusValid',
  revoked: 'certificates.credential.statusRevoked',
  unknown: 'certificates.credential.statusUnknown',
};

/** The answer to a pasted or uploaded credential: signature, issuer, status, and its facts. */
export function credentialResultPage(result: CredentialCheck, locale: Locale) {
  const genuine = result.signature === 'valid' && result.issuer === 'ours';
  const facts = result.facts;
  const complete =
    genuine &&
    facts?.code &&
    facts.holderName &&
    facts.offeringTitle &&
    facts.editionTitle &&
    facts.startsOn &&
    facts.endsOn &&
    facts.issuedOn;
  return {
    pageTitle: 'certificates.credential.title',
    valid: genuine && result.status === 'valid',
    lines: [
      translate(
        locale,
        result.issuer === 'other' && result.signature !== 'malformed'
          ? 'certificates.credential.otherIssuer'
          : SIGNATURE[result.signature],
      ),
      ...(genuine && result.status ? [translate(locale, STATUS[result.status])] : []),
    ],
    facts: complete ? factRows(facts as CertificateFacts, locale) : [],
    verifyHref: genuine && facts?.code ? `/certificaten/${facts.code}` : null,
  };
}
