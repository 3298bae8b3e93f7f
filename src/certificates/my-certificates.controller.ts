import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated } from '../common/access/access.decorators';
import { parseId } from '../common/http/params';
import { renderCertificatePdf } from './certificate-pdf';
import { CertificateService } from './certificate.service';
import { CredentialService } from './credential.service';

/** One's own certificates as a PDF and as a signed credential; someone else's id is 404. */
@Controller('mijn/certificaten')
export class MyCertificatesController {
  constructor(
    private readonly certificates: CertificateService,
    private readonly credentials: CredentialService,
  ) {}

  @Get(':id.pdf')
  @Authenticated()
  async pdf(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const c = await this.certificates.own(req.user!.id, parseId(id));
    const pdf = await renderCertificatePdf(this.certificates.facts(c));
    res
      .type('application/pdf')
      .setHeader('Content-Disposition', `attachment; filename="certificaat-${c.code}.pdf"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(pdf);
  }

  /** The Open Badges 3.0 credential as a VC-JWT, for a wallet or to send to an employer. */
  @Get(':id.jwt')
  @Authenticated()
  async credential(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const c = await this.certificates.own(req.user!.id, parseId(id));
    const jwt = await this.credentials.sign(this.certificates.facts(c));
    res
      .type('application/vc+jwt')
      .setHeader('Content-Disposition', `attachment; filename="certificaat-${c.code}.jwt"`)
      .setHeader('Cache-Control', 'private, no-store')
      .send(jwt);
  }
}
