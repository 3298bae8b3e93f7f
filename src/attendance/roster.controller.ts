import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { parseSaveAttendance } from './dto/save-attendance.dto';
import { rosterCsv, rosterCsvFilename, rosterPage, rosterPrintPage } from './roster.presenter';
import { RosterService } from './roster.service';
import { pageLocale, sendCsv } from '../common/http/responses';

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
    return rosterPage(roster, pageLocale(req.res!));
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
      ...rosterPrintPage(roster, pageLocale(res), new Date()),
      layout: 'attendance/print-layout',
    });
  }

  @Get(':id/presentie.csv')
  async csv(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const roster = await this.rosters.load(req.user!, parseId(id));
    sendCsv(res, rosterCsvFilename(roster), rosterCsv(roster, pageLocale(res)));
  }
}
