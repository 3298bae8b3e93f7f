import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { editionPage } from '../catalogue/catalogue.presenter';
import { CatalogueService } from '../catalogue/catalogue.service';
import { Authenticated, Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { enrolledMessage, enrolPanel } from './enrolment.presenter';
import { EnrolmentService } from './enrolment.service';
import { pageLocale } from '../common/http/responses';

/**
 * /uitvoeringen/:id — an edition's public page with the visitor's own enrolment box, and the
 * enrol action. (The catalogue lists live in catalogue/; this page belongs to enrolment.)
 */
@Controller('uitvoeringen')
export class EditionPageController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly enrolments: EnrolmentService,
  ) {}

  async pageModel(req: Request) {
    const id = parseId(String(req.params.id));
    const locale = pageLocale(req.res!);
    const now = new Date();
    const detail = await this.catalogue.edition(id);
    const enrolment = req.user ? await this.enrolments.forUser(req.user.id, id) : null;
    const position =
      enrolment?.status === 'waitlisted' ? await this.enrolments.position(enrolment) : null;
    const page = editionPage({
      detail,
      baseUrl: req.res!.locals.baseUrl as string,
      now,
      locale,
      // Online links are for participants with a confirmed place, never public.
      showOnlineLinks: enrolment?.status === 'confirmed',
    });
    return {
      ...page,
      enrol: enrolPanel({ detail, user: req.user, enrolment, position, now, locale }),
    };
  }

  @Get(':id')
  @Public()
  async show(@Req() req: Request, @Res() res: Response) {
    res.render('catalogue/edition', await this.pageModel(req));
  }

  @Post(':id/aanmelden')
  @Authenticated()
  @FormPage<EditionPageController>('catalogue/edition', (c, req) => c.pageModel(req))
  async enrol(
    @Param('id') id: string,
    @Body() _body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const editionId = parseId(id);
    const { enrolment, position } = await this.enrolments.enrol(req.user!, editionId);
    flash(
      req,
      enrolment.status === 'waitlisted' ? 'info' : 'success',
      enrolledMessage(enrolment.status),
      {
        position: String(position ?? ''),
      },
    );
    res.redirect(303, `/uitvoeringen/${editionId}`);
  }
}
