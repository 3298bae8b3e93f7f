import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { translate } from '../common/i18n/i18n';
import { actionRows, ownerOptions } from './action.presenter';
import { actionsHref, ActionService } from './action.service';
import { ActionDto } from './dto/action.dto';
import { amsterdamToday, workPage } from './work-page';

const ACTIONS_VIEW = 'trajectories/actions';

/** The agreed actions of a trajectory (/jos/trajecten/:id/acties). */
@Controller('jos/trajecten/:id/acties')
export class ActionController {
  constructor(private readonly actions: ActionService) {}

  async actionsModel(req: Request) {
    const locale = pageLocale(req.res!);
    const page = await this.actions.page(req.user!, parseId(String(req.params.id)));
    const today = amsterdamToday(new Date());
    return {
      pageTitle: 'trajectories.actions.title',
      ...workPage(page.access, 'actions'),
      action: actionsHref(page.access.trajectory.id),
      ...actionRows(page.actions, page.names, today, locale),
      ownerOptions: ownerOptions(page.participants, translate(locale, 'trajectories.work.coach')),
      canAdd: page.access.trajectory.status === 'active',
      today,
      values: req.method === 'POST' ? keptValues(req.body) : { ownerId: '', dueOn: '' },
    };
  }

  @Get()
  @Authenticated()
  async page(@Req() req: Request, @Res() res: Response) {
    res.render(ACTIONS_VIEW, await this.actionsModel(req));
  }

  @Post()
  @Authenticated()
  @FormPage<ActionController>(ACTIONS_VIEW, (c, req) => c.actionsModel(req))
  async add(
    @Param('id') id: string,
    @Body() dto: ActionDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const action = await this.actions.add(req.user!, parseId(id), dto, new Date());
    flash(req, 'success', 'trajectories.actions.added', { title: action.title });
    res.redirect(303, `${actionsHref(action.trajectoryId)}#actie-${action.id}`);
  }

  @Post(':actionId/afgerond')
  @Authenticated()
  async done(
    @Param('id') id: string,
    @Param('actionId') actionId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const action = await this.actions.setDone(
      req.user!,
      parseId(id),
      parseId(actionId),
      true,
      new Date(),
    );
    flash(req, 'success', 'trajectories.actions.markedDone', { title: action.title });
    res.redirect(303, actionsHref(action.trajectoryId));
  }

  @Post(':actionId/heropenen')
  @Authenticated()
  async reopen(
    @Param('id') id: string,
    @Param('actionId') actionId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const action = await this.actions.setDone(
      req.user!,
      parseId(id),
      parseId(actionId),
      false,
      new Date(),
    );
    flash(req, 'success', 'trajectories.actions.reopened', { title: action.title });
    res.redirect(303, `${actionsHref(action.trajectoryId)}#actie-${action.id}`);
  }
}
