import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { editionReportPage } from './report.presenter';
import { EvaluationReportService } from './report.service';

/**
 * The evaluation report of one edition, for the trainers who teach it and for staff (who pass
 * trainer checks). Another trainer's edition is "not found" (the service's check). Open answers
 * are for staff only, never for trainers.
 */
@Controller('evaluaties/uitvoeringen')
@Roles('trainer')
export class TrainerReportController {
  constructor(private readonly reports: EvaluationReportService) {}

  @Get(':id')
  async edition(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const user = req.user!;
    const report = await this.reports.editionReport(user, parseId(id));
    const staff = user.role === 'staff' || user.role === 'admin';
    res.render('evaluations/report', editionReportPage(report, pageLocale(res), staff));
  }
}
