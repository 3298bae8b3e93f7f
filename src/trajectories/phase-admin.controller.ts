import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { AssessmentPhasesDto } from './dto/assessment-phases.dto';
import { PhaseFormDto } from './dto/phase-form.dto';
import { phaseAdminPage, PHASES_PATH } from './phase-admin.presenter';
import { PhaseService } from './phase.service';

const VIEW = 'trajectories/admin/phases';
const EDIT_VIEW = 'trajectories/admin/phase';
type C = PhaseAdminController;

function optionalId(value: string | undefined): number | null {
  return value && /^\d{1,9}$/.test(value) ? Number(value) : value ? 0 : null;
}

/**
 * Staff configure the JOS phases: rename, reorder, add between the first and the last, hide or
 * show, and choose which phase opens the start and end self-assessment.
 */
@Controller()
export class PhaseAdminController {
  constructor(private readonly phases: PhaseService) {}

  async model() {
    return phaseAdminPage(await this.phases.all());
  }

  @Get('beheer/jos/fasen')
  @Roles('staff')
  async list(@Res() res: Response) {
    res.render(VIEW, await this.model());
  }

  @Post('beheer/jos/fasen')
  @Roles('staff')
  @FormPage<C>(VIEW, (c) => c.model())
  async add(@Body() dto: PhaseFormDto, @Req() req: Request, @Res() res: Response) {
    const phase = await this.phases.add(req.user!, dto);
    flash(req, 'success', 'trajectories.phases.added', { name: phase.nameNl });
    res.redirect(303, PHASES_PATH);
  }

  @Post('beheer/jos/fasen/zelfevaluatie')
  @Roles('staff')
  @FormPage<C>(VIEW, (c) => c.model())
  async assessment(@Body() dto: AssessmentPhasesDto, @Req() req: Request, @Res() res: Response) {
    await this.phases.setAssessmentPhases(
      req.user!,
      optionalId(dto.startPhase),
      optionalId(dto.endPhase),
    );
    flash(req, 'success', 'trajectories.phases.assessmentSaved');
    res.redirect(303, PHASES_PATH);
  }

  async editModel(req: Request) {
    const phase = await this.phases.get(parseId(String(req.params.id)));
    return {
      pageTitle: 'trajectories.phases.editTitle',
      phase: { id: phase.id, key: phase.key, nameNl: phase.nameNl },
      action: `${PHASES_PATH}/${phase.id}`,
      values: {
        nameNl: phase.nameNl,
        nameEn: phase.nameEn,
        descriptionNl: phase.descriptionNl,
        descriptionEn: phase.descriptionEn,
      },
    };
  }

  @Get('beheer/jos/fasen/:id')
  @Roles('staff')
  async edit(@Req() req: Request, @Res() res: Response) {
    res.render(EDIT_VIEW, await this.editModel(req));
  }

  @Post('beheer/jos/fasen/:id')
  @Roles('staff')
  @FormPage<C>(EDIT_VIEW, (c, req) => c.editModel(req))
  async rename(
    @Param('id') id: string,
    @Body() dto: PhaseFormDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.phases.rename(req.user!, parseId(id), dto);
    flash(req, 'success', 'trajectories.phases.renamed', { name: dto.nameNl });
    res.redirect(303, PHASES_PATH);
  }

  @Post('beheer/jos/fasen/:id/omhoog')
  @Roles('staff')
  async up(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.phases.shift(req.user!, parseId(id), 'up');
    flash(req, 'success', 'trajectories.phases.moved');
    res.redirect(303, PHASES_PATH);
  }

  @Post('beheer/jos/fasen/:id/omlaag')
  @Roles('staff')
  async down(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    await this.phases.shift(req.user!, parseId(id), 'down');
    flash(req, 'success', 'trajectories.phases.moved');
    res.redirect(303, PHASES_PATH);
  }

  @Post('beheer/jos/fasen/:id/zichtbaarheid')
  @Roles('staff')
  async visibility(
    @Param('id') id: string,
    @Body('active') active: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const phase = await this.phases.setActive(req.user!, parseId(id), active === '1');
    flash(
      req,
      'success',
      phase.active ? 'trajectories.phases.shownNow' : 'trajectories.phases.hiddenNow',
      { name: phase.nameNl },
    );
    res.redirect(303, PHASES_PATH);
  }
}
