import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { flash } from '../common/http/flash';
import { pageLocale } from '../common/http/responses';
import { freshnessConfirmPage, FRESHNESS_DONE_PATH } from './freshness.presenter';
import { FreshnessService } from './freshness.service';

/**
 * The "still correct" link in the twice-yearly freshness e-mail. The GET only shows the listing
 * and a button (link scanners fetch every link in a mail); the button's POST confirms it. The
 * token in the URL is the secret, so no sign-in is needed. A token that matches nothing
 * (tampered, already used) gets a page that says nothing changed.
 */
@Controller('netwerk/actueel')
export class FreshnessController {
  constructor(private readonly freshness: FreshnessService) {}

  /** Declared before `:token` so "bedankt" is this page, not a token. */
  @Get('bedankt')
  @Public()
  done(@Res() res: Response) {
    res.render('network/freshness-done', { pageTitle: 'networkFreshness.done.title' });
  }

  @Get(':token')
  @Public()
  async page(@Param('token') token: string, @Res() res: Response) {
    const organisation = await this.freshness.byToken(token);
    if (!organisation) return this.invalid(res);
    res.render(
      'network/freshness-confirm',
      freshnessConfirmPage(organisation, token, pageLocale(res)),
    );
  }

  @Post(':token')
  @Public()
  async confirm(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    const organisation = await this.freshness.confirm(token);
    if (!organisation) return this.invalid(res);
    flash(req, 'success', 'networkFreshness.done.flash', { name: organisation.name });
    res.redirect(303, FRESHNESS_DONE_PATH);
  }

  private invalid(res: Response): void {
    res.status(404).render('network/freshness-invalid', {
      pageTitle: 'networkFreshness.invalid.title',
    });
  }
}
