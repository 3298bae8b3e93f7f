import { Body, Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { logOut } from '../accounts/passport.setup';
import { sessionCookieName } from '../accounts/session.config';
import { Authenticated, Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { pageLocale } from '../common/http/responses';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AccountDeletionService } from './account-deletion.service';
import { dataExportPage } from './data-export.presenter';
import { DataExportService } from './data-export.service';
import { DeleteAccountDto } from './dto/delete-account.dto';
import { sendExportJson } from './export-response';

const DELETE_VIEW = 'privacy/delete';

/**
 * The person's own AVG rights under /mijn/privacy: what is held and why, the download (JSON and
 * a readable page), and deleting the account.
 */
@Controller()
export class PrivacyController {
  constructor(
    private readonly exports: DataExportService,
    private readonly deletion: AccountDeletionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('mijn/privacy')
  @Authenticated()
  overview(@Req() req: Request, @Res() res: Response) {
    res.render('privacy/overview', {
      pageTitle: 'privacy.overview.title',
      adminRefused: req.user!.role === 'admin',
    });
  }

  @Get('mijn/privacy/gegevens.json')
  @Authenticated()
  async json(@Req() req: Request, @Res() res: Response) {
    sendExportJson(res, await this.exports.forUser(req.user!.id));
  }

  @Get('mijn/privacy/gegevens')
  @Authenticated()
  async page(@Req() req: Request, @Res() res: Response) {
    const data = await this.exports.forUser(req.user!.id);
    res.setHeader('Cache-Control', 'no-store');
    res.render('privacy/data', {
      pageTitle: 'privacy.data.title',
      back: { href: '/mijn/privacy', label: 'privacy.overview.title' },
      jsonHref: '/mijn/privacy/gegevens.json',
      ...dataExportPage(data, pageLocale(res)),
    });
  }

  deleteModel(req: Request) {
    return {
      pageTitle: 'privacy.delete.title',
      adminRefused: req.user!.role === 'admin',
      values: {},
    };
  }

  @Get('mijn/privacy/verwijderen')
  @Authenticated()
  deleteForm(@Req() req: Request, @Res() res: Response) {
    res.render(DELETE_VIEW, this.deleteModel(req));
  }

  @Post('mijn/privacy/verwijderen')
  @Authenticated()
  @FormPage<PrivacyController>(DELETE_VIEW, (c, req) => c.deleteModel(req))
  async delete(@Body() dto: DeleteAccountDto, @Req() req: Request, @Res() res: Response) {
    await this.deletion.deleteAccount(req.user!.id, { by: 'self', password: dto.password });
    // The sessions are gone from the store already; end this one in the browser too.
    await logOut(req);
    res.clearCookie(sessionCookieName(this.config), { path: '/' });
    res.redirect(303, '/account-verwijderd');
  }

  @Get('account-verwijderd')
  @Public()
  deleted(@Res() res: Response) {
    res.render('privacy/deleted', { pageTitle: 'privacy.deleted.title' });
  }
}
