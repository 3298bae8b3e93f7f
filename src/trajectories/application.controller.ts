import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { flash } from '../common/http/flash';
import { pageLocale } from '../common/http/responses';
import { GeoService } from '../geo/geo.service';
import { APPLY_PATH, applicationFormOptions, LOGIN_TO_APPLY } from './application.presenter';
import { ApplicationService } from './application.service';
import { ApplicationDto } from './dto/application.dto';
import { trajectoryHref } from './member.service';
import { PhaseService } from './phase.service';
import { phaseName } from './trajectory.presenter';

const APPLY_VIEW = 'trajectories/apply';

/** /jos explains JOS and invites to apply; /jos/aanvragen is the application form (signed in). */
@Controller()
export class ApplicationController {
  constructor(
    private readonly applications: ApplicationService,
    private readonly phases: PhaseService,
    private readonly geo: GeoService,
  ) {}

  @Get('jos')
  @Public()
  async jos(@Req() req: Request, @Res() res: Response) {
    const locale = pageLocale(res);
    res.render('trajectories/jos', {
      pageTitle: 'trajectories.jos.title',
      signedIn: !!req.user,
      applyHref: APPLY_PATH,
      loginHref: LOGIN_TO_APPLY,
      registerHref: `/registreren?terug=${APPLY_PATH}`,
      phases: (await this.phases.active()).map((p) => ({
        name: phaseName(p, locale),
        description: locale === 'en' ? p.descriptionEn : p.descriptionNl,
      })),
    });
  }

  async applyModel(req: Request) {
    return {
      pageTitle: 'trajectories.apply.title',
      provinces: await this.geo.provinceGroups(),
      form: applicationFormOptions(await this.applications.listed()),
      applicant: { name: req.user!.name, email: req.user!.email },
      values:
        req.method === 'POST'
          ? keptValues(req.body)
          : { municipality: await this.applications.homeMunicipality(req.user!.id) },
    };
  }

  @Get('jos/aanvragen')
  @Authenticated()
  async form(@Req() req: Request, @Res() res: Response) {
    res.render(APPLY_VIEW, await this.applyModel(req));
  }

  @Post('jos/aanvragen')
  @Authenticated()
  @FormPage<ApplicationController>(APPLY_VIEW, (c, req) => c.applyModel(req))
  async apply(@Body() dto: ApplicationDto, @Req() req: Request, @Res() res: Response) {
    const trajectory = await this.applications.apply(req.user!, dto);
    flash(req, 'success', 'trajectories.apply.received');
    res.redirect(303, trajectoryHref(trajectory.id));
  }
}
