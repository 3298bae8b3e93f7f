import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { keptValues } from '../common/forms/form-view-model';
import { flash } from '../common/http/flash';
import { pageLocale } from '../common/http/responses';
import { RetentionSettingsDto } from './dto/retention-settings.dto';
import { appliedCount, retentionPage } from './retention.presenter';
import { RetentionService } from './retention.service';

const VIEW = 'retention/admin';

/**
 * Admins: every kind of personal data with its retention period, the form to change the
 * periods, and "Nu toepassen", which runs the job at once.
 */
@Controller('beheer/bewaartermijnen')
@Roles('admin')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  async pageModel(req: Request) {
    const posted = req.method === 'POST' ? keptValues(req.body) : undefined;
    return retentionPage(await this.retention.overview(), pageLocale(req.res!), posted);
  }

  @Get()
  async page(@Req() req: Request, @Res() res: Response) {
    res.render(VIEW, await this.pageModel(req));
  }

  @Post()
  @FormPage<RetentionController>(VIEW, (c, req) => c.pageModel(req))
  async save(@Body() dto: RetentionSettingsDto, @Req() req: Request, @Res() res: Response) {
    const changed = await this.retention.update(req.user!, { ...dto });
    flash(
      req,
      changed > 0 ? 'success' : 'info',
      changed > 0 ? 'retention.admin.saved' : 'retention.admin.unchanged',
      { count: String(changed) },
    );
    res.redirect(303, '/beheer/bewaartermijnen');
  }

  @Post('toepassen')
  async applyNow(@Req() req: Request, @Res() res: Response) {
    const counts = await this.retention.apply(new Date(), req.user);
    flash(req, 'success', 'retention.admin.applied', { count: String(appliedCount(counts)) });
    res.redirect(303, '/beheer/bewaartermijnen');
  }
}
