import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { wholeNumber } from '../common/forms/parse';
import { flash } from '../common/http/flash';
import { parseId } from '../common/http/params';
import { EditionAdminService } from '../scheduling/edition-admin.service';
import { enrolmentAdminPage, enrolmentDetailPage } from './enrolment-admin.presenter';
import { EnrolmentAdminService } from './enrolment-admin.service';
import { pageLocale } from '../common/http/responses';

/** Ids ticked in a list form: `ids` once or repeated; anything that is not an id is dropped. */
function tickedIds(value: unknown): number[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values
    .map((v) => (typeof v === 'string' ? wholeNumber(v, 1, Number.MAX_SAFE_INTEGER) : null))
    .filter((v): v is number => v !== null);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Staff: the enrolments of an edition — approve, reject, cancel, move. Enrolling people on
 * their behalf is the group form (/uitvoeringen/:id/groep), shared with partners.
 */
@Controller('beheer')
@Roles('staff')
export class EnrolmentAdminController {
  constructor(
    private readonly admin: EnrolmentAdminService,
    private readonly editions: EditionAdminService,
  ) {}

  async listModel(req: Request) {
    const id = parseId(String(req.params.id));
    const { edition } = await this.editions.detail(id);
    const rows = await this.admin.list(id);
    return enrolmentAdminPage(edition, rows, pageLocale(req.res!));
  }

  async detailModel(req: Request) {
    const enrolment = await this.admin.get(parseId(String(req.params.id)));
    const { edition } = await this.editions.detail(enrolment.editionId);
    const targets = await this.admin.moveTargets(enrolment);
    return enrolmentDetailPage(edition, enrolment, targets, pageLocale(req.res!));
  }

  @Get('uitvoeringen/:id/aanmeldingen')
  async list(@Req() req: Request, @Res() res: Response) {
    res.render('enrolments/admin-list', await this.listModel(req));
  }

  @Post('uitvoeringen/:id/aanmeldingen/besluit')
  @FormPage<EnrolmentAdminController>('enrolments/admin-list', (c, req) => c.listModel(req))
  async decide(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const editionId = parseId(id);
    const decision = body.decision === 'reject' ? 'reject' : 'approve';
    const count = await this.admin.decide(
      req.user!,
      editionId,
      tickedIds(body.ids),
      decision,
      text(body.message),
    );
    flash(
      req,
      'success',
      decision === 'reject' ? 'enrolment.admin.rejected' : 'enrolment.admin.approved',
      {
        count: String(count),
      },
    );
    res.redirect(303, `/beheer/uitvoeringen/${editionId}/aanmeldingen`);
  }

  @Get('aanmeldingen/:id')
  async detail(@Req() req: Request, @Res() res: Response) {
    res.render('enrolments/admin-detail', await this.detailModel(req));
  }

  @Post('aanmeldingen/:id/annuleren')
  @FormPage<EnrolmentAdminController>('enrolments/admin-detail', (c, req) => c.detailModel(req))
  async cancel(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const enrolment = await this.admin.cancel(req.user!, parseId(id), text(body.message));
    flash(req, 'success', 'enrolment.admin.cancelled');
    res.redirect(303, `/beheer/uitvoeringen/${enrolment.editionId}/aanmeldingen`);
  }

  @Post('aanmeldingen/:id/verplaatsen')
  @FormPage<EnrolmentAdminController>('enrolments/admin-detail', (c, req) => c.detailModel(req))
  async move(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const target = wholeNumber(text(body.target), 1, Number.MAX_SAFE_INTEGER) ?? 0;
    const moved = await this.admin.move(req.user!, parseId(id), target);
    flash(req, 'success', 'enrolment.admin.moved');
    res.redirect(303, `/beheer/uitvoeringen/${moved.editionId}/aanmeldingen`);
  }
}
