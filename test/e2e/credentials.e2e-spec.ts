import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CertificateFacts } from '../../src/certificates/certificate-facts';
import {
  CredentialService,
  OpenBadgeCredential,
  StatusLookup,
} from '../../src/certificates/credential.service';
import { SigningKeys } from '../../src/certificates/signing-keys';
import { createTestApp, TestApp } from '../utils/test-app';

const BASE_URL = 'http://jep.test'; // createTestApp's BASE_URL
const ISSUER_ID = `${BASE_URL}/.well-known/openbadges-issuer.json`;

function facts(code: string): CertificateFacts {
  return {
    code,
    holderName: 'Joost de Vries',
    skjNumber: null,
    offeringTitle: 'Gesprekken over extremisme',
    editionTitle: 'Najaar, Rotterdam',
    startsOn: '2026-10-05',
    endsOn: '2026-10-26',
    studyLoadHours: 16,
    skjPoints: 10,
    issuedAt: new Date('2026-10-26T15:00:00Z'),
    issuedOn: '2026-10-26',
    issuerName: 'Platform JEP',
    verifyUrl: `${BASE_URL}/certificaten/${code}`,
  };
}

const valid: StatusLookup = () => Promise.resolve('valid');

/** Fetches a public JSON document as a verifier does: no cookies, no Accept: text/html. */
async function fetchJson(t: TestApp, path: string) {
  const res = await t.client().agent.get(path);
  return { status: res.status, headers: res.headers, body: res.body };
}

async function fetchJwks(t: TestApp): Promise<JSONWebKeySet> {
  const res = await fetchJson(t, '/.well-known/jwks.json');
  assert.equal(res.status, 200);
  return res.body as JSONWebKeySet;
}

