import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { CoachDto } from './dto/coach.dto';
import { DetailsDto } from './dto/details.dto';
import { InviteMemberDto } from './dto/invite-member.dto';
import { PhaseMoveDto } from './dto/phase-move.dto';
import { StopDto } from './dto/stop.dto';
import { MemberService, trajectoryHref } from './member.service';
import { PhaseService } from './phase.service';
import { phaseName, trajectoryPage } from './trajectory.presenter';
import { TrajectoryService } from './trajectory.service';
import { TrajectoryError, TrajectoryErrorCode } from './trajectory.error';

const VIEW = 'trajectories/trajectory';
type C = TrajectoryController;

function idOf(value: string): number {
  return /^\d{1,9}$/.test(value) ? Number(value) : 0;
}

/**
 * The overview page of a trajectory (members, coach, staff): what it is, who takes part, where it
 * stands; the coach and staff edit it, move it through the phases, stop it, invite and remove.
 */
@Controller('jos/trajecten/:id')
export class TrajectoryController {
  constructor(
    private readonly trajectories: TrajectoryService,
    private readonly phases: PhaseService,
    private readonly members: MemberService,
  ) {}

  async pageModel(req: Request) {
    const data = await this.trajectories.page(req.user!, parseId(String(req.params.id)));
    // A form posted back with errors by a member: still the coach-only answer, not the page.
    if (req.method === 'POST' && !data.access.canManage)
      throw new TrajectoryError(TrajectoryErrorCode.CoachOnly);
    return trajectoryPage(data, pageLocale(req.res!));
  }

  @Get()
  @Authenticated()
  async show(@Req() req: Request, @Res() res: Response) {
    res.render(VIEW, await this.pageModel(req));
  }

  @Post('gegevens')
  @Authenticated()
  @FormPage<C>(VIEW, (c, req) => c.pageModel(req))
  async details(
    @Param('id') id: string,
    @Body() dto: DetailsDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.trajectories.updateDetails(req.user!, parseId(id), {
      title: dto.title,
      goals: (dto.goals ?? '').replace(/\r\n?/g, '\n'),
      startDate: dto.startDate || null,
      plannedEndDate: dto.plannedEndDate || null,
    });
    flash(req, 'success', 'trajectories.page.detailsSaved');
    res.redirect(303, trajectoryHref(parseId(id)));
  }

  @Post('coach')
  @Authenticated()
  @FormPage<C>(VIEW, (c, req) => c.pageModel(req))
  async coach(
    @Param('id') id: string,
    @Body() dto: CoachDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const coach = await this.trajectories.assignCoach(req.user!, parseId(id), idOf(dto.coachId));
    flash(req, 'success', 'trajectories.page.coachSaved', { name: coach.name });
    res.redirect(303, trajectoryHref(parseId(id)));
  }

  @Post('fase')
  @Authenticated()
  @FormPage<C>(VIEW, (c, req) => c.pageModel(req))
  async move(
    @Param('id') id: string,
    @Body() dto: PhaseMoveDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const phase = await this.phases.move(
      req.user!,
      parseId(id),
      idOf(dto.phaseId),
      dto.note ? dto.note.replace(/\r\n?/g, '\n') : null,
    );
    flash(req, 'success', 'trajectories.page.moved', {
      phase: phaseName(phase, pageLocale(res)),
    });
    res.redirect(303, trajectoryHref(parseId(id)));
  }

  @Post('stoppen')
  @Authenticated()
  @FormPage<C>(VIEW, (c, req) => c.pageModel(req))
  async stop(
    @Param('id') id: string,
    @Body() dto: StopDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.phases.stop(req.user!, parseId(id), dto.stopReason.replace(/\r\n?/g, '\n'));
    flash(req, 'success', 'trajectories.page.stopped');
    res.redirect(303, trajectoryHref(parseId(id)));
  }

  @Post('leden')
  @Authenticated()
  @FormPage<C>(VIEW, (c, req) => c.pageModel(req))
  async invite(
    @Param('id') id: string,
    @Body() dto: InviteMemberDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const outcome = await this.members.invite(req.user!, parseId(id), {
      name: dto.memberName,
      email: dto.memberEmail,
      side: dto.memberSide === 'youth_work' ? 'youth_work' : 'school',
      role: dto.memberRole ?? '',
      isContact: false,
    });
    flash(
      req,
      'success',
      outcome === 'invited' ? 'trajectories.members.invited' : 'trajectories.members.added',
      { name: dto.memberName },
    );
    res.redirect(303, `${trajectoryHref(parseId(id))}#leden`);
  }

  @Post('leden/:memberId/verwijderen')
  @Authenticated()
  async remove(
    @Param('id') id: string,
    @Param('memberId') memberId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const name = await this.members.remove(req.user!, parseId(id), parseId(memberId));
    flash(req, 'success', 'trajectories.members.removed', { name });
    res.redirect(303, `${trajectoryHref(parseId(id))}#leden`);
  }
}
