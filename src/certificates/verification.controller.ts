import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { normaliseCertificateCode } from './certificate-code';
import { CertificateError, CertificateErrorCode } from './certificate.error';
import { verificationPage } from './certificate.presenter';
import { CertificateService } from './certificate.service';
import { credentialResultPage } from './credential.presenter';
import { CredentialService } from './credential.service';
import { UPLOAD_ERROR, UploadedCredential } from './credential-upload.middleware';
import { pageLocale } from '../common/http/responses';

/**
 * The public check: /certificaten/:code for a certificate number (valid, revoked or unknown),
 * and a pasted or uploaded signed credential. Shows only what is on the certificate.
 */
@Controller('certificaten')
export class VerificationController {
  constructor(
    private readonly certificates: CertificateService,
    private readonly credentials: CredentialService,
  ) {}

  formModel() {
    return { pageTitle: 'certificates.verify.title', values: {} };
  }

  @Get()
  @Public()
  form(@Query('code') code: string | undefined, @Res() res: Response) {
    if (typeof code === 'string' && code.trim()) {
      const normal = normaliseCertificateCode(code);
      res.redirect(303, `/certificaten/${encodeURIComponent(normal ?? code.trim().slice(0, 60))}`);
      return;
    }
    res.render('certificates/verify', this.formModel());
  }

  /** A pasted or uploaded credential; reading it changes nothing, the answer is the page. */
  @Post('controleren')
  @Public()
  @HttpCode(200)
  @FormPage<VerificationController>('certificates/verify', (c) => c.formModel())
  async checkCredential(
    @Body() body: Record<string, unknown>,
    @Req() req: Request & UploadedCredential,
    @Res() res: Response,
  ) {
    if (req[UPLOAD_ERROR] === 'tooLarge')
      throw new CertificateError(CertificateErrorCode.CredentialTooLarge, 'credential');
    const pasted = typeof body.credential === 'string' ? body.credential.trim() : '';
    const input = pasted || req.file?.buffer.toString('utf8').trim() || '';
    if (!input) throw new CertificateError(CertificateErrorCode.CredentialMissing, 'credential');
    const result = await this.credentials.verify(input, async (code) => {
      const c = await this.certificates.byCode(code);
      return !c ? 'unknown' : c.revokedAt ? 'revoked' : 'valid';
    });
    res.render('certificates/credential-result', credentialResultPage(result, pageLocale(res)));
  }

  /** Machine-readable status, the credential's `credentialStatus`. */
  @Get(':code/status')
  @Public()
  async status(@Param('code') raw: string, @Res() res: Response) {
    const code = normaliseCertificateCode(raw);
    const c = code ? await this.certificates.byCode(code) : null;
    res.setHeader('Cache-Control', 'no-cache');
    if (!c) {
      res.status(404).json({ code: raw.slice(0, 60), status: 'unknown' });
      return;
    }
    // Readable as it is, and in the shape of a 1EdTech revocation list for this one credential.
    const url = this.certificates.facts(c).verifyUrl;
    res.json({
      id: `${url}/status`,
      issuer: this.credentials.issuerId,
      code: c.code,
      status: c.revokedAt ? 'revoked' : 'valid',
      ...(c.revokedAt ? { revokedAt: c.revokedAt.toISOString() } : {}),
      revokedCredentials: c.revokedAt
        ? [{ id: url, revocationReason: c.revokeReason ?? undefined }]
        : [],
    });
  }

  @Get(':code')
  @Public()
  async show(@Param('code') raw: string, @Res() res: Response) {
    const code = normaliseCertificateCode(raw);
    if (code && code !== raw) {
      res.redirect(301, `/certificaten/${code}`);
      return;
    }
    const c = code ? await this.certificates.byCode(code) : null;
    const locale = pageLocale(res);
    res.setHeader('Cache-Control', 'no-cache');
    res
      .status(c ? 200 : 404)
      .render(
        'certificates/result',
        verificationPage(
          code ?? raw.slice(0, 60),
          c,
          c ? this.certificates.facts(c) : null,
          locale,
        ),
      );
  }
}
