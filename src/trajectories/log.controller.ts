import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { LogEntryDto } from './dto/log-entry.dto';
import { attendeeOptions, logEntryRows, logFormValues, logHref } from './log.presenter';
import { LogService } from './log.service';
import { amsterdamToday, postedIds, workPage } from './work-page';

const LOG_VIEW = 'trajectories/log';
const EDIT_VIEW = 'trajectories/log-edit';

const kindOptions = [
  { value: 'meeting', label: 'trajectories.log.kind.meeting' },
  { value: 'note', label: 'trajectories.log.kind.note' },
];

/** The log of a trajectory (/jos/trajecten/:id/logboek): meetings and notes. */
@Controller('jos/trajecten/:id/logboek')
export class LogController {
  constructor(private readonly log: LogService) {}

  async logModel(req: Request) {
    const locale = pageLocale(req.res!);
    const page = await this.log.page(req.user!, parseId(String(req.params.id)));
    const posted = req.method === 'POST';
    const values = posted
      ? keptValues(req.body)
      : { kind: 'meeting', occurredOn: amsterdamToday(new Date()), attendees: [] };
    return {
      pageTitle: 'trajectories.log.title',
      ...workPage(page.access, 'log'),
      action: logHref(page.access.trajectory.id),
      entries: logEntryRows(
        page.entries,
        page.names,
        { id: req.user!.id, canManage: page.access.canManage },
        locale,
      ),
      attendeeOptions: attendeeOptions(page.participants, postedIds(values.attendees)),
      kindOptions,
      today: amsterdamToday(new Date()),
      values,
    };
  }

  async editModel(req: Request) {
    const trajectoryId = parseId(String(req.params.id));
    const { access, entry, participants } = await this.log.editable(
      req.user!,
      trajectoryId,
      parseId(String(req.params.entryId)),
    );
    const values = req.method === 'POST' ? keptValues(req.body) : logFormValues(entry);
    return {
      pageTitle: 'trajectories.log.editTitle',
      ...workPage(access, 'log'),
      action: `${logHref(trajectoryId)}/${entry.entry.id}/bewerken`,
      backHref: logHref(trajectoryId),
      attendeeOptions: attendeeOptions(participants, postedIds(values.attendees)),
      kindOptions,
      today: amsterdamToday(new Date()),
      values,
    };
  }

  @Get()
  @Authenticated()
  async page(@Req() req: Request, @Res() res: Response) {
    res.render(LOG_VIEW, await this.logModel(req));
  }

  @Post()
  @Authenticated()
  @FormPage<LogController>(LOG_VIEW, (c, req) => c.logModel(req))
  async add(
    @Param('id') id: string,
    @Body() dto: LogEntryDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const entry = await this.log.add(req.user!, parseId(id), dto, new Date());
    flash(req, 'success', 'trajectories.log.added');
    res.redirect(303, `${logHref(entry.trajectoryId)}#entry-${entry.id}`);
  }

  @Get(':entryId/bewerken')
  @Authenticated()
  async edit(@Req() req: Request, @Res() res: Response) {
    res.render(EDIT_VIEW, await this.editModel(req));
  }

  @Post(':entryId/bewerken')
  @Authenticated()
  @FormPage<LogController>(EDIT_VIEW, (c, req) => c.editModel(req))
  async update(
    @Param('id') id: string,
    @Param('entryId') entryId: string,
    @Body() dto: LogEntryDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const entry = parseId(entryId);
    await this.log.update(req.user!, parseId(id), entry, dto, new Date());
    flash(req, 'success', 'trajectories.log.updated');
    res.redirect(303, `${logHref(parseId(id))}#entry-${entry}`);
  }

  @Post(':entryId/verwijderen')
  @Authenticated()
  async remove(
    @Param('id') id: string,
    @Param('entryId') entryId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.log.remove(req.user!, parseId(id), parseId(entryId));
    flash(req, 'success', 'trajectories.log.removed');
    res.redirect(303, logHref(parseId(id)));
  }
}
