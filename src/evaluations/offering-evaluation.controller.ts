import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { OfferingEvaluationDto } from './dto/offering-evaluation.dto';
import { offeringEvaluationView } from './offering-evaluation.presenter';
import { OfferingEvaluationService } from './offering-evaluation.service';

const VIEW = 'evaluations/admin/offering';

/** Staff: which questionnaires an offering uses (/beheer/aanbod/:id/evaluatie). */
@Controller('beheer/aanbod/:id/evaluatie')
@Roles('staff')
export class OfferingEvaluationController {
  constructor(private readonly service: OfferingEvaluationService) {}

  async model(req: Request) {
    return offeringEvaluationView(await this.service.get(parseId(String(req.params.id))));
  }

  @Get()
  async form(@Req() req: Request, @Res() res: Response) {
    res.render(VIEW, await this.model(req));
  }

  @Post()
  @FormPage<OfferingEvaluationController>(VIEW, (c, req) => c.model(req))
  async save(
    @Param('id') id: string,
    @Body() dto: OfferingEvaluationDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const offering = await this.service.attach(req.user!, parseId(id), {
      evaluation: dto.evaluationId ? Number(dto.evaluationId) : null,
      prepost: dto.prepostId ? Number(dto.prepostId) : null,
    });
    flash(req, 'success', 'evaluations.offering.saved', { title: offering.title });
    res.redirect(303, `/beheer/aanbod/${offering.id}/evaluatie`);
  }
}
