import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { translate } from '../common/i18n/i18n';
import { AdviceLinkFilter } from './advice-link.filter';
import { AskService } from './ask.service';
import { ReplyDto } from './dto/reply.dto';
import { myAdviceSection } from './my-advice.presenter';
import { MyAdviceService } from './my-advice.service';
import { requesterView } from './requester.presenter';
import { RequesterService, RequesterThread } from './requester.service';

const REQUEST_VIEW = 'advice/request';

/**
 * The requester following their request and replying: a signed-in user on /mijn/advies/:id, a
 * visitor through the private link /advies/vraag/:token. Someone else's request is a 404.
 */
@Controller()
@UseFilters(AdviceLinkFilter)
export class RequesterController {
  constructor(
    private readonly requester: RequesterService,
    private readonly myAdvice: MyAdviceService,
    private readonly ask: AskService,
  ) {}

  private model(req: Request, thread: RequesterThread, replyAction: string, privateLink: boolean) {
    const locale = pageLocale(req.res!);
    const view = requesterView(thread, locale, {
      replyAction,
      responseDue: thread.request.submittedAt
        ? this.ask.responseDue(thread.request.submittedAt)
        : null,
    });
    return {
      pageTitle: translate(locale, 'advice.request.title', { reference: view.reference }),
      advice: view,
      privateLink,
      values: { body: '' },
    };
  }

  async mineModel(req: Request) {
    const id = parseId(String(req.params.id));
    const thread = await this.requester.forUser(req.user!, id);
    return this.model(req, thread, `/mijn/advies/${id}/reactie`, false);
  }

  async tokenModel(req: Request) {
    const token = String(req.params.token);
    const thread = await this.requester.forToken(token);
    return this.model(req, thread, `/advies/vraag/${encodeURIComponent(token)}/reactie`, true);
  }

  @Get('mijn/advies')
  @Authenticated()
  async list(@Req() req: Request, @Res() res: Response) {
    res.render('advice/mine', {
      pageTitle: 'advice.mineList.title',
      ...myAdviceSection(await this.myAdvice.forUser(req.user!.id), pageLocale(res)),
    });
  }

  @Get('mijn/advies/:id')
  @Authenticated()
  async mine(@Req() req: Request, @Res() res: Response) {
    res.render(REQUEST_VIEW, await this.mineModel(req));
  }

  @Post('mijn/advies/:id/reactie')
  @Authenticated()
  @FormPage<RequesterController>(REQUEST_VIEW, (c, req) => c.mineModel(req))
  async replyMine(
    @Param('id') id: string,
    @Body() dto: ReplyDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.requester.replyAsUser(req.user!, parseId(id), dto.body);
    flash(req, 'success', 'advice.request.replied');
    res.redirect(303, `/mijn/advies/${parseId(id)}`);
  }

  @Get('advies/vraag/:token')
  @Public()
  async byToken(@Req() req: Request, @Res() res: Response) {
    res.render(REQUEST_VIEW, await this.tokenModel(req));
  }

  @Post('advies/vraag/:token/reactie')
  @Public()
  @FormPage<RequesterController>(REQUEST_VIEW, (c, req) => c.tokenModel(req))
  async replyByToken(
    @Param('token') token: string,
    @Body() dto: ReplyDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.requester.replyByToken(token, dto.body);
    flash(req, 'success', 'advice.request.replied');
    res.redirect(303, `/advies/vraag/${encodeURIComponent(token)}`);
  }
}
