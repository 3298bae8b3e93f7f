import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { pageLocale } from '../common/http/responses';
import { translate } from '../common/i18n/i18n';
import { formatDateTime } from '../common/views/format';
import { GeoService } from '../geo/geo.service';
import { ApplicationService } from './application.service';
import { ApplicationDeclineDto } from './dto/application-decline.dto';
import { ApplicationFormDto } from './dto/application-form.dto';
import type { ListingContent } from './listing-content';
import { listingFormValues, postedFormValues } from './listing-form';
import {
  applicationHref,
  applicationRow,
  listingFormOptions,
  listingView,
  previewOf,
  staffOrganisationHref,
} from './moderation.presenter';

const APPLY_VIEW = 'network/apply';
const APPLICATION_VIEW = 'network/moderation/application';

/** An empty listing: the application form starts from it. */
const EMPTY_LISTING: ListingContent = {
  name: '',
  type: 'overig',
  summary: '',
  description: '',
  expertise: [],
  provinces: [],
  municipalities: [],
  address: '',
  postcode: '',
  city: '',
  website: '',
  publicEmail: '',
  publicPhone: '',
  contacts: [],
};

/**
 * Organisations apply to join the network (/netwerk/aanmelden, for signed-in users: a visitor is
 * sent to log in and comes back here), and staff accept or decline (/beheer/netwerk/aanmeldingen).
 */
@Controller()
export class ApplicationController {
  constructor(
    private readonly applications: ApplicationService,
    private readonly geo: GeoService,
  ) {}

  async applyModel(req: Request) {
    const posted = req.method === 'POST';
    return {
      pageTitle: 'networkModeration.apply.title',
      email: req.user!.email,
      listingForm: listingFormOptions(await this.geo.provinceGroups(), '/netwerk/aanmelden'),
      values: posted
        ? postedFormValues(keptValues(req.body))
        : {
            ...listingFormValues(EMPTY_LISTING),
            type: '',
            applicantName: req.user!.name,
            motivation: '',
          },
      preview: previewOf(req),
    };
  }

  @Get('netwerk/aanmelden')
  @Authenticated()
  async form(@Req() req: Request, @Res() res: Response) {
    res.render(APPLY_VIEW, await this.applyModel(req));
  }

  @Post('netwerk/aanmelden')
  @Authenticated()
  @FormPage<ApplicationController>(APPLY_VIEW, (c, req) => c.applyModel(req))
  async apply(@Body() dto: ApplicationFormDto, @Req() req: Request, @Res() res: Response) {
    if (dto.action === 'preview')
      return res.status(200).render(APPLY_VIEW, await this.applyModel(req));
    await this.applications.apply(req.user!, dto);
    flash(req, 'success', 'networkModeration.apply.received');
    res.redirect(303, '/mijn/organisatie');
  }

  @Get('beheer/netwerk/aanmeldingen')
  @Roles('staff')
  async list(@Res() res: Response) {
    const locale = pageLocale(res);
    res.render('network/moderation/applications', {
      pageTitle: 'networkModeration.applications.title',
      applications: (await this.applications.list()).map((a) => applicationRow(a, locale)),
    });
  }

  async applicationModel(req: Request) {
    const id = parseId(String(req.params.id));
    const locale = pageLocale(req.res!);
    const { application, applicant, content } = await this.applications.get(id);
    const row = applicationRow(application, locale);
    return {
      pageTitle: translate(locale, 'networkModeration.application.title', { name: content.name }),
      action: applicationHref(id),
      application: {
        ...row,
        applicantName: application.applicantName,
        role: applicant ? `role.${applicant.role}` : null,
        // Said before accepting: the account changes role with it.
        becomesPartner: applicant?.role === 'professional',
        motivation: application.motivation,
        decisionMessage: application.decisionMessage,
        decidedAt: application.decidedAt ? formatDateTime(application.decidedAt, locale) : '',
        organisationHref: application.organisationId
          ? staffOrganisationHref(application.organisationId)
          : null,
      },
      listing: listingView(content, locale, await this.geo.provinceGroups()),
      values: { message: '' },
    };
  }

  @Get('beheer/netwerk/aanmeldingen/:id')
  @Roles('staff')
  async application(@Req() req: Request, @Res() res: Response) {
    res.render(APPLICATION_VIEW, await this.applicationModel(req));
  }

  @Post('beheer/netwerk/aanmeldingen/:id/accepteren')
  @Roles('staff')
  @FormPage<ApplicationController>(APPLICATION_VIEW, (c, req) => c.applicationModel(req))
  async accept(@Param('id') id: string, @Req() req: Request, @Res() res: Response) {
    const { organisation, promoted } = await this.applications.accept(req.user!, parseId(id));
    flash(
      req,
      'success',
      promoted
        ? 'networkModeration.application.acceptedPromoted'
        : 'networkModeration.application.accepted',
      { name: organisation.name },
    );
    res.redirect(303, staffOrganisationHref(organisation.id));
  }

  @Post('beheer/netwerk/aanmeldingen/:id/afwijzen')
  @Roles('staff')
  @FormPage<ApplicationController>(APPLICATION_VIEW, (c, req) => c.applicationModel(req))
  async decline(
    @Param('id') id: string,
    @Body() dto: ApplicationDeclineDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.applications.decline(req.user!, parseId(id), dto.message);
    flash(req, 'success', 'networkModeration.application.declined');
    res.redirect(303, '/beheer/netwerk/aanmeldingen');
  }
}
