import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { translate } from '../common/i18n/i18n';
import { pageLocale, sendCsv } from '../common/http/responses';
import { formatDateTime } from '../common/views/format';
import { dashboardCsv, dashboardCsvFilename, reportPdfFilename } from './dashboard-csv';
import {
  dashboardErrorPage,
  dashboardPage,
  dashboardTables,
  isDashboardTable,
} from './dashboard.presenter';
import { DashboardService } from './dashboard.service';
import { parsePeriod } from '../common/period';
import { renderReportPdf } from './report-pdf';

/**
 * Staff: the dashboard for a period (`?van=YYYY-MM-DD&tot=YYYY-MM-DD`, default the last twelve
 * months), each table as CSV (`/beheer/rapportages/<table>.csv`, same period) and the period
 * report as one PDF (`/beheer/rapportages/rapport.pdf`). A period that is no real date is
 * refused with a message on the page (400); an unknown table is a 404.
 */
@Controller('beheer/rapportages')
@Roles('staff')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  async page(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const locale = pageLocale(res);
    const parsed = parsePeriod(query, new Date());
    if (!parsed.ok)
      return res.status(400).render('reports/dashboard', dashboardErrorPage(parsed, locale));
    const report = await this.dashboard.report(parsed.period);
    res.render('reports/dashboard', dashboardPage(report, locale));
  }

  @Get('rapport.pdf')
  async pdf(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const locale = pageLocale(res);
    const parsed = parsePeriod(query, new Date());
    if (!parsed.ok)
      return res.status(400).render('reports/dashboard', dashboardErrorPage(parsed, locale));
    const report = await this.dashboard.report(parsed.period);
    const page = dashboardPage(report, locale);
    const now = new Date();
    const pdf = await renderReportPdf({
      locale,
      title: translate(locale, 'reports.pdf.title'),
      periodText: page.periodText,
      generatedText: translate(locale, 'reports.pdf.generated', {
        at: formatDateTime(now, locale),
      }),
      emptyText: translate(locale, 'reports.empty'),
      tables: dashboardTables(report, locale),
      generatedAt: now,
    });
    res
      .status(200)
      .set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${reportPdfFilename(parsed.period)}"`,
        'Cache-Control': 'no-store',
      })
      .send(pdf);
  }

  @Get(':file')
  async csv(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const name = file.endsWith('.csv') ? file.slice(0, -4) : '';
    if (!isDashboardTable(name)) throw new NotFoundException();
    const locale = pageLocale(res);
    const parsed = parsePeriod(query, new Date());
    if (!parsed.ok)
      return res.status(400).render('reports/dashboard', dashboardErrorPage(parsed, locale));
    const report = await this.dashboard.report(parsed.period);
    const table = dashboardTables(report, locale).find((t) => t.name === name)!;
    sendCsv(res, dashboardCsvFilename(name, parsed.period), dashboardCsv(table, locale));
  }
}
