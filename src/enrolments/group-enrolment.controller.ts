import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { PublicEdition } from '../catalogue/catalogue.service';
import { CatalogueService } from '../catalogue/catalogue.service';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { parseId } from '../common/http/params';
import { SchedulingError, SchedulingErrorCode } from '../scheduling/scheduling.error';
import { EnrolmentAdminService, GROUP_LIMIT } from './enrolment-admin.service';
import { EnrolmentError } from './enrolment.error';
import { groupPage, groupResultPage } from './group-enrolment.presenter';
import { pageLocale } from '../common/http/responses';

/**
 * /uitvoeringen/:id/groep — enrol several people at once by e-mail address: staff for anyone,
 * a partner for colleagues of its own organisation (the service checks that, per address).
 * Staff and admins pass the partner check.
 */
@Controller('uitvoeringen')
@Roles('partner')
export class GroupEnrolmentController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly admin: EnrolmentAdminService,
  ) {}

  /** A published edition of a published offering; anything else (drafts, finished) is not found. */
  private async openEdition(id: number): Promise<PublicEdition> {
    const detail = await this.catalogue.edition(id);
    if (detail.edition.status !== 'published')
      throw new SchedulingError(SchedulingErrorCode.EditionNotFound);
    return detail;
  }

  async pageModel(req: Request) {
    const detail = await this.openEdition(parseId(String(req.params.id)));
    return groupPage({
      detail,
      actor: await this.admin.groupActor(req.user!.id),
      limit: GROUP_LIMIT,
      now: new Date(),
      locale: pageLocale(req.res!),
    });
  }

  @Get(':id/groep')
  async form(@Req() req: Request, @Res() res: Response) {
    res.render('enrolments/group', await this.pageModel(req));
  }

  /**
   * The answer is a page, not a redirect: it reports what happened to each address once, and
   * posting the same list again is harmless (everyone is then "already enrolled").
   */
  @Post(':id/groep')
  @HttpCode(200)
  @FormPage<GroupEnrolmentController>('enrolments/group', (c, req) => c.pageModel(req))
  async enrol(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const detail = await this.openEdition(parseId(id));
    const text = typeof body.emails === 'string' ? body.emails : '';
    let rows;
    try {
      rows = await this.admin.enrolByEmail(req.user!, detail.edition.id, text);
    } catch (error) {
      // The enrolment rules name their own form's field; on this page it is the address list.
      if (error instanceof EnrolmentError && error.field && error.field !== 'emails')
        throw new EnrolmentError(error.code, 'emails', error.params);
      throw error;
    }
    res.render(
      'enrolments/group-result',
      groupResultPage({
        detail,
        actor: await this.admin.groupActor(req.user!.id),
        rows,
        locale: pageLocale(res),
      }),
    );
  }
}
