import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OfferingAdminService } from '../catalogue/offering-admin.service';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { ticked } from '../common/forms/parse';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { GeoService } from '../geo/geo.service';
import { AddTrainerDto } from './dto/add-trainer.dto';
import { ChangeStatusDto } from './dto/change-status.dto';
import { CopyEditionDto } from './dto/copy-edition.dto';
import { SaveEditionDto } from './dto/save-edition.dto';
import { SaveMeetingDto } from './dto/save-meeting.dto';
import {
  dateRange,
  editionFormValues,
  fillRate,
  meetingFormValues,
  meetingRow,
  nextMeetingValues,
  statusActions,
  trainerRows,
} from './edition-admin.presenter';
import { EditionAdminService } from './edition-admin.service';
import type { EditionStatus } from './edition-status';
import { MeetingService } from './meeting.service';
import { pageLocale } from '../common/http/responses';

const MODES = [
  { value: 'location', label: 'editions.meeting.modeLocation' },
  { value: 'online', label: 'editions.meeting.modeOnline' },
];

/** Staff: plan an edition — its fields, meetings, trainers, status and copies. */
@Controller()
@Roles('staff')
export class EditionAdminController {
  constructor(
    private readonly editions: EditionAdminService,
    private readonly meetings: MeetingService,
    private readonly offerings: OfferingAdminService,
    private readonly geo: GeoService,
  ) {}

  async formModel(pageTitle: string, action: string) {
    const offerings = await this.offerings.list();
    const provinces = await this.geo.provinceGroups();
    return {
      pageTitle,
      action,
      offerings: offerings.map((o) => ({ value: String(o.id), label: o.title })),
      regions: provinces.map((p) => ({ value: p.code, label: p.name })),
    };
  }

  @Get('beheer/uitvoeringen/nieuw')
  async newForm(@Query('aanbod') offeringId: string | undefined, @Res() res: Response) {
    res.render('scheduling/edition-form', {
      ...(await this.formModel('editions.new', '/beheer/uitvoeringen')),
      values: {
        offeringId: typeof offeringId === 'string' ? offeringId : '',
        opensTime: '09:00',
        closesTime: '17:00',
        capacity: '20',
      },
    });
  }

  @Post('beheer/uitvoeringen')
  @FormPage<EditionAdminController>('scheduling/edition-form', (c) =>
    c.formModel('editions.new', '/beheer/uitvoeringen'),
  )
  async create(@Body() dto: SaveEditionDto, @Req() req: Request, @Res() res: Response) {
    const edition = await this.editions.create(req.user!, dto);
    flash(req, 'success', 'editions.created');
    res.redirect(303, `/beheer/uitvoeringen/${edition.id}`);
  }

  async detailModel(req: Request) {
    const id = parseId(String(req.params.id));
    const locale = pageLocale(req.res!);
    const { edition, meetings, trainers } = await this.editions.detail(id);
    const trainerOptions = (await this.editions.trainerOptions()).filter(
      (t) => !trainers.some((x) => x.id === t.id),
    );
    return {
      pageTitle: 'editions.detail',
      edition: {
        id: edition.id,
        title: edition.title,
        offeringTitle: edition.offering.title,
        offeringHref: `/beheer/aanbod/${edition.offeringId}`,
        publicHref:
          edition.status === 'published' && edition.offering.published
            ? `/uitvoeringen/${edition.id}`
            : null,
        status: edition.status,
        statusLabel: `editions.status.${edition.status}`,
        dates: dateRange(edition.startsAt, edition.endsAt, locale),
        capacity: edition.capacity,
        fill: fillRate(edition).text,
        region: edition.region?.name ?? null,
        open: edition.status !== 'completed' && edition.status !== 'cancelled',
        registration: `${dateRange(edition.registrationOpensAt, null, locale)} – ${dateRange(edition.registrationClosesAt, null, locale)}`,
        notes: edition.notes,
      },
      meetings: meetings.map((m, i) => meetingRow(m, locale, i)),
      trainers: trainerRows(trainers, edition.id),
      trainerOptions: trainerOptions.map((t) => ({ value: String(t.id), label: t.name })),
      statusActions: statusActions(edition.status),
      values: {},
    };
  }

  @Get('beheer/uitvoeringen/:id')
  async detail(@Req() req: Request, @Res() res: Response) {
    res.render('scheduling/edition', await this.detailModel(req));
  }

  async editModel(req: Request) {
    const id = parseId(String(req.params.id));
    const { edition } = await this.editions.detail(id);
    return {
      ...(await this.formModel('editions.edit', `/beheer/uitvoeringen/${id}/bewerken`)),
      editionId: id,
      values: editionFormValues(edition),
    };
  }

  @Get('beheer/uitvoeringen/:id/bewerken')
  async editForm(@Req() req: Request, @Res() res: Response) {
    res.render('scheduling/edition-form', await this.editModel(req));
  }

