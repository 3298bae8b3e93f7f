import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { parseId } from '../common/http/params';
import { pageLocale, sendCsv } from '../common/http/responses';
import { parseReportQuery } from './dto/report-period.dto';
import { EvaluationError, EvaluationErrorCode } from './evaluation.error';
import {
  offeringErrorPage,
  offeringReportPage,
  periodReportPage,
  reportCsv,
  reportCsvFilename,
} from './report.presenter';
import { EvaluationReportService } from './report.service';

/** `12.csv` → 12 and csv; `12` → 12; anything else is not found. */
function idAndCsv(param: string): { id: number; csv: boolean } {
  const csv = param.endsWith('.csv');
  return { id: parseId(csv ? param.slice(0, -4) : param), csv };
}

/**
 * Staff: the evaluation reports of an offering (`/beheer/evaluaties/aanbod/:id`, with an optional
 * period `?van=&tot=`; the bench times this page) and of one questionnaire across offerings over a
 * period (`/beheer/evaluaties?vragenlijst=&van=&tot=`), each with its item table as CSV
 * (`…/aanbod/:id.csv`, `/beheer/evaluaties/periode.csv`, and `…/uitvoeringen/:id.csv` for the
 * edition report, whose page is the trainers' one). A period that is no real date is refused
 * with a message on the page (400).
 */
@Controller('beheer/evaluaties')
@Roles('staff')
export class EvaluationReportController {
  constructor(private readonly reports: EvaluationReportService) {}

  @Get()
  async period(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const locale = pageLocale(res);
    const parsed = parseReportQuery(query);
    const questionnaires = await this.reports.questionnaireChoices();
    if (!parsed.ok)
      return res
        .status(400)
        .render(
          'evaluations/report',
          periodReportPage(null, questionnaires, parsed.raw, parsed.errors, locale),
        );
    const chosen = questionnaires.find((q) => q.id === parsed.questionnaireId);
    if (parsed.questionnaireId !== null && !chosen)
      return res
        .status(400)
        .render(
          'evaluations/report',
          periodReportPage(
            null,
            questionnaires,
            parsed.raw,
            [{ field: 'vragenlijst', message: 'evaluations.report.error.questionnaire' }],
            locale,
          ),
        );
    const report = chosen ? await this.reports.periodReport(chosen.id, parsed.period) : null;
    res.render(
      'evaluations/report',
      periodReportPage(report, questionnaires, parsed.raw, [], locale),
    );
  }

  /** The period report of one questionnaire as CSV (`?van=&tot=`). */
  @Get('vragenlijsten/:id.csv')
  async periodCsv(
    @Param('id') id: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const parsed = parseReportQuery({ ...query, vragenlijst: id });
    if (!parsed.ok || parsed.questionnaireId === null)
      throw new EvaluationError(EvaluationErrorCode.NotFound);
    const report = await this.reports.periodReport(parsed.questionnaireId, parsed.period);
    sendCsv(res, reportCsvFilename(report), reportCsv(report, pageLocale(res)));
  }

  @Get('aanbod/:id')
  async offering(
    @Param('id') param: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const locale = pageLocale(res);
    const { id, csv } = idAndCsv(param);
    const parsed = parseReportQuery(query);
    if (!parsed.ok) {
      if (csv) throw new EvaluationError(EvaluationErrorCode.NotFound);
      const offering = await this.reports.offering(id);
      return res
        .status(400)
        .render(
          'evaluations/report',
          offeringErrorPage(offering, parsed.raw, parsed.errors, locale),
        );
    }
    const report = await this.reports.offeringReport(id, parsed.period);
    if (csv) return sendCsv(res, reportCsvFilename(report), reportCsv(report, locale));
    res.render('evaluations/report', offeringReportPage(report, parsed.raw, locale));
  }

  /** The edition report's item table; the page itself is /evaluaties/uitvoeringen/:id. */
  @Get('uitvoeringen/:id')
  async editionCsv(@Param('id') param: string, @Res() res: Response) {
    const { id, csv } = idAndCsv(param);
    if (!csv) throw new EvaluationError(EvaluationErrorCode.NotFound);
    const report = await this.reports.editionReport(res.req.user!, id);
    sendCsv(res, reportCsvFilename(report), reportCsv(report, pageLocale(res)));
  }
}
