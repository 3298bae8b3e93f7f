import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { flash } from '../common/http/flash';
import { pageLocale } from '../common/http/responses';
import { GeoService } from '../geo/geo.service';
import { AdviceLinkFilter } from './advice-link.filter';
import { askOptions, askValues } from './ask.presenter';
import { AskService } from './ask.service';
import { AskDto } from './dto/ask.dto';

const ASK_VIEW = 'advice/index';

/**
 * /advies: what Advies op Maat is and the form to ask. A signed-in user's request enters the
 * queue at once; a visitor confirms their address through the e-mailed link first (its GET shows
 * a button and changes nothing: link scanners fetch every link in a mail).
 */
@Controller()
@UseFilters(AdviceLinkFilter)
export class AskController {
  constructor(
    private readonly ask: AskService,
    private readonly geo: GeoService,
  ) {}

  async askModel(req: Request) {
    const locale = pageLocale(req.res!);
    const user = req.user ?? null;
    const account = user && req.method !== 'POST' ? await this.ask.account(user.id) : null;
    return {
      pageTitle: 'advice.ask.title',
      signedIn: Boolean(user),
      accountEmail: user?.email ?? '',
      responseWorkingDays: String(this.ask.responseWorkingDays),
      provinces: await this.geo.provinceGroups(),
      ...askOptions(await this.ask.activeTopics(), locale),
      values: req.method === 'POST' ? keptValues(req.body) : askValues(account),
    };
  }

  @Get('advies')
  @Public()
  async form(@Req() req: Request, @Res() res: Response) {
    res.render(ASK_VIEW, await this.askModel(req));
  }

  @Post('advies')
  @Public()
  @FormPage<AskController>(ASK_VIEW, (c, req) => c.askModel(req))
  async submit(@Body() dto: AskDto, @Req() req: Request, @Res() res: Response) {
    const result = await this.ask.ask(
      { ...dto, topicId: Number(dto.topicId) },
      {
        user: req.user ?? null,
        ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        locale: pageLocale(res),
      },
    );
    if (result.kind === 'verify') return res.redirect(303, '/advies/verstuurd');
    flash(req, 'success', 'advice.ask.queued', { reference: result.request.reference });
    res.redirect(303, `/mijn/advies/${result.request.id}`);
  }

  /** The same page whatever the address was. */
  @Get('advies/verstuurd')
  @Public()
  checkMail(@Res() res: Response) {
    res.render('advice/check-mail', { pageTitle: 'advice.checkMail.title' });
  }

  @Get('advies/bevestigen/:token')
  @Public()
  async confirmPage(@Param('token') token: string, @Res() res: Response) {
    const request = await this.ask.unverifiedByToken(token);
    const locale = pageLocale(res);
    res.render('advice/confirm', {
      pageTitle: 'advice.confirm.title',
      topic: locale === 'en' ? request.topic?.nameEn : request.topic?.nameNl,
      email: request.requesterEmail,
      action: `/advies/bevestigen/${encodeURIComponent(token)}`,
    });
  }

  @Post('advies/bevestigen/:token')
  @Public()
  async confirm(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    const accessToken = await this.ask.confirm(token);
    flash(req, 'success', 'advice.confirm.done');
    res.redirect(303, `/advies/vraag/${encodeURIComponent(accessToken)}`);
  }
}
