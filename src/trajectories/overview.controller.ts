import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { pageLocale, sendCsv } from '../common/http/responses';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { parseOverviewFilter } from './overview-query';
import {
  boardPage,
  countsCsv,
  countsPage,
  listCsv,
  listPage,
  overviewCsvFilename,
} from './overview.presenter';
import { TrajectoryOverviewService } from './overview.service';

function today(now: Date): string {
  return toAmsterdamParts(now).date;
}

/**
 * Staff: every JOS trajectory as a board by phase, as a list (overdue actions first) and as
 * counts per municipality and phase, each with the same GET filter; the list and the counts as
 * CSV. The application queue and the phase configuration are linked from here.
 */
@Controller('beheer/jos')
@Roles('staff')
export class TrajectoryOverviewController {
  constructor(private readonly overview: TrajectoryOverviewService) {}

  @Get()
  async board(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const filter = parseOverviewFilter(query);
    const [result, options] = await Promise.all([
      this.overview.search(filter, today(new Date()), false),
      this.overview.options(),
    ]);
    res.render('trajectories/admin/board', boardPage(result, filter, options, pageLocale(res)));
  }

  @Get('lijst')
  async list(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const filter = parseOverviewFilter(query);
    const [result, options] = await Promise.all([
      this.overview.search(filter, today(new Date()), true),
      this.overview.options(),
    ]);
    res.render('trajectories/admin/list', listPage(result, filter, options, pageLocale(res)));
  }

  @Get('lijst.csv')
  async listCsv(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const now = new Date();
    const result = await this.overview.search(parseOverviewFilter(query), today(now), false);
    sendCsv(res, overviewCsvFilename('lijst', now), listCsv(result.rows, pageLocale(res)));
  }

  @Get('aantallen')
  async counts(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const filter = parseOverviewFilter(query);
    const [counts, options] = await Promise.all([
      this.overview.counts(filter),
      this.overview.options(),
    ]);
    res.render('trajectories/admin/counts', countsPage(counts, filter, options, pageLocale(res)));
  }

  @Get('aantallen.csv')
  async countsCsv(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const counts = await this.overview.counts(parseOverviewFilter(query));
    sendCsv(res, overviewCsvFilename('aantallen', new Date()), countsCsv(counts, pageLocale(res)));
  }
}
