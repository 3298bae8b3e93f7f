import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { applicationDetail, queueRow } from './application.presenter';
import { ApplicationService } from './application.service';
import { DeclineDto } from './dto/decline.dto';
import { TakeOnDto } from './dto/take-on.dto';
import { trajectoryHref } from './member.service';

const APPLICATION_VIEW = 'trajectories/admin/application';
const QUEUE_PATH = '/beheer/jos/aanvragen';

/** Staff read the JOS applications, oldest first, and take each on with a coach or decline it. */
@Controller()
export class ApplicationQueueController {
  constructor(private readonly applications: ApplicationService) {}

  @Get('beheer/jos/aanvragen')
  @Roles('staff')
  async queue(@Res() res: Response) {
    const locale = pageLocale(res);
    const now = new Date();
    res.render('trajectories/admin/applications', {
      pageTitle: 'trajectories.queue.title',
      applications: (await this.applications.queue()).map((a) => queueRow(a, now, locale)),
    });
  }

  async applicationModel(req: Request) {
    const locale = pageLocale(req.res!);
    const application = await this.applications.get(parseId(String(req.params.id)));
    const coaches = await this.applications.coaches();
    return {
      pageTitle: application.trajectory.title,
      application: applicationDetail(application, new Date(), locale),
      coachOptions: coaches.map((c) => ({ value: String(c.id), label: `${c.name} (${c.email})` })),
      values: { coachId: String(req.user!.id), reason: '' },
    };
  }

  @Get('beheer/jos/aanvragen/:id')
  @Roles('staff')
  async application(@Req() req: Request, @Res() res: Response) {
    res.render(APPLICATION_VIEW, await this.applicationModel(req));
  }

  @Post('beheer/jos/aanvragen/:id/aannemen')
  @Roles('staff')
  @FormPage<ApplicationQueueController>(APPLICATION_VIEW, (c, req) => c.applicationModel(req))
  async takeOn(
    @Param('id') id: string,
    @Body() dto: TakeOnDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const coachId = /^\d{1,9}$/.test(dto.coachId) ? Number(dto.coachId) : 0;
    const trajectory = await this.applications.takeOn(req.user!, parseId(id), coachId);
    flash(req, 'success', 'trajectories.queue.takenOn', { title: trajectory.title });
    res.redirect(303, trajectoryHref(trajectory.id));
  }

  @Post('beheer/jos/aanvragen/:id/afwijzen')
  @Roles('staff')
  @FormPage<ApplicationQueueController>(APPLICATION_VIEW, (c, req) => c.applicationModel(req))
  async decline(
    @Param('id') id: string,
    @Body() dto: DeclineDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const trajectory = await this.applications.decline(req.user!, parseId(id), dto.reason);
    flash(req, 'success', 'trajectories.queue.declined', { title: trajectory.title });
    res.redirect(303, QUEUE_PATH);
  }
}
