import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../common/access/access.decorators';
import { flash } from '../common/http/flash';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { createdPage, feedPage } from './calendar-feed.presenter';
import { CalendarFeedService } from './calendar-feed.service';
import { pageLocale } from '../common/http/responses';

/** The personal calendar subscription: the feed itself, and the page to manage its address. */
@Controller()
export class CalendarFeedController {
  constructor(
    private readonly feeds: CalendarFeedService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Fetched by calendar apps, without a session: the secret token is the only key. Anything
   * wrong is a bare 404, which says nothing about whether the address ever existed.
   */
  @Get('agenda/:token.ics')
  @Public()
  async feed(@Param('token') token: string, @Res() res: Response) {
    const ics = await this.feeds.feedFor(token);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Robots-Tag', 'noindex');
    if (ics === null) {
      res.status(404).type('text/plain; charset=utf-8').send('Not Found');
      return;
    }
    res
      .type('text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="platform-jep.ics"');
    res.send(ics);
  }

  @Get('mijn/agenda')
  @Authenticated()
  async page(@Req() req: Request, @Res() res: Response) {
    const status = await this.feeds.status(req.user!.id);
    res.render('calendar/index', feedPage(status, pageLocale(res)));
  }

  /**
   * Creates or replaces the address and shows it, once: only its hash is stored, so there is
   * nothing to redirect to. The page is not cached, so Back does not show it again either.
   */
  @Post('mijn/agenda')
  @Authenticated()
  async create(@Body() _body: unknown, @Req() req: Request, @Res() res: Response) {
    const { token, replaced } = await this.feeds.create(req.user!.id);
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).render('calendar/created', createdPage(this.config.baseUrl, token, replaced));
  }

  @Post('mijn/agenda/intrekken')
  @Authenticated()
  async revoke(@Body() _body: unknown, @Req() req: Request, @Res() res: Response) {
    const revoked = await this.feeds.revoke(req.user!.id);
    flash(
      req,
      revoked ? 'success' : 'info',
      revoked ? 'calendar.flash.revoked' : 'calendar.flash.nothingToRevoke',
    );
    res.redirect(303, '/mijn/agenda');
  }
}
