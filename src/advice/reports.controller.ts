import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { parsePeriod } from '../common/period';
import { Roles } from '../common/access/access.decorators';
import { pageLocale, sendCsv } from '../common/http/responses';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AdviceError, AdviceErrorCode } from './advice.error';
import {
  isReportTable,
  reportCsv,
  reportCsvFilename,
  reportsErrorPage,
  reportsPage,
} from './reports.presenter';
import { AdviceReportsService } from './reports.service';

/**
 * Staff: the Advies op Maat reports for a period (`?van=YYYY-MM-DD&tot=YYYY-MM-DD`, default the
 * last twelve months), and each table as CSV (`/beheer/advies/rapportage/<table>.csv`, same
 * period). A period that is no real date is refused with a message on the page (400).
 */
@Controller('beheer/advies/rapportage')
@Roles('staff')
export class AdviceReportsController {
  constructor(
    private readonly reports: AdviceReportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async page(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const locale = pageLocale(res);
    const parsed = parsePeriod(query, new Date());
    if (!parsed.ok)
      return res.status(400).render('advice/admin/reports', reportsErrorPage(parsed, locale));
    const report = await this.reports.report(parsed.period);
    res.render(
      'advice/admin/reports',
      reportsPage(report, locale, { retentionMonths: this.config.advice.retentionMonths }),
    );
  }

  @Get(':file')
  async csv(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const name = file.endsWith('.csv') ? file.slice(0, -4) : '';
    if (!isReportTable(name)) throw new AdviceError(AdviceErrorCode.NotFound);
    const locale = pageLocale(res);
    const parsed = parsePeriod(query, new Date());
    if (!parsed.ok)
      return res.status(400).render('advice/admin/reports', reportsErrorPage(parsed, locale));
    const report = await this.reports.report(parsed.period);
    sendCsv(res, reportCsvFilename(name, parsed.period), reportCsv(report, name, locale));
  }
}
