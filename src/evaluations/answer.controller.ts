import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { answerHref, answerView, notOpenView, postedAnswerValues } from './answer.presenter';
import { AnswerService } from './answer.service';

const ANSWER_VIEW = 'evaluations/answer';

/**
 * A participant answers a questionnaire they were invited to (/mijn/vragenlijsten/:id): save and
 * finish later, or send it; then the thank-you page. Someone else's invitation is not found.
 */
@Controller('mijn/vragenlijsten')
export class AnswerController {
  constructor(private readonly answers: AnswerService) {}

  /** The form's page; on a failed POST with the posted values. */
  async answerModel(req: Request) {
    const page = await this.answers.page(req.user!.id, parseId(String(req.params.id)));
    const posted = req.method === 'POST' ? postedAnswerValues(page.items, req.body) : null;
    return answerView(page, posted, pageLocale(req.res!));
  }

  @Get(':id')
  @Authenticated()
  async show(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const page = await this.answers.page(req.user!.id, parseId(id));
    if (page.state !== 'open')
      return res.render('evaluations/closed', notOpenView(page, pageLocale(res)));
    res.render(ANSWER_VIEW, answerView(page, null, pageLocale(res)));
  }

  @Post(':id')
  @Authenticated()
  @FormPage<AnswerController>(ANSWER_VIEW, (c, req) => c.answerModel(req))
  async answer(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const invitationId = parseId(id);
    const action = body?.action === 'save' ? 'save' : 'submit';
    const outcome = await this.answers.answer(req.user!.id, invitationId, action, body);
    if (outcome === 'saved') flash(req, 'success', 'evaluations.answer.saved');
    if (outcome === 'submitted') return res.redirect(303, `${answerHref(invitationId)}/bedankt`);
    // Saved, or answered or closed meanwhile: the page says which.
    res.redirect(303, answerHref(invitationId));
  }

  @Get(':id/bedankt')
  @Authenticated()
  async thanks(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const invitationId = parseId(id);
    const questionnaire = await this.answers.thanks(req.user!.id, invitationId);
    if (!questionnaire) return res.redirect(303, answerHref(invitationId));
    res.render('evaluations/thanks', {
      pageTitle: 'evaluations.answer.thanksTitle',
      title: questionnaire.title,
    });
  }
}
