import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { wholeNumber } from '../common/forms/parse';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { translate } from '../common/i18n/i18n';
import { EnrolmentAdminService } from '../enrolments/enrolment-admin.service';
import { EditionAdminService } from '../scheduling/edition-admin.service';
import { renderCertificatePdf } from './certificate-pdf';
import { certificateRow, factRows } from './certificate.presenter';
import { CertificateService } from './certificate.service';
import { zipFiles } from './certificate-zip';
import { pageLocale } from '../common/http/responses';

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Staff: finalise an edition, see and revoke its certificates, issue one by hand, the ZIP. */
@Controller('beheer')
@Roles('staff')
export class CertificateAdminController {
  constructor(
    private readonly certificates: CertificateService,
    private readonly editions: EditionAdminService,
    private readonly enrolments: EnrolmentAdminService,
  ) {}

  async listModel(req: Request) {
    const id = parseId(String(req.params.id));
    const locale = pageLocale(req.res!);
    const { edition } = await this.editions.detail(id);
    const list = await this.certificates.forEdition(id);
    const participants = (await this.enrolments.list(id)).filter((e) => e.status === 'confirmed');
    return {
      pageTitle: translate(locale, 'certificates.admin.title', { edition: edition.title }),
      edition: {
        id,
        title: edition.title,
        offeringTitle: edition.offering.title,
        href: `/beheer/uitvoeringen/${id}`,
        ended: !!edition.endsAt && edition.endsAt.getTime() <= Date.now(),
      },
      certificates: list.map((c) => certificateRow(c, locale)),
      participants: participants.map((p) => ({
        value: String(p.id),
        label: `${p.user.name} (${p.user.email})`,
      })),
      values: {},
    };
  }

  @Get('uitvoeringen/:id/certificaten')
  async list(@Req() req: Request, @Res() res: Response) {
    res.render('certificates/admin-list', await this.listModel(req));
  }

  @Post('uitvoeringen/:id/afronden')
  @FormPage<CertificateAdminController>('certificates/admin-list', (c, req) => c.listModel(req))
  async finalise(
    @Param('id') id: string,
    @Body() _body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const editionId = parseId(id);
    const issued = await this.certificates.finalise(req.user!, editionId);
    flash(req, 'success', 'certificates.admin.finalised', { count: String(issued) });
    res.redirect(303, `/beheer/uitvoeringen/${editionId}/certificaten`);
  }

  @Post('uitvoeringen/:id/certificaten/uitgeven')
  @FormPage<CertificateAdminController>('certificates/admin-list', (c, req) => c.listModel(req))
  async issue(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const editionId = parseId(id);
    const enrolmentId = wholeNumber(text(body.enrolmentId), 1, Number.MAX_SAFE_INTEGER) ?? 0;
    const enrolment = await this.enrolments.get(enrolmentId);
    if (enrolment.editionId !== editionId) parseId('0');
    const c = await this.certificates.issueByHand(req.user!, enrolmentId, text(body.reason));
    flash(req, 'success', 'certificates.admin.issued', { code: c.code });
    res.redirect(303, `/beheer/uitvoeringen/${editionId}/certificaten`);
  }

  async detailModel(req: Request) {
    const c = await this.certificates.get(parseId(String(req.params.id)));
    const locale = pageLocale(req.res!);
    return {
      pageTitle: translate(locale, 'certificates.result.title', { code: c.code }),
      certificate: certificateRow(c, locale),
      facts: factRows(this.certificates.facts(c), locale),
      listHref: c.editionId ? `/beheer/uitvoeringen/${c.editionId}/certificaten` : '/beheer',
      values: {},
    };
  }

  @Get('certificaten/:id')
  async detail(@Req() req: Request, @Res() res: Response) {
    res.render('certificates/admin-detail', await this.detailModel(req));
  }

  @Post('certificaten/:id/intrekken')
  @FormPage<CertificateAdminController>('certificates/admin-detail', (c, req) => c.detailModel(req))
  async revoke(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const c = await this.certificates.revoke(req.user!, parseId(id), text(body.reason));
    flash(req, 'success', 'certificates.admin.revoked', { code: c.code });
    res.redirect(303, `/beheer/certificaten/${c.id}`);
  }

  /** Every valid certificate of the edition as PDFs in one ZIP. */
  @Get('uitvoeringen/:id/certificaten.zip')
  async zip(@Param('id') id: string, @Res() res: Response) {
    const editionId = parseId(id);
    await this.editions.detail(editionId);
    const list = (await this.certificates.forEdition(editionId)).filter((c) => !c.revokedAt);
    const files = [];
    for (const c of list)
      files.push({
        name: `certificaat-${c.code}.pdf`,
        data: await renderCertificatePdf(this.certificates.facts(c)),
      });
    res
      .type('application/zip')
      .setHeader(
        'Content-Disposition',
        `attachment; filename="certificaten-uitvoering-${editionId}.zip"`,
      )
      .setHeader('Cache-Control', 'private, no-store')
      .send(
        await zipFiles(files, {
          // the entries' date: the newest issue date, so the same set gives the same archive
          modifiedAt: new Date(Math.max(0, ...list.map((c) => c.issuedAt.getTime()))),
        }),
      );
  }
}
