import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access/access.decorators';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { CredentialService, OB_CONTEXT, VC_CONTEXT_V2 } from './credential.service';
import { SigningKeys } from './signing-keys';

/** The did:web identifier of the host in BASE_URL (`did:web:example.nl`, port as `%3A`). */
export function didWebOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  const path = url.pathname.split('/').filter(Boolean).map(encodeURIComponent);
  return ['did:web', encodeURIComponent(url.host), ...path].join(':');
}

/**
 * Public documents for verifiers of the signed credentials: the keys (JWKS, one key per URL, a
 * did:web document) and the Open Badges issuer Profile. JSON, cacheable for five minutes, and
 * readable from other origins (wallets and verifier sites fetch them from the browser).
 */
@Controller('.well-known')
@Public()
export class WellKnownController {
  constructor(
    private readonly keys: SigningKeys,
    private readonly credentials: CredentialService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('jwks.json')
  async jwks(@Res() res: Response) {
    send(res, 200, await this.keys.jwks());
  }

  /** One key: what a credential's `kid` dereferences to. */
  @Get('jwks/:kid.json')
  async jwk(@Param('kid') kid: string, @Res() res: Response) {
    const jwk = /^[A-Za-z0-9_-]{1,100}$/.test(kid) ? await this.keys.jwk(kid) : null;
    if (!jwk) send(res, 404, { error: 'unknown key' });
    else send(res, 200, jwk);
  }

  @Get('did.json')
  async did(@Res() res: Response) {
    const did = didWebOf(this.config.baseUrl);
    const methods = (await this.keys.all()).reverse().map((k) => {
      const { kty, crv, x } = k.publicKey.export({ format: 'jwk' });
      return {
        id: `${did}#${k.kid}`,
        type: 'JsonWebKey2020',
        controller: did,
        publicKeyJwk: { kty, crv, x },
      };
    });
    send(res, 200, {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
      id: did,
      alsoKnownAs: [this.config.baseUrl],
      verificationMethod: methods,
      assertionMethod: methods.map((m) => m.id),
    });
  }

  @Get('openbadges-issuer.json')
  issuer(@Res() res: Response) {
    send(res, 200, {
      '@context': [VC_CONTEXT_V2, OB_CONTEXT],
      ...this.credentials.issuerProfile(),
    });
  }
}

function send(res: Response, status: number, body: unknown): void {
  res
    .status(status)
    .type('application/json; charset=utf-8')
    .setHeader('Cache-Control', status === 200 ? 'public, max-age=300' : 'no-cache')
    .setHeader('Access-Control-Allow-Origin', '*')
    // helmet sends same-origin; these documents are meant to be fetched from anywhere.
    .setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
    .send(JSON.stringify(body, null, 2));
}
