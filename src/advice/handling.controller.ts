import { Body, Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { translate } from '../common/i18n/i18n';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AdviceError, AdviceErrorCode } from './advice.error';
import { AdviceAppointmentService } from './appointment.service';
import { AppointmentDto } from './dto/appointment.dto';
import { AddNoteDto, AssignAdviserDto, ChangeStatusDto, SendMessageDto } from './dto/handling.dto';
import { appointmentValues, requestView } from './handling.presenter';
import { AdviceHandlingService } from './handling.service';
import { requestHref } from './queue.presenter';

const REQUEST_VIEW = 'advice/admin/request';
const APPOINTMENT_VIEW = 'advice/admin/appointment';

/** One advice request for staff (/beheer/advies/:id) and its forms, each PRG with a flash. */
@Controller()
export class AdviceHandlingController {
  constructor(
    private readonly handling: AdviceHandlingService,
    private readonly appointments: AdviceAppointmentService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestModel(req: Request) {
    const id = parseId(String(req.params.id));
    const page = await this.handling.page(id);
    return requestView(page, new Date(), this.config.advice, pageLocale(req.res!));
  }

  async appointmentModel(req: Request) {
    const id = parseId(String(req.params.id));
    const appointmentId = parseId(String(req.params.appointmentId));
    const page = await this.handling.page(id);
    const appointment = page.appointments.find((a) => a.id === appointmentId && !a.cancelledAt);
    if (!appointment) throw new AdviceError(AdviceErrorCode.NotFound);
    const view = requestView(page, new Date(), this.config.advice, pageLocale(req.res!));
    const row = view.appointments.find((a) => a.id === appointmentId)!;
    return {
      pageTitle: row.changeLabel,
      request: view.request,
      closed: view.closed,
      back: requestHref(id),
      action: row.changeAction,
      options: view.options,
      values: appointmentValues(appointment),
    };
  }

  @Get('beheer/advies/:id')
  @Roles('staff')
  async show(@Req() req: Request, @Res() res: Response) {
    res.render(REQUEST_VIEW, await this.requestModel(req));
  }

  @Post('beheer/advies/:id/adviseur')
  @Roles('staff')
  @FormPage<AdviceHandlingController>(REQUEST_VIEW, (c, req) => c.requestModel(req))
  async assign(
    @Param('id') id: string,
    @Body() dto: AssignAdviserDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const { adviser } = await this.handling.assign(req.user!, parseId(id), dto.adviserId);
    flash(req, 'success', 'advice.handling.assign.done', { name: adviser.name });
    res.redirect(303, requestHref(parseId(id)));
  }

  @Post('beheer/advies/:id/status')
  @Roles('staff')
  @FormPage<AdviceHandlingController>(REQUEST_VIEW, (c, req) => c.requestModel(req))
  async status(
    @Param('id') id: string,
    @Body() dto: ChangeStatusDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const status = await this.handling.changeStatus(req.user!, parseId(id), dto);
    flash(req, 'success', 'advice.handling.statusForm.done', {
      status: translate(pageLocale(res), `advice.status.${status}`),
    });
    res.redirect(303, requestHref(parseId(id)));
  }

  @Post('beheer/advies/:id/notities')
  @Roles('staff')
  @FormPage<AdviceHandlingController>(REQUEST_VIEW, (c, req) => c.requestModel(req))
  async note(
    @Param('id') id: string,
    @Body() dto: AddNoteDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.handling.addNote(req.user!, parseId(id), dto.note);
    flash(req, 'success', 'advice.handling.notes.done');
    res.redirect(303, `${requestHref(parseId(id))}#notities`);
  }

  @Post('beheer/advies/:id/berichten')
  @Roles('staff')
  @FormPage<AdviceHandlingController>(REQUEST_VIEW, (c, req) => c.requestModel(req))
  async message(
    @Param('id') id: string,
    @Body() dto: SendMessageDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const { email } = await this.handling.sendMessage(req.user!, parseId(id), dto.message);
    flash(req, 'success', 'advice.handling.thread.done', { email });
    res.redirect(303, `${requestHref(parseId(id))}#gesprek`);
  }

  @Post('beheer/advies/:id/afspraken')
  @Roles('staff')
  @FormPage<AdviceHandlingController>(REQUEST_VIEW, (c, req) => c.requestModel(req))
  async plan(
    @Param('id') id: string,
    @Body() dto: AppointmentDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.appointments.plan(req.user!, parseId(id), dto);
    flash(req, 'success', 'advice.appointment.planned');
    res.redirect(303, `${requestHref(parseId(id))}#afspraken`);
  }

  @Get('beheer/advies/:id/afspraken/:appointmentId.ics')
  @Roles('staff')
  async ics(
    @Param('id') id: string,
    @Param('appointmentId') appointmentId: string,
    @Res() res: Response,
  ) {
    const { filename, content } = await this.appointments.download(
      parseId(id),
      parseId(appointmentId),
    );
    res
      .status(200)
      .set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '')}"`,
        'Cache-Control': 'no-store',
      })
      .send(content);
  }

  @Get('beheer/advies/:id/afspraken/:appointmentId/wijzigen')
  @Roles('staff')
  async changeForm(@Req() req: Request, @Res() res: Response) {
    res.render(APPOINTMENT_VIEW, await this.appointmentModel(req));
  }

  @Post('beheer/advies/:id/afspraken/:appointmentId/wijzigen')
  @Roles('staff')
  @FormPage<AdviceHandlingController>(APPOINTMENT_VIEW, (c, req) => c.appointmentModel(req))
  async change(
    @Param('id') id: string,
    @Param('appointmentId') appointmentId: string,
    @Body() dto: AppointmentDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.appointments.change(req.user!, parseId(id), parseId(appointmentId), dto);
    flash(req, 'success', 'advice.appointment.changed');
    res.redirect(303, `${requestHref(parseId(id))}#afspraken`);
  }

  @Post('beheer/advies/:id/afspraken/:appointmentId/afzeggen')
  @Roles('staff')
  async cancel(
    @Param('id') id: string,
    @Param('appointmentId') appointmentId: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.appointments.cancel(req.user!, parseId(id), parseId(appointmentId));
    flash(req, 'success', 'advice.appointment.cancelledDone');
    res.redirect(303, `${requestHref(parseId(id))}#afspraken`);
  }
}
