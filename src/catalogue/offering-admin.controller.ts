import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { isLocale } from '../common/i18n/i18n';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { AgendaService } from '../scheduling/agenda.service';
import { SaveOfferingDto } from './dto/save-offering.dto';
import { offeringFormModel, offeringFormValues, offeringRow } from './offering-admin.presenter';
import { OfferingAdminService } from './offering-admin.service';
import { editionRow } from '../scheduling/agenda.presenter';

/** Staff: the offerings (aanbod) — create, edit, publish. */
@Controller('beheer/aanbod')
@Roles('staff')
export class OfferingAdminController {
  constructor(
    private readonly offerings: OfferingAdminService,
    private readonly agenda: AgendaService,
  ) {}

  @Get()
  async list(@Res() res: Response) {
    const offerings = await this.offerings.list();
    res.render('offerings/list', {
      pageTitle: 'offerings.title',
      offerings: offerings.map(offeringRow),
    });
  }

  @Get('nieuw')
  newForm(@Res() res: Response) {
    res.render('offerings/form', {
      pageTitle: 'offerings.new',
      ...offeringFormModel(),
      action: '/beheer/aanbod',
      values: { kind: 'omei', completionRule: 'all_meetings', skjPoints: '0', audience: [] },
    });
  }

  @Post()
  @FormPage('offerings/form', () => ({
    pageTitle: 'offerings.new',
    ...offeringFormModel(),
    action: '/beheer/aanbod',
  }))
  async create(@Body() dto: SaveOfferingDto, @Req() req: Request, @Res() res: Response) {
    const offering = await this.offerings.create(req.user!, dto);
    flash(req, 'success', 'offerings.created', { title: offering.title });
    res.redirect(303, `/beheer/aanbod/${offering.id}`);
  }

  async editModel(req: Request) {
    const offering = await this.offerings.get(parseId(String(req.params.id)));
    const editions = await this.agenda.editions({ offeringId: offering.id, upcomingOnly: false });
    const locale = isLocale(req.res!.locals.locale) ? req.res!.locals.locale : 'nl';
    return {
      pageTitle: 'offerings.edit',
      ...offeringFormModel(),
      offering: offeringRow(offering),
      editions: editions.map((e) => editionRow(e, locale)),
      action: `/beheer/aanbod/${offering.id}`,
      values: offeringFormValues(offering),
    };
  }

  @Get(':id')
  async editForm(@Req() req: Request, @Res() res: Response) {
    res.render('offerings/form', await this.editModel(req));
  }

  @Post(':id')
  @FormPage<OfferingAdminController>('offerings/form', (c, req) => c.editModel(req))
  async update(
    @Param('id') id: string,
    @Body() dto: SaveOfferingDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const offering = await this.offerings.update(req.user!, parseId(id), dto);
    flash(req, 'success', 'offerings.saved', { title: offering.title });
    res.redirect(303, `/beheer/aanbod/${offering.id}`);
  }
}
