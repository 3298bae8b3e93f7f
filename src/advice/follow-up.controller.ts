import { Body, Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { AdviceLinkFilter } from './advice-link.filter';
import { FOLLOW_UP_COMMENT_MAX, FollowUpDto, USEFULNESS } from './dto/follow-up.dto';
import { FollowUpService } from './follow-up.service';

const FOLLOW_UP_VIEW = 'advice/follow-up';

/** The one follow-up questionnaire, through the link e-mailed two weeks after afgerond. */
@Controller()
@UseFilters(AdviceLinkFilter)
export class FollowUpController {
  constructor(private readonly followUps: FollowUpService) {}

  async followUpModel(req: Request) {
    const token = String(req.params.token);
    const { request } = await this.followUps.byToken(token);
    return {
      pageTitle: 'advice.followUp.title',
      reference: request.reference,
      action: `/advies/terugblik/${encodeURIComponent(token)}`,
      usefulnessOptions: USEFULNESS.map((v) => ({
        value: v,
        label: `advice.followUp.usefulness.${v}`,
      })),
      commentMax: FOLLOW_UP_COMMENT_MAX,
      values: { usefulness: '', comment: '' },
    };
  }

  @Get('advies/terugblik/:token')
  @Public()
  async page(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    const { answered } = await this.followUps.byToken(token);
    if (answered)
      return res.render('advice/follow-up-done', { pageTitle: 'advice.followUp.doneTitle' });
    res.render(FOLLOW_UP_VIEW, await this.followUpModel(req));
  }

  @Post('advies/terugblik/:token')
  @Public()
  @FormPage<FollowUpController>(FOLLOW_UP_VIEW, (c, req) => c.followUpModel(req))
  async answer(
    @Param('token') token: string,
    @Body() dto: FollowUpDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.followUps.answer(token, Number(dto.usefulness), dto.comment ?? '');
    flash(req, 'success', 'advice.followUp.saved');
    res.redirect(303, `/advies/terugblik/${encodeURIComponent(token)}`);
  }
}
