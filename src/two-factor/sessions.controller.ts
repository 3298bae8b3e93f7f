import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated } from '../common/access/access.decorators';
import { flash } from '../common/http/flash';
import { pageLocale } from '../common/http/responses';
import { ActiveSessionsService } from './sessions.service';
import { sessionsPage } from './two-factor.presenter';
import { TwoFactorError, TwoFactorErrorCode } from './two-factor.error';

/** A user's active sessions (/mijn/sessies): see where you are signed in, and end sessions. */
@Controller()
export class SessionsController {
  constructor(private readonly sessions: ActiveSessionsService) {}

  @Get('mijn/sessies')
  @Authenticated()
  async list(@Req() req: Request, @Res() res: Response) {
    const rows = await this.sessions.list(req.user!.id);
    res.render('two-factor/sessions', sessionsPage(rows, req.sessionID, pageLocale(res)));
  }

  @Post('mijn/sessies/andere-beeindigen')
  @Authenticated()
  async endOthers(@Req() req: Request, @Res() res: Response) {
    const count = await this.sessions.endOthers(req.user!, req.sessionID);
    flash(req, 'success', 'sessions.endedOthers', { count: String(count) });
    res.redirect(303, '/mijn/sessies');
  }

  @Post('mijn/sessies/:ref/beeindigen')
  @Authenticated()
  async end(@Param('ref') ref: string, @Req() req: Request, @Res() res: Response) {
    if (!/^[0-9a-f]{32}$/.test(ref)) throw new TwoFactorError(TwoFactorErrorCode.NotFound);
    await this.sessions.end(req.user!, ref, req.sessionID);
    flash(req, 'success', 'sessions.ended');
    res.redirect(303, '/mijn/sessies');
  }
}