  @Post('beheer/uitvoeringen/:id/bewerken')
  @FormPage<EditionAdminController>('scheduling/edition-form', (c, req) => c.editModel(req))
  async update(
    @Param('id') id: string,
    @Body() dto: SaveEditionDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.editions.update(req.user!, parseId(id), dto);
    flash(req, 'success', 'editions.saved');
    res.redirect(303, `/beheer/uitvoeringen/${parseId(id)}`);
  }

  @Post('beheer/uitvoeringen/:id/status')
  @FormPage<EditionAdminController>('scheduling/edition', (c, req) => c.detailModel(req))
  async changeStatus(
    @Param('id') id: string,
    @Body() dto: ChangeStatusDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.editions.changeStatus(
      req.user!,
      parseId(id),
      dto.status as EditionStatus,
      ticked(dto.confirmCancel),
    );
    flash(req, 'success', 'editions.statusChanged');
    res.redirect(303, `/beheer/uitvoeringen/${parseId(id)}`);
  }

  @Post('beheer/uitvoeringen/:id/trainers')
  @FormPage<EditionAdminController>('scheduling/edition', (c, req) => c.detailModel(req))
  async addTrainer(
    @Param('id') id: string,
    @Body() dto: AddTrainerDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.editions.addTrainer(req.user!, parseId(id), dto, pageLocale(res));
    flash(req, 'success', 'editions.trainerAdded');
    res.redirect(303, `/beheer/uitvoeringen/${parseId(id)}#trainers`);
  }

  @Post('beheer/uitvoeringen/:id/trainers/:userId/verwijderen')
  async removeTrainer(
    @Param('id') id: string,
    @Param('userId') userId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.editions.removeTrainer(req.user!, parseId(id), parseId(userId));
    flash(req, 'success', 'editions.trainerRemoved');
    res.redirect(303, `/beheer/uitvoeringen/${parseId(id)}#trainers`);
  }

  @Post('beheer/uitvoeringen/:id/kopieren')
  @FormPage<EditionAdminController>('scheduling/edition', (c, req) => c.detailModel(req))
  async copy(
    @Param('id') id: string,
    @Body() dto: CopyEditionDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const copy = await this.editions.copy(req.user!, parseId(id), dto.firstDate, dto.copyTitle);
    flash(req, 'success', 'editions.copied');
    res.redirect(303, `/beheer/uitvoeringen/${copy.id}`);
  }

  async meetingModel(req: Request, meetingId?: number) {
    const meeting = meetingId ? await this.meetings.get(meetingId) : null;
    const editionId = meeting ? meeting.editionId : parseId(String(req.params.id));
    const { edition, meetings } = await this.editions.detail(editionId);
    return {
      pageTitle: meeting ? 'editions.meeting.edit' : 'editions.meeting.new',
      edition: {
        id: edition.id,
        title: edition.title,
        offeringTitle: edition.offering.title,
        href: `/beheer/uitvoeringen/${edition.id}`,
      },
      action: meeting
        ? `/beheer/bijeenkomsten/${meeting.id}`
        : `/beheer/uitvoeringen/${edition.id}/bijeenkomsten`,
      modes: MODES,
      provinces: await this.geo.provinceGroups(),
      values: meeting ? meetingFormValues(meeting) : nextMeetingValues(meetings),
    };
  }

  @Get('beheer/uitvoeringen/:id/bijeenkomsten/nieuw')
  async newMeeting(@Req() req: Request, @Res() res: Response) {
    res.render('scheduling/meeting-form', await this.meetingModel(req));
  }

  @Post('beheer/uitvoeringen/:id/bijeenkomsten')
  @FormPage<EditionAdminController>('scheduling/meeting-form', (c, req) => c.meetingModel(req))
  async addMeeting(
    @Param('id') id: string,
    @Body() dto: SaveMeetingDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.meetings.add(req.user!, parseId(id), dto, pageLocale(res));
    flash(req, 'success', 'editions.meeting.added');
    res.redirect(303, `/beheer/uitvoeringen/${parseId(id)}#bijeenkomsten`);
  }

  @Get('beheer/bijeenkomsten/:meetingId')
  async editMeeting(
    @Param('meetingId') meetingId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    res.render('scheduling/meeting-form', await this.meetingModel(req, parseId(meetingId)));
  }

  @Post('beheer/bijeenkomsten/:meetingId')
  @FormPage<EditionAdminController>('scheduling/meeting-form', (c, req) =>
    c.meetingModel(req, parseId(String(req.params.meetingId))),
  )
  async updateMeeting(
    @Param('meetingId') meetingId: string,
    @Body() dto: SaveMeetingDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const meeting = await this.meetings.update(req.user!, parseId(meetingId), dto, pageLocale(res));
    flash(req, 'success', 'editions.meeting.saved');
    res.redirect(303, `/beheer/uitvoeringen/${meeting.editionId}#bijeenkomsten`);
  }

  @Post('beheer/bijeenkomsten/:meetingId/verwijderen')
  async removeMeeting(
    @Param('meetingId') meetingId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const editionId = await this.meetings.remove(req.user!, parseId(meetingId));
    flash(req, 'success', 'editions.meeting.removed');
    res.redirect(303, `/beheer/uitvoeringen/${editionId}#bijeenkomsten`);
  }
}
