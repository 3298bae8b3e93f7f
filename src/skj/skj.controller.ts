import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, Roles } from '../common/access/access.decorators';
import { parseId } from '../common/http/params';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SkjPointsService } from './skj-points.service';
import {
  skjEditionCsv,
  skjEditionCsvFilename,
  skjEditionPage,
  skjOverviewCsv,
  skjOverviewCsvFilename,
  skjOverviewPage,
} from './skj.presenter';
import { pageLocale, sendCsv } from '../common/http/responses';

/** SKJ accreditation points: one's own overview, and per edition for staff. */
@Controller()
export class SkjController {
  constructor(
    private readonly skj: SkjPointsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('mijn/skj-punten')
  @Authenticated()
  async mine(@Req() req: Request, @Res() res: Response) {
    const overview = await this.skj.forUser(req.user!.id, new Date());
    res.render('skj/overview', skjOverviewPage(overview, pageLocale(res)));
  }

  @Get('mijn/skj-punten.csv')
  @Authenticated()
  async mineCsv(@Req() req: Request, @Res() res: Response) {
    const overview = await this.skj.forUser(req.user!.id, new Date());
    sendCsv(
      res,
      skjOverviewCsvFilename(overview),
      skjOverviewCsv(overview, this.config.baseUrl, pageLocale(res)),
    );
  }

  @Get('beheer/uitvoeringen/:id/skj')
  @Roles('staff')
  async edition(@Param('id') id: string, @Res() res: Response) {
    const data = await this.skj.forEdition(parseId(id));
    res.render('skj/edition', skjEditionPage(data, pageLocale(res)));
  }

  @Get('beheer/uitvoeringen/:id/skj.csv')
  @Roles('staff')
  async editionCsv(@Param('id') id: string, @Res() res: Response) {
    const data = await this.skj.forEdition(parseId(id));
    sendCsv(res, skjEditionCsvFilename(data), skjEditionCsv(data));
  }
}
