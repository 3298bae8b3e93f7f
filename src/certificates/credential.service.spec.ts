import { Logger } from '@nestjs/common';
import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  SignJWT,
} from 'jose';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../config/app-config';
import type { CertificateFacts } from './certificate-facts';
import {
  CredentialService,
  OB_CONTEXT,
  OpenBadgeCredential,
  StatusLookup,
  VC_CONTEXT_V2,
} from './credential.service';
import { SigningKeyFileError, SigningKeys } from './signing-keys';

const BASE_URL = 'https://jep.example';
const CODE = 'JEP-7K4M-9Q2X-H3TD-PW8C';

const FACTS: CertificateFacts = {
  code: CODE,
  holderName: 'Fatima el Amrani',
  skjNumber: '110012345',
  offeringTitle: 'Signaleren van polarisatie',
  editionTitle: 'Voorjaar 2026, Utrecht',
  startsOn: '2026-03-02',
  endsOn: '2026-03-23',
  studyLoadHours: 12,
  skjPoints: 8,
  issuedAt: new Date('2026-03-23T16:45:12.345Z'),
  issuedOn: '2026-03-23',
  issuerName: 'Platform JEP',
  verifyUrl: `${BASE_URL}/certificaten/${CODE}`,
};

let dir: string;

function setup(name: string, baseUrl = BASE_URL) {
  const config = loadConfig({
    NODE_ENV: 'test',
    BASE_URL: baseUrl,
    CERTIFICATE_KEY_FILE: join(dir, name, 'keys.json'),
  });
  const keys = new SigningKeys(config);
  return { config, keys, service: new CredentialService(config, keys) };
}

const always =
  (status: Awaited<ReturnType<StatusLookup>>): StatusLookup =>
  () =>
    Promise.resolve(status);

/** The JWT with its payload replaced, the signature kept: what a forger can do. */
function tamper(jwt: string, change: (payload: OpenBadgeCredential) => void): string {
  const [header, , signature] = jwt.split('.');
  const payload = decodeJwt<OpenBadgeCredential>(jwt);
  change(payload);
  return [header, Buffer.from(JSON.stringify(payload)).toString('base64url'), signature].join('.');
}

