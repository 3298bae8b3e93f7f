import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  calculateJwkThumbprint,
  compactVerify,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  type JWTPayload,
  type ProtectedHeaderParameters,
  SignJWT,
} from 'jose';
import type { KeyObject } from 'node:crypto';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CertificateFacts, ISSUER_NAME } from './certificate-facts';
import { SigningKeys } from './signing-keys';

export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** Defines the `1EdTechRevocationList` status type used in `credentialStatus`. */
export const OB_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
/** The issuer's name in the published Profile (each credential carries its own frozen name). */
/** `identityType` of the SKJ registration number (an Open Badges `ext:` identifier type). */
export const SKJ_IDENTITY_TYPE = 'ext:SKJRegistrationNumber';
/** Longest input `verify` reads; a credential is a few kilobytes. */
export const CREDENTIAL_INPUT_MAX = 64 * 1024;
/** Clock skew allowed between the issuing and the verifying instance. */
const CLOCK_TOLERANCE_S = 300;

export type SignatureCheck = 'valid' | 'invalid' | 'unknown-key' | 'malformed';
export type CertificateStatus = 'valid' | 'revoked' | 'unknown';
export type StatusLookup = (code: string) => Promise<CertificateStatus>;

export interface CredentialVerification {
  /**
   * `valid`: signed by one of our keys and unchanged. `invalid`: one of our keys is named but the
   * signature does not match (changed after signing) or its claims contradict the credential.
   * `unknown-key`: signed with a key that is not ours. `malformed`: not a signed JWT.
   */
  signature: SignatureCheck;
  /** Whether the credential *names* us as issuer; only proven together with `signature: 'valid'`. */
  issuer: 'ours' | 'other';
  /** From `lookupStatus`, only when the signature is valid and the issuer is us; else null. */
  status: CertificateStatus | null;
  /** What the payload says (also when the signature fails, so a page can show the claim). */
  facts: Partial<CertificateFacts> | null;
  /** The thumbprint of the key that verified it. */
  kid?: string;
  /** Why it is not valid, in English, for logs and developers. */
  reason?: string;
}

/** The Open Badges 3.0 issuer Profile. */
export type IssuerProfile = {
  id: string;
  type: ['Profile'];
  name: string;
  url: string;
};

/** How the holder is named: plain, not hashed (see `CredentialService.credential`). */
export type IdentityObject = {
  type: 'IdentityObject';
  identityType: 'name' | typeof SKJ_IDENTITY_TYPE;
  hashed: false;
  identityHash: string;
};

/** The training as an Open Badges Achievement, with the certificate's extension fields. */
export type CertificateAchievement = {
  id: string;
  type: ['Achievement'];
  achievementType: 'CertificateOfCompletion';
  name: string;
  description: string;
  criteria: { narrative: string };
  studyLoadHours: number;
  skjPoints: number;
  editionTitle: string;
  /** YYYY-MM-DD */
  editionStartsOn: string;
  editionEndsOn: string;
};

/** The unsigned credential: the payload of the VC-JWT without its JWT claims. */
export type OpenBadgeCredential = {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  issuer: IssuerProfile;
  validFrom: string;
  name: string;
  credentialSubject: {
    id?: string;
    type: ['AchievementSubject'];
    identifier: IdentityObject[];
    activityStartDate: string;
    activityEndDate: string;
    achievement: CertificateAchievement;
  };
  credentialStatus: { id: string; type: '1EdTechRevocationList' };
};

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** An instant with whole seconds, as `validFrom` and `nbf` must agree. */
function wholeSeconds(instant: Date): Date {
  return new Date(Math.floor(instant.getTime() / 1000) * 1000);
}

function isoSeconds(instant: Date): string {
  return wholeSeconds(instant).toISOString().replace('.000Z', 'Z');
}

/**
 * Signed credentials for certificates: an Open Badges 3.0 `OpenBadgeCredential` (a W3C
 * Verifiable Credential, data model 2.0) secured as a VC-JWT, a compact JWS signed with Ed25519
 * (`alg: EdDSA`). The keys are in `SigningKeys`; anyone can verify with the published
 * `/.well-known/jwks.json`.
 */
