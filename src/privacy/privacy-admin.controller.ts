import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { AccountDeletionService } from './account-deletion.service';
import { dataExportPage } from './data-export.presenter';
import { DataExportService } from './data-export.service';
import { AdminDeleteAccountDto } from './dto/admin-delete-account.dto';
import { AdminExportDto } from './dto/admin-export.dto';
import { sendExportJson } from './export-response';

const ADMIN_VIEW = 'privacy/admin';

function base(id: number): string {
  return `/beheer/gebruikers/${id}/privacy`;
}

/**
 * Staff on request (AVG): an admin downloads or erases someone's data when that person asks
 * (by mail, by phone), with the request's reference; both are audited with the acting admin.
 */
@Controller('beheer/gebruikers/:id/privacy')
@Roles('admin')
export class PrivacyAdminController {
  constructor(
    private readonly exports: DataExportService,
    private readonly deletion: AccountDeletionService,
  ) {}

  async adminModel(req: Request) {
    const id = parseId(String(req.params.id));
    const user = await this.deletion.target(id);
    return {
      pageTitle: 'privacy.admin.title',
      back: { href: `/beheer/gebruikers/${id}`, label: 'privacy.admin.backToUser' },
      person: { id, name: user.name, email: user.email },
      isSelf: id === req.user!.id,
      exportAction: `${base(id)}/gegevens`,
      deleteAction: `${base(id)}/verwijderen`,
      formats: [
        { value: 'json', label: 'privacy.admin.formatJson' },
        { value: 'page', label: 'privacy.admin.formatPage' },
      ],
      values: { format: 'json' },
    };
  }

  @Get()
  async page(@Req() req: Request, @Res() res: Response) {
    res.render(ADMIN_VIEW, await this.adminModel(req));
  }

  /** A POST because it is recorded with its reason; the answer is the download or the page. */
  @Post('gegevens')
  @FormPage<PrivacyAdminController>(ADMIN_VIEW, (c, req) => c.adminModel(req))
  async export(
    @Param('id') id: string,
    @Body() dto: AdminExportDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const data = await this.exports.onRequest(req.user!, parseId(id), dto.exportReason);
    if (dto.format === 'page') {
      res.setHeader('Cache-Control', 'no-store');
      res.status(200).render('privacy/data', {
        pageTitle: 'privacy.data.title',
        back: { href: base(parseId(id)), label: 'privacy.admin.title' },
        ...dataExportPage(data, pageLocale(res)),
      });
      return;
    }
    sendExportJson(res, data);
  }

  @Post('verwijderen')
  @FormPage<PrivacyAdminController>(ADMIN_VIEW, (c, req) => c.adminModel(req))
  async delete(
    @Param('id') id: string,
    @Body() dto: AdminDeleteAccountDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.deletion.deleteAccount(parseId(id), {
      by: 'admin',
      admin: req.user!,
      reason: dto.deleteReason,
    });
    flash(req, 'success', 'privacy.admin.deleted');
    res.redirect(303, '/beheer/gebruikers');
  }
}