describe('credential service (Open Badges 3.0 as VC-JWT, Ed25519)', () => {
  before(() => {
    Logger.overrideLogger(false);
    dir = mkdtempSync(join(tmpdir(), 'jep-credentials-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('signs an OpenBadgeCredential with EdDSA, the key URL as kid and the OB 3.0 claims', async () => {
    const { keys, service } = setup('sign');
    const jwt = await service.sign(FACTS);
    assert.match(jwt, /^[\w-]+\.[\w-]+\.[\w-]+$/);
    const header = decodeProtectedHeader(jwt);
    const { kid } = await keys.current();
    assert.deepEqual(header, {
      alg: 'EdDSA',
      typ: 'JWT',
      kid: `${BASE_URL}/.well-known/jwks/${kid}.json`,
    });
    const p = decodeJwt<OpenBadgeCredential>(jwt);
    assert.deepEqual(p['@context'].slice(0, 2), [VC_CONTEXT_V2, OB_CONTEXT]);
    assert.deepEqual(p.type, ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.equal(p.id, FACTS.verifyUrl);
    assert.deepEqual(p.issuer, {
      id: `${BASE_URL}/.well-known/openbadges-issuer.json`,
      type: ['Profile'],
      name: 'Platform JEP',
      url: BASE_URL,
    });
    assert.equal(p.validFrom, '2026-03-23T16:45:12Z');
    assert.equal(p.iss, p.issuer.id);
    assert.equal(p.jti, p.id);
    assert.equal(p.nbf, Date.parse(p.validFrom) / 1000);
    assert.equal(p.sub, undefined, 'no sub without a credentialSubject.id');
    assert.equal(p.vc, undefined);
    const subject = p.credentialSubject;
    assert.deepEqual(subject.type, ['AchievementSubject']);
    assert.deepEqual(subject.identifier[0], {
      type: 'IdentityObject',
      identityType: 'name',
      hashed: false,
      identityHash: 'Fatima el Amrani',
    });
    assert.equal(subject.identifier[1].identityHash, '110012345');
    assert.equal(subject.activityStartDate, '2026-03-02');
    const a = subject.achievement;
    assert.deepEqual(a.type, ['Achievement']);
    assert.equal(a.name, 'Signaleren van polarisatie');
    assert.ok(a.description.length > 0 && a.criteria.narrative.length > 0);
    assert.equal(a.studyLoadHours, 12);
    assert.equal(a.skjPoints, 8);
    assert.equal(a.editionTitle, 'Voorjaar 2026, Utrecht');
    assert.equal(a.editionEndsOn, '2026-03-23');
    assert.deepEqual(p.credentialStatus, {
      id: `${BASE_URL}/certificaten/${CODE}/status`,
      type: '1EdTechRevocationList',
    });
    // Deterministic: the same facts with the same key give the same credential.
    assert.equal(await service.sign(FACTS), jwt);
  });

  it('sets sub and credentialSubject.id to a given subject id, and leaves out a missing SKJ number', async () => {
    const { service } = setup('subject');
    const jwt = await service.sign({ ...FACTS, skjNumber: null }, 'did:example:holder-1');
    const p = decodeJwt<OpenBadgeCredential>(jwt);
    assert.equal(p.sub, 'did:example:holder-1');
    assert.equal(p.credentialSubject.id, 'did:example:holder-1');
    assert.equal(p.credentialSubject.identifier.length, 1);
    const result = await service.verify(jwt, always('valid'));
    assert.equal(result.signature, 'valid');
    assert.equal(result.facts?.skjNumber, null);
  });

  it('verifies its own credential, reads the facts back and asks for the status by code', async () => {
    const { keys, service } = setup('verify');
    const jwt = await service.sign(FACTS);
    const asked: string[] = [];
    const result = await service.verify(jwt, (code) => {
      asked.push(code);
      return Promise.resolve('valid');
    });
    assert.deepEqual(asked, [CODE]);
    assert.equal(result.signature, 'valid');
    assert.equal(result.issuer, 'ours');
    assert.equal(result.status, 'valid');
    assert.equal(result.kid, (await keys.current()).kid);
    assert.equal(result.reason, undefined);
    assert.deepEqual(result.facts, {
      ...FACTS,
      issuedAt: new Date('2026-03-23T16:45:12Z'), // whole seconds, as validFrom
    });
    const revoked = await service.verify(jwt, always('revoked'));
    assert.equal(revoked.status, 'revoked');
  });

  it('verifies independently with jose and the published JWK Set', async () => {
    const { keys, service } = setup('jose');
    const jwt = await service.sign(FACTS);
    const jwks = await keys.jwks();
    assert.equal(jwks.keys.length, 1);
    assert.equal(Object.hasOwn(jwks.keys[0], 'd'), false, 'never the private key');
    const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet(jwks), {
      issuer: service.issuerId,
      algorithms: ['EdDSA'],
      typ: 'JWT',
    });
    assert.equal(protectedHeader.kid, jwks.keys[0].kid);
    assert.equal(payload.jti, FACTS.verifyUrl);
  });

  it('takes what people paste: line breaks, quotes, a JSON object with the JWT', async () => {
    const { service } = setup('paste');
    const jwt = await service.sign(FACTS);
    const wrapped = `\n  ${jwt.match(/.{1,60}/g)!.join('\r\n')}  \n`;
    for (const input of [
      wrapped,
      JSON.stringify(jwt),
      JSON.stringify({ jwt }),
      JSON.stringify({ proof: { type: 'JwtProof2020', jwt } }),
    ]) {
      const result = await service.verify(input, always('valid'));
      assert.equal(result.signature, 'valid', input.slice(0, 40));
    }
  });

  it('rejects a changed payload, also by jose, and still says what it claims', async () => {
    const { keys, service } = setup('tamper');
    const jwt = await service.sign(FACTS);
    const forged = tamper(jwt, (p) => {
      p.credentialSubject.achievement.skjPoints = 80;
    });
    let lookups = 0;
    const result = await service.verify(forged, () => {
      lookups += 1;
      return Promise.resolve('valid');
    });
    assert.equal(result.signature, 'invalid');
    assert.equal(result.issuer, 'ours');
    assert.equal(result.status, null);
    assert.equal(lookups, 0);
    assert.equal(result.facts?.skjPoints, 80);
    assert.ok(result.reason);
    await assert.rejects(
      jwtVerify(forged, createLocalJWKSet(await keys.jwks())),
      errors.JWSSignatureVerificationFailed,
    );
  });

  it('calls a key of another issuer unknown-key and other, also one that claims to be us', async () => {
    const ours = setup('ours');
    const theirs = setup('theirs', 'https://badges.elsewhere.example');
    const foreign = await theirs.service.sign({
      ...FACTS,
      issuerName: 'Elders',
      verifyUrl: 'https://badges.elsewhere.example/certificaten/X',
    });
    const result = await ours.service.verify(foreign, always('valid'));
    assert.equal(result.signature, 'unknown-key');
    assert.equal(result.issuer, 'other');
    assert.equal(result.status, null);
    assert.equal(result.facts?.issuerName, 'Elders');

    // A forger's own key with our issuer, and with or without our kid.
    const { privateKey } = generateKeyPairSync('ed25519');
    const payload = decodeJwt(await ours.service.sign(FACTS));
    const ourKid = decodeProtectedHeader(await ours.service.sign(FACTS)).kid!;
    for (const header of [
      { alg: 'EdDSA', typ: 'JWT', kid: 'https://forger.example/key' },
      { alg: 'EdDSA', typ: 'JWT' },
    ]) {
      const jwt = await new SignJWT(payload).setProtectedHeader(header).sign(privateKey);
      const r = await ours.service.verify(jwt, always('valid'));
      assert.equal(r.issuer, 'ours');
      assert.equal(r.signature, header.kid ? 'unknown-key' : 'invalid');
      assert.equal(r.status, null);
    }
    const withOurKid = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: ourKid })
      .sign(privateKey);
    assert.equal((await ours.service.verify(withOurKid, always('valid'))).signature, 'invalid');
    // A secret-key algorithm with our kid (the classic confusion attack).
    const hs = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'HS256', kid: ourKid })
      .sign(new Uint8Array(32));
    assert.equal((await ours.service.verify(hs, always('valid'))).signature, 'invalid');
  });

  it('keeps verifying old credentials after rotate(), and signs new ones with the new kid', async () => {
    const { keys, service } = setup('rotate');
    const before = await service.sign(FACTS);
    const oldKid = (await keys.current()).kid;
    const rotated = await keys.rotate();
    assert.notEqual(rotated.kid, oldKid);
    const after = await service.sign(FACTS);
    assert.equal(decodeProtectedHeader(after).kid, keys.keyUrl(rotated.kid));
    assert.equal(decodeProtectedHeader(before).kid, keys.keyUrl(oldKid));
    const old = await service.verify(before, always('valid'));
    assert.equal(old.signature, 'valid');
    assert.equal(old.kid, oldKid);
    assert.equal((await service.verify(after, always('valid'))).kid, rotated.kid);
    const jwks = await keys.jwks();
    assert.deepEqual(
      jwks.keys.map((k) => k.kid),
      [keys.keyUrl(rotated.kid), keys.keyUrl(oldKid)],
    );
    for (const jwt of [before, after]) await jwtVerify(jwt, createLocalJWKSet(jwks));
    const file = JSON.parse(readFileSync(keys.file, 'utf8'));
    assert.equal(file.keys.length, 2);

    // Two rotations at once lose no key.
    await Promise.all([keys.rotate(), keys.rotate()]);
    assert.equal((await keys.jwks()).keys.length, 4);
    assert.equal(JSON.parse(readFileSync(keys.file, 'utf8')).keys.length, 4);
  });

  it('creates the key file once with mode 0600 and reuses it at the next start', async () => {
    const first = setup('file/nested');
    await first.keys.onModuleInit();
    assert.equal(statSync(first.keys.file).mode & 0o777, 0o600);
    const stored = JSON.parse(readFileSync(first.keys.file, 'utf8'));
    assert.deepEqual(Object.keys(stored.keys[0]).sort(), [
      'createdAt',
      'kid',
      'privateJwk',
      'publicJwk',
    ]);
    assert.equal(stored.keys[0].publicJwk.d, undefined);
    const kid = (await first.keys.current()).kid;
    const again = setup('file/nested');
    await again.keys.onModuleInit();
    assert.equal((await again.keys.current()).kid, kid);
    assert.equal(JSON.parse(readFileSync(first.keys.file, 'utf8')).keys.length, 1);
  });

  it('sees a rotation made by another process without a restart', async () => {
    const running = setup('shared');
    const jwt = await running.service.sign(FACTS);
    const cli = setup('shared');
    const { kid } = await cli.keys.rotate();
    assert.equal((await running.keys.current()).kid, kid);
    assert.equal((await running.service.verify(jwt, always('valid'))).signature, 'valid');
  });

  it('refuses to start on a damaged key file and never overwrites it', async () => {
    const { keys } = setup('damaged');
    await keys.onModuleInit();
    const good = JSON.parse(readFileSync(keys.file, 'utf8'));
    for (const text of [
      '{not json',
      '{"keys": []}',
      JSON.stringify({ keys: [{ ...good.keys[0], kid: 'other' }] }),
      JSON.stringify({ keys: [good.keys[0], good.keys[0]] }),
      JSON.stringify({
        keys: [{ ...good.keys[0], privateJwk: { ...good.keys[0].privateJwk, d: 'AAAA' } }],
      }),
    ]) {
      writeFileSync(keys.file, text);
      await assert.rejects(setup('damaged').keys.onModuleInit(), SigningKeyFileError);
      assert.equal(readFileSync(keys.file, 'utf8'), text);
    }
  });

  it('answers malformed input with malformed, never with an exception', async () => {
    const { service } = setup('malformed');
    const jwt = await service.sign(FACTS);
    const [h, p] = jwt.split('.');
    const inputs: unknown[] = [
      '',
      '   ',
      'garbage',
      'a.b.c',
      `${h}.${p}`,
      `${h}.${p}.`,
      `${h}.${p}.sig.extra`,
      `${Buffer.from('not json').toString('base64url')}.${p}.AAAA`,
      `${h}.${Buffer.from('[1,2]').toString('base64url')}.AAAA`,
      '{"@context": [], "type": ["VerifiableCredential"]}',
      '{broken json',
      '"just a string"',
      'x'.repeat(70_000),
      `${h}.${p}.${'A'.repeat(10)}`.replace(/\./g, ' . '),
      null,
      42,
    ];
    for (const input of inputs) {
      const result = await service.verify(input as string, () => {
        throw new Error('no lookup for malformed input');
      });
      if (typeof input === 'string' && input.includes(' . ')) {
        // whitespace is removed: a wrong signature, not malformed
        assert.equal(result.signature, 'invalid');
        continue;
      }
      assert.equal(result.signature, 'malformed', String(input).slice(0, 40));
      assert.equal(result.status, null);
      assert.equal(result.facts, null);
      assert.ok(result.reason);
    }
  });

  it('reports an unknown status when the lookup fails, and looks nothing up for other issuers', async () => {
    const ours = setup('lookup');
    const jwt = await ours.service.sign(FACTS);
    const failed = await ours.service.verify(jwt, () => Promise.reject(new Error('db down')));
    assert.equal(failed.signature, 'valid');
    assert.equal(failed.status, 'unknown');
    assert.ok(failed.reason);

    // Signed with our key but naming another issuer: genuine signature, not our certificate.
    const key = await ours.keys.current();
    const payload = {
      ...decodeJwt(jwt),
      iss: 'https://elsewhere.example',
      issuer: 'https://elsewhere.example',
    };
    const other = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: key.keyUrl })
      .sign(key.privateKey);
    const result = await ours.service.verify(other, () => {
      throw new Error('no lookup for another issuer');
    });
    assert.equal(result.signature, 'valid');
    assert.equal(result.issuer, 'other');
    assert.equal(result.status, null);
  });
});
