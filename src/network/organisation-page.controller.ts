import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { flash } from '../common/http/flash';
import { pageLocale } from '../common/http/responses';
import { Locale, translate } from '../common/i18n/i18n';
import { ContactRelayService } from './contact-relay.service';
import { ContactRelayDto } from './dto/contact-relay.dto';
import { OrganisationPageError, OrganisationPageErrorCode } from './organisation-page.error';
import { organisationPage, organisationPath } from './organisation-page.presenter';
import { OrganisationPageService } from './organisation-page.service';

const VIEW = 'network/organisation';

/**
 * /netwerk/:slug: a published organisation's listing with the contacts the viewer may see, and
 * for signed-in users the contact relay form (POST /netwerk/:slug/bericht).
 */
@Controller('netwerk')
export class OrganisationPageController {
  constructor(
    private readonly pages: OrganisationPageService,
    private readonly relay: ContactRelayService,
  ) {}

  async pageModel(slug: string, req: Request, locale: Locale) {
    const user = req.user;
    const data = await this.pages.page(slug, user?.role ?? null);
    return organisationPage(
      data,
      user ? { role: user.role, name: user.name, email: user.email } : { role: null },
      locale,
    );
  }

  @Get(':slug')
  @Public()
  async page(@Param('slug') slug: string, @Req() req: Request, @Res() res: Response) {
    const model = await this.pageModel(slug, req, pageLocale(res));
    // A signed-in user's page has contacts a visitor may not see: no cache keeps it.
    if (req.user) res.setHeader('Cache-Control', 'private, no-store');
    res.render(VIEW, model);
  }

  @Post(':slug/bericht')
  @Authenticated()
  @FormPage<OrganisationPageController>(VIEW, (c, req) =>
    c.pageModel(String(req.params.slug), req, pageLocale(req.res!)),
  )
  async send(
    @Param('slug') slug: string,
    @Body() dto: ContactRelayDto,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const user = req.user!;
    const locale = pageLocale(res);
    try {
      const { organisationName } = await this.relay.send({
        slug,
        sender: { id: user.id, name: user.name, email: user.email },
        subject: dto.subject,
        message: dto.message,
        locale,
      });
      flash(req, 'success', 'networkOrganisation.relay.sent', { name: organisationName });
      res.redirect(303, organisationPath(slug));
    } catch (error) {
      if (
        !(error instanceof OrganisationPageError) ||
        error.code !== OrganisationPageErrorCode.Throttled
      )
        throw error;
      // The page again with the text kept, and why nothing was sent.
      res.setHeader('Cache-Control', 'private, no-store');
      res.status(429).render(VIEW, {
        ...(await this.pageModel(slug, req, locale)),
        values: keptValues(req.body),
        relayError: translate(locale, error.spec.message),
      });
    }
  }
}
