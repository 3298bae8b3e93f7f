import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { isLocale, Locale } from '../common/i18n/i18n';
import { parseSaveAttendance } from './dto/save-attendance.dto';
import { rosterCsv, rosterCsvFilename, rosterPage, rosterPrintPage } from './roster.presenter';
import { RosterService } from './roster.service';

function localeOf(res: Response): Locale {
  return isLocale(res.locals.locale) ? res.locals.locale : 'nl';
}

/**
 * Presentie of one meeting, for its edition's trainers and for staff (who pass trainer checks).
 * Whether this trainer teaches the meeting is the service's check: otherwise "not found".
 */
@Controller('bijeenkomsten')
@Roles('trainer')
export class RosterController {
  constructor(private readonly rosters: RosterService) {}

  async rosterModel(req: Request) {
    const roster = await this.rosters.load(req.user!, parseId(String(req.params.id)));
    return rosterPage(roster, localeOf(req.res!));
  }

  @Get(':id/presentie')
  async show(@Req() req: Request, @Res() res: Response) {
    res.render('attendance/roster', await this.rosterModel(req));
  }

  @Post(':id/presentie')
  @FormPage<RosterController>('attendance/roster', (c, req) => c.rosterModel(req))
  async save(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const meetingId = parseId(id);
    const result = await this.rosters.save(req.user!, meetingId, parseSaveAttendance(body));
    if (result.changed)
      flash(req, 'success', 'attendance.roster.saved', { count: String(result.changed) });
    else flash(req, 'info', 'attendance.roster.unchanged');
    res.redirect(303, `/bijeenkomsten/${meetingId}/presentie`);
  }

  @Get(':id/presentie/afdrukken')
  async print(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const roster = await this.rosters.load(req.user!, parseId(id));
    res.render('attendance/print', {
      ...rosterPrintPage(roster, localeOf(res), new Date()),
      layout: 'attendance/print-layout',
    });
  }

  @Get(':id/presentie.csv')
  async csv(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const roster = await this.rosters.load(req.user!, parseId(id));
    res
      .status(200)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${rosterCsvFilename(roster)}"`,
        // personal data: not kept by the browser or a proxy
        'Cache-Control': 'no-store',
      })
      .send(rosterCsv(roster, localeOf(res)));
  }
}
