import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { isLocale } from '../common/i18n/i18n';
import { safeLocalPath } from '../common/http/safe-redirect';
import { LOCALE_COOKIE } from '../common/i18n/locale.middleware';
import { feedHeadLinks, latestIssueBlock } from '../newsletter/archive.presenter';
import { ArchiveService } from '../newsletter/archive.service';
import { pageLocale } from '../common/http/responses';

@Controller()
export class HomeController {
  constructor(private readonly archive: ArchiveService) {}

  /** What JEP offers, and the latest JEPzine with the subscribe form. */
  @Get()
  @Public()
  async home(@Res() res: Response) {
    const locale = pageLocale(res);
    const latest = await this.archive.latest();
    res.render('home/index', {
      pageTitle: 'home.title',
      ...latestIssueBlock(latest, locale),
      headLinks: feedHeadLinks(locale),
    });
  }

  /** The language switch: a plain link, so it works without JavaScript and without a session. */
  @Get('taal/:locale')
  @Public()
  switchLanguage(
    @Param('locale') locale: string,
    @Query('terug') back: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    if (isLocale(locale)) {
      res.cookie(LOCALE_COOKIE, locale, {
        httpOnly: true,
        sameSite: 'lax',
        secure: req.secure,
        maxAge: 365 * 24 * 3600_000,
        path: '/',
      });
    }
    res.redirect(303, safeLocalPath(back, '/'));
  }

  /** A static page without database work: the baseline route of `npm run bench`. */
  @Get('over')
  @Public()
  about(@Res() res: Response) {
    res.render('home/about', { pageTitle: 'about.title' });
  }
}