describe('signed credentials over HTTP (JWKS, did:web, issuer profile)', () => {
  let dir: string;
  let keyFile: string;
  let t: TestApp;
  let credentials: CredentialService;
  let keys: SigningKeys;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jep-credentials-e2e-'));
    keyFile = join(dir, 'keys', 'signing.json');
    t = await createTestApp({ env: { CERTIFICATE_KEY_FILE: keyFile } });
    credentials = t.app.get(CredentialService);
    keys = t.app.get(SigningKeys);
  });
  after(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the key file at the first start, mode 0600, and reuses it at the next start', async () => {
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    const stored = JSON.parse(readFileSync(keyFile, 'utf8'));
    assert.equal(stored.keys.length, 1);
    const kid = stored.keys[0].kid;
    assert.equal((await keys.current()).kid, kid);

    const next = await createTestApp({
      env: { CERTIFICATE_KEY_FILE: keyFile },
      shareDatabaseOf: t,
    });
    try {
      assert.equal((await next.app.get(SigningKeys).current()).kid, kid);
      assert.deepEqual((await fetchJwks(next)).keys, (await fetchJwks(t)).keys);
    } finally {
      await next.close();
    }
    assert.equal(JSON.parse(readFileSync(keyFile, 'utf8')).keys.length, 1);
  });

  it('publishes the public keys as JSON, cacheable and readable from other origins', async () => {
    const res = await fetchJson(t, '/.well-known/jwks.json');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.equal(res.headers['cache-control'], 'public, max-age=300');
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(res.headers['set-cookie'], undefined);
    const [key] = res.body.keys;
    assert.deepEqual(Object.keys(key).sort(), ['alg', 'crv', 'kid', 'kty', 'use', 'x']);
    assert.equal(key.alg, 'EdDSA');

    // Each kid is a URL that answers with that key (Open Badges 3.0: the kid dereferences).
    const one = await fetchJson(t, String(key.kid).slice(BASE_URL.length));
    assert.equal(one.status, 200);
    assert.deepEqual(one.body, key);
    const missing = await fetchJson(t, '/.well-known/jwks/no-such-key.json');
    assert.equal(missing.status, 404);
    assert.match(String(missing.headers['content-type']), /^application\/json/);
  });

  it('serves the issuer Profile and a did:web document with the same keys', async () => {
    const issuer = await fetchJson(t, '/.well-known/openbadges-issuer.json');
    assert.equal(issuer.status, 200);
    assert.match(String(issuer.headers['content-type']), /^application\/json/);
    assert.equal(issuer.body.id, ISSUER_ID);
    assert.deepEqual(issuer.body.type, ['Profile']);
    assert.equal(issuer.body.name, 'Platform JEP');

    const did = await fetchJson(t, '/.well-known/did.json');
    assert.equal(did.status, 200);
    assert.equal(did.body.id, 'did:web:jep.test');
    const jwks = await fetchJwks(t);
    assert.equal(did.body.verificationMethod.length, jwks.keys.length);
    const method = did.body.verificationMethod[0];
    assert.equal(method.type, 'JsonWebKey2020');
    assert.equal(method.controller, 'did:web:jep.test');
    assert.equal(method.publicKeyJwk.x, jwks.keys[0].x);
    assert.equal(method.publicKeyJwk.d, undefined);
    assert.deepEqual(did.body.assertionMethod, [method.id]);
  });

  it('signs a credential that jose verifies with the JWKS fetched over HTTP', async () => {
    const jwt = await credentials.sign(facts('JEP-AAAA-BBBB-CCCC-DDDD'));
    const jwks = createLocalJWKSet(await fetchJwks(t));
    const { payload, protectedHeader } = await jwtVerify(jwt, jwks, {
      issuer: ISSUER_ID,
      algorithms: ['EdDSA'],
    });
    assert.equal(protectedHeader.alg, 'EdDSA');
    assert.equal(payload.jti, `${BASE_URL}/certificaten/JEP-AAAA-BBBB-CCCC-DDDD`);
    assert.deepEqual(payload.type, ['VerifiableCredential', 'OpenBadgeCredential']);

    const result = await credentials.verify(jwt, valid);
    assert.equal(result.signature, 'valid');
    assert.equal(result.issuer, 'ours');
    assert.equal(result.status, 'valid');
    assert.equal(result.facts?.holderName, 'Joost de Vries');
  });

  it('rejects a changed field, by jose and by verify', async () => {
    const jwt = await credentials.sign(facts('JEP-AAAA-BBBB-CCCC-EEEE'));
    const [header, , signature] = jwt.split('.');
    const payload = decodeJwt<OpenBadgeCredential>(jwt);
    payload.credentialSubject.identifier[0].identityHash = 'Iemand Anders';
    const forged = [header, Buffer.from(JSON.stringify(payload)).toString('base64url'), signature];
    const tampered = forged.join('.');

    await assert.rejects(
      jwtVerify(tampered, createLocalJWKSet(await fetchJwks(t))),
      errors.JWSSignatureVerificationFailed,
    );
    const result = await credentials.verify(tampered, valid);
    assert.equal(result.signature, 'invalid');
    assert.equal(result.status, null);
  });

  it('calls a credential from another issuer unknown-key and other', async () => {
    const otherDir = mkdtempSync(join(tmpdir(), 'jep-credentials-other-'));
    const other = await createTestApp({
      env: { CERTIFICATE_KEY_FILE: join(otherDir, 'keys.json'), BASE_URL: 'https://other.test' },
    });
    try {
      const jwt = await other.app.get(CredentialService).sign({
        ...facts('JEP-AAAA-BBBB-CCCC-FFFF'),
        verifyUrl: 'https://other.test/certificaten/JEP-AAAA-BBBB-CCCC-FFFF',
      });
      await assert.rejects(
        jwtVerify(jwt, createLocalJWKSet(await fetchJwks(t))),
        errors.JWKSNoMatchingKey,
      );
      const result = await credentials.verify(jwt, valid);
      assert.equal(result.signature, 'unknown-key');
      assert.equal(result.issuer, 'other');
      assert.equal(result.status, null);
    } finally {
      await other.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('after rotate(), an older credential still verifies and new ones use the new kid', async () => {
    const old = await credentials.sign(facts('JEP-AAAA-BBBB-CCCC-GGGG'));
    const oldKid = decodeProtectedHeader(old).kid;
    const { kid } = await keys.rotate();
    const fresh = await credentials.sign(facts('JEP-AAAA-BBBB-CCCC-HHHH'));
    assert.equal(decodeProtectedHeader(fresh).kid, keys.keyUrl(kid));
    assert.notEqual(decodeProtectedHeader(fresh).kid, oldKid);

    const published = await fetchJwks(t);
    assert.deepEqual(
      published.keys.map((k) => k.kid),
      [keys.keyUrl(kid), oldKid],
    );
    const jwks = createLocalJWKSet(published);
    for (const jwt of [old, fresh]) {
      await jwtVerify(jwt, jwks, { issuer: ISSUER_ID });
      assert.equal((await credentials.verify(jwt, valid)).signature, 'valid');
    }
    assert.equal((await fetchJson(t, '/.well-known/did.json')).body.verificationMethod.length, 2);
    assert.equal(JSON.parse(readFileSync(keyFile, 'utf8')).keys.length, 2);
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
  });

  it('answers malformed input with malformed', async () => {
    for (const input of ['', 'niet een certificaat', 'a.b.c', '{"proof": {}}']) {
      const result = await credentials.verify(input, valid);
      assert.equal(result.signature, 'malformed', input);
      assert.equal(result.facts, null);
    }
  });
});
