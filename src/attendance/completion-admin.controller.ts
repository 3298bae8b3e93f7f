import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { completionPage } from './completion-admin.presenter';
import { CompletionAdminService } from './completion-admin.service';
import { parseCorrectCompletion } from './dto/correct-completion.dto';
import { pageLocale } from '../common/http/responses';

/** Staff: the completion of an edition's participants, and corrections with a reason. */
@Controller('beheer')
@Roles('staff')
export class CompletionAdminController {
  constructor(private readonly completion: CompletionAdminService) {}

  async pageModel(editionId: number, req: Request) {
    return completionPage(await this.completion.overview(editionId), pageLocale(req.res!));
  }

  /** The page a correction form came from: the edition of the enrolment in the URL. */
  async correctionModel(req: Request) {
    const editionId = await this.completion.editionOf(parseId(String(req.params.id)));
    return this.pageModel(editionId, req);
  }

  @Get('uitvoeringen/:id/afronding')
  async show(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    res.render('attendance/completion', await this.pageModel(parseId(id), req));
  }

  @Post('aanmeldingen/:id/afronding')
  @FormPage<CompletionAdminController>('attendance/completion', (c, req) => c.correctionModel(req))
  async correct(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const enrolmentId = parseId(id);
    const input = parseCorrectCompletion(body, enrolmentId);
    const { editionId, name } = await this.completion.correct(req.user!, enrolmentId, input);
    flash(req, 'success', 'attendance.completion.savedFlash', { name });
    res.redirect(303, `/beheer/uitvoeringen/${editionId}/afronding#deelnemer-${enrolmentId}`);
  }
}