@Injectable()
export class CredentialService {
  private readonly logger = new Logger('CredentialService');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: SigningKeys,
  ) {}

  /** The issuer's id: the URL of its Profile. */
  get issuerId(): string {
    return `${this.config.baseUrl}/.well-known/openbadges-issuer.json`;
  }

  /** The issuer Profile, as published at `issuerId` and embedded in each credential. */
  issuerProfile(name = ISSUER_NAME): IssuerProfile {
    return { id: this.issuerId, type: ['Profile'], name, url: this.config.baseUrl };
  }

  /** The URL of a certificate's status (the credential's `credentialStatus.id`). */
  statusUrl(code: string): string {
    return `${this.config.baseUrl}/certificaten/${code}/status`;
  }

  /**
   * The unsigned credential: what `sign` signs, without the JWT claims. The holder's name is in
   * plain text (`hashed: false`): the certificate exists to be shown to others, who must see
   * whose it is, and the PDF and the public check page show the name anyway; a hashed name would
   * leave the check page unable to say whose certificate was pasted.
   */
  credential(facts: CertificateFacts, subjectId?: string): OpenBadgeCredential {
    const identifier: IdentityObject[] = [
      {
        type: 'IdentityObject',
        identityType: 'name',
        hashed: false,
        identityHash: facts.holderName,
      },
    ];
    if (facts.skjNumber) {
      identifier.push({
        type: 'IdentityObject',
        identityType: SKJ_IDENTITY_TYPE,
        hashed: false,
        identityHash: facts.skjNumber,
      });
    }
    return {
      '@context': [VC_CONTEXT_V2, OB_CONTEXT, OB_EXTENSIONS_CONTEXT],
      id: facts.verifyUrl,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: this.issuerProfile(facts.issuerName),
      validFrom: isoSeconds(facts.issuedAt),
      name: `Certificaat ${facts.offeringTitle}`,
      credentialSubject: {
        ...(subjectId ? { id: subjectId } : {}),
        type: ['AchievementSubject'],
        identifier,
        activityStartDate: facts.startsOn,
        activityEndDate: facts.endsOn,
        achievement: {
          id: `${facts.verifyUrl}#achievement`,
          type: ['Achievement'],
          achievementType: 'CertificateOfCompletion',
          name: facts.offeringTitle,
          description:
            `Certificaat van deelname aan ${facts.offeringTitle} (${facts.editionTitle}) van ` +
            `${facts.issuerName}: ${facts.studyLoadHours} uur studiebelasting, ` +
            `${facts.skjPoints} SKJ-punten.`,
          criteria: {
            narrative:
              `Deelgenomen aan de bijeenkomsten van ${facts.editionTitle}, van ` +
              `${facts.startsOn} tot en met ${facts.endsOn}, en voldaan aan de aanwezigheidseis ` +
              `van de training.`,
          },
          // Extensions (terms of the VC 2.0 issuer-dependent vocabulary).
          studyLoadHours: facts.studyLoadHours,
          skjPoints: facts.skjPoints,
          editionTitle: facts.editionTitle,
          editionStartsOn: facts.startsOn,
          editionEndsOn: facts.endsOn,
        },
      },
      credentialStatus: { id: this.statusUrl(facts.code), type: '1EdTechRevocationList' },
    };
  }

  /**
   * The credential as a compact JWS (VC-JWT) signed with the newest key. The header is
   * `{ alg: 'EdDSA', typ: 'JWT', kid: <key URL> }`; the payload is the credential with the JWT
   * claims `iss` (issuer id), `jti` (= verifyUrl), `nbf` (= validFrom) and, when a subject id is
   * given (e.g. the holder's DID), `sub` (= credentialSubject.id). There is no `iat`: the same
   * facts signed with the same key give the same JWT (Ed25519 is deterministic).
   */
  async sign(facts: CertificateFacts, subjectId?: string): Promise<string> {
    const key = await this.keys.current();
    const jwt = new SignJWT(this.credential(facts, subjectId))
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.keyUrl })
      .setIssuer(this.issuerId)
      .setJti(facts.verifyUrl)
      .setNotBefore(Math.floor(facts.issuedAt.getTime() / 1000));
    if (subjectId) jwt.setSubject(subjectId);
    return jwt.sign(key.privateKey);
  }

  /**
   * Checks a credential as pasted or uploaded: a compact JWS, with any whitespace, quotes around
   * it, or a JSON object holding it in `jwt` or `proof.jwt`. Verifies against every key in the
   * store, then asks `lookupStatus` for the certificate's status. Never throws.
   */
  async verify(input: string, lookupStatus: StatusLookup): Promise<CredentialVerification> {
    try {
      return await this.check(input, lookupStatus);
    } catch (error) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return {
        signature: 'malformed',
        issuer: 'other',
        status: null,
        facts: null,
        reason: 'the credential could not be checked',
      };
    }
  }

  private async check(input: unknown, lookupStatus: StatusLookup): Promise<CredentialVerification> {
    const malformed = (reason: string): CredentialVerification => ({
      signature: 'malformed',
      issuer: 'other',
      status: null,
      facts: null,
      reason,
    });
    const jwt = this.compactJws(input);
    if (typeof jwt !== 'string') return malformed(jwt.reason);

    let header: ProtectedHeaderParameters;
    let payload: JWTPayload;
    try {
      header = decodeProtectedHeader(jwt);
      payload = decodeJwt(jwt);
    } catch {
      return malformed('the header or payload is not base64url-encoded JSON');
    }
    // VC data model 1.1 JWTs carry the credential in `vc`.
    const credential = isObject(payload.vc) ? payload.vc : (payload as Json);
    const issuerId = isObject(credential.issuer)
      ? str(credential.issuer.id)
      : str(credential.issuer);
    const issuer = (issuerId ?? payload.iss) === this.issuerId ? 'ours' : 'other';
    const facts = this.factsOf(credential);
    const result = (
      signature: SignatureCheck,
      reason?: string,
      kid?: string,
    ): CredentialVerification => ({
      signature,
      issuer,
      status: null,
      facts,
      ...(kid ? { kid } : {}),
      ...(reason ? { reason } : {}),
    });

    const candidates = await this.candidateKeys(header);
    if (candidates.length === 0) return result('unknown-key', 'not signed with one of our keys');
    if (header.alg !== 'EdDSA' && header.alg !== 'Ed25519')
      return result('invalid', `algorithm ${String(header.alg)} is not the one of our keys`);

    let kid: string | null = null;
    for (const candidate of candidates) {
      try {
        await compactVerify(jwt, candidate.publicKey, { algorithms: ['EdDSA', 'Ed25519'] });
        kid = candidate.kid;
        break;
      } catch (error) {
        if (error instanceof errors.JWSSignatureVerificationFailed) continue;
        if (error instanceof errors.JOSEError)
          return { ...result('malformed', `not a valid JWS (${error.code})`), facts: null };
        throw error;
      }
    }
    if (!kid) return result('invalid', 'the signature does not match: changed after signing');

    const claimProblem = this.claimProblem(payload, credential, issuerId);
    if (claimProblem) return result('invalid', claimProblem, kid);
    if (issuer !== 'ours') return result('valid', undefined, kid);

    let status: CertificateStatus = 'unknown';
    let reason: string | undefined;
    if (facts?.code) {
      try {
        status = await lookupStatus(facts.code);
      } catch (error) {
        this.logger.error(
          `Status lookup failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        reason = 'the status could not be looked up';
      }
    } else {
      reason = 'the credential names no certificate of ours';
    }
    return { ...result('valid', reason, kid), status };
  }

  /** The compact JWS in what was pasted, or why there is none. */
  private compactJws(input: unknown): string | { reason: string } {
    if (typeof input !== 'string') return { reason: 'not text' };
    if (input.length > CREDENTIAL_INPUT_MAX) return { reason: 'too long for a credential' };
    let text = input.trim();
    if (text.startsWith('{') || text.startsWith('"')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return { reason: 'not a JWT, and not valid JSON' };
      }
      const proofs = isObject(parsed) ? asList(parsed.proof) : [];
      const found =
        typeof parsed === 'string'
          ? parsed
          : isObject(parsed) && typeof parsed.jwt === 'string'
            ? parsed.jwt
            : proofs.map((p) => (isObject(p) ? str(p.jwt) : undefined)).find(Boolean);
      if (!found) {
        return {
          reason: isObject(parsed)
            ? 'a JSON credential without a JWT (embedded proofs are not supported)'
            : 'not a JWT',
        };
      }
      text = found;
    }
    // A JWS has no whitespace: pasting may wrap it over lines.
    text = text.replace(/\s+/g, '');
    if (!COMPACT_JWS.test(text)) return { reason: 'not a compact JWS (three base64url parts)' };
    return text;
  }

  /** Our keys the header may point at: the one its kid names, or all of them without a kid. */
  private async candidateKeys(
    header: ProtectedHeaderParameters,
  ): Promise<{ kid: string; publicKey: KeyObject }[]> {
    let kid: string | null = null;
    if (header.kid !== undefined) {
      kid = this.keys.kidFromHeader(header.kid);
      if (!kid) return [];
    } else if (isObject(header.jwk)) {
      // An embedded key is never trusted; it only says which of our keys it claims to be.
      try {
        kid = await calculateJwkThumbprint(header.jwk, 'sha256');
      } catch {
        return [];
      }
    }
    if (kid) {
      const publicKey = await this.keys.publicKey(kid);
      return publicKey ? [{ kid, publicKey }] : [];
    }
    return (await this.keys.all()).reverse();
  }

  /** The Open Badges rules for the JWT claims of a validly signed credential. */
  private claimProblem(
    payload: JWTPayload,
    credential: Json,
    issuerId: string | undefined,
  ): string | null {
    const types = asList(credential.type);
    if (!types.includes('OpenBadgeCredential') && !types.includes('AchievementCredential'))
      return 'not an OpenBadgeCredential';
    if (payload.iss !== undefined && payload.iss !== issuerId)
      return 'the iss claim is not the issuer';
    if (payload.jti !== undefined && payload.jti !== credential.id)
      return 'the jti claim is not the credential id';
    const subject = asList(credential.credentialSubject).find(isObject);
    if (payload.sub !== undefined && payload.sub !== subject?.id)
      return 'the sub claim is not the credential subject';
    const validFrom = Date.parse(str(credential.validFrom) ?? str(credential.issuanceDate) ?? '');
    if (payload.nbf !== undefined && Math.floor(validFrom / 1000) !== payload.nbf)
      return 'the nbf claim is not validFrom';
    const now = Date.now() / 1000;
    if (payload.nbf !== undefined && payload.nbf > now + CLOCK_TOLERANCE_S) return 'not valid yet';
    if (payload.exp !== undefined && payload.exp < now - CLOCK_TOLERANCE_S) return 'expired';
    return null;
  }

  /** The certificate facts a credential states, as far as it states them (null: none). */
  private factsOf(credential: Json): Partial<CertificateFacts> | null {
    const facts: Partial<CertificateFacts> = {};
    const id = str(credential.id);
    if (id) {
      facts.verifyUrl = id;
      const code = this.codeOf(id, '') ?? this.codeOf(this.statusIdOf(credential), '/status');
      if (code) facts.code = code;
    }
    const validFrom = str(credential.validFrom) ?? str(credential.issuanceDate);
    const issuedAt = validFrom ? new Date(validFrom) : null;
    if (issuedAt && !Number.isNaN(issuedAt.getTime())) {
      facts.issuedAt = issuedAt;
      facts.issuedOn = toAmsterdamParts(issuedAt).date;
    }
    if (isObject(credential.issuer)) {
      const name = str(credential.issuer.name);
      if (name) facts.issuerName = name;
    }
    const subject = asList(credential.credentialSubject).find(isObject);
    if (subject) {
      const identities = asList(subject.identifier).filter(isObject);
      const plain = (type: string) =>
        str(identities.find((i) => i.identityType === type && i.hashed === false)?.identityHash);
      const holderName = plain('name');
      if (holderName) facts.holderName = holderName;
      facts.skjNumber = plain(SKJ_IDENTITY_TYPE) ?? null;
      const achievement = isObject(subject.achievement) ? subject.achievement : null;
      const startsOn = str(achievement?.editionStartsOn) ?? str(subject.activityStartDate);
      const endsOn = str(achievement?.editionEndsOn) ?? str(subject.activityEndDate);
      if (startsOn && DATE.test(startsOn)) facts.startsOn = startsOn;
      if (endsOn && DATE.test(endsOn)) facts.endsOn = endsOn;
      if (achievement) {
        const offeringTitle = str(achievement.name);
        const editionTitle = str(achievement.editionTitle);
        const hours = num(achievement.studyLoadHours);
        const points = num(achievement.skjPoints);
        if (offeringTitle) facts.offeringTitle = offeringTitle;
        if (editionTitle) facts.editionTitle = editionTitle;
        if (hours !== undefined) facts.studyLoadHours = hours;
        if (points !== undefined) facts.skjPoints = points;
      }
    }
    return Object.keys(facts).length ? facts : null;
  }

  private statusIdOf(credential: Json): string | undefined {
    const status = asList(credential.credentialStatus).find(isObject);
    return str(status?.id);
  }

  /** The certificate code in one of our URLs: `${baseUrl}/certificaten/<code><suffix>`. */
  private codeOf(url: string | undefined, suffix: string): string | null {
    const prefix = `${this.config.baseUrl}/certificaten/`;
    if (!url?.startsWith(prefix) || !url.endsWith(suffix)) return null;
    const code = url.slice(prefix.length, url.length - suffix.length);
    return /^[A-Z0-9-]{1,40}$/.test(code) ? code : null;
  }
}
