/** The issuer's name on every certificate, credential and issuer profile. */
export const ISSUER_NAME = 'Platform JEP';

/**
 * What a certificate says, frozen at issue: the PDF, the public verification page and the signed
 * credential all show exactly these facts, so the same certificate always gives the same content.
 */
export interface CertificateFacts {
  /** Unique, unguessable certificate number, e.g. `JEP-7K4M-9Q2X-H3TD-PW8C` (printed and in URLs). */
  code: string;
  holderName: string;
  /** The participant's SKJ registration number, when they gave one. */
  skjNumber: string | null;
  offeringTitle: string;
  editionTitle: string;
  /** First and last meeting day, `YYYY-MM-DD` in Amsterdam. */
  startsOn: string;
  endsOn: string;
  studyLoadHours: number;
  skjPoints: number;
  /** The moment of issue (UTC); `issuedOn` is its Amsterdam date, `YYYY-MM-DD`. */
  issuedAt: Date;
  issuedOn: string;
  /** "Platform JEP" */
  issuerName: string;
  /** `${BASE_URL}/certificaten/${code}` — the QR code's target. */
  verifyUrl: string;
}
