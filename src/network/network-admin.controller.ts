import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { pageLocale, sendCsv } from '../common/http/responses';
import {
  networkAdminPage,
  networkCsv,
  networkCsvFilename,
  parseNetworkAdminFilter,
} from './network-admin.presenter';
import { NetworkAdminService } from './network-admin.service';

/**
 * Staff: the overview of every organisation in the network (published and archived) with
 * search, filters and the numbers waiting for review, and the export of everything as CSV.
 * An organisation's own page (/beheer/netwerk/:id) and the review pages are the moderation's.
 */
@Controller('beheer')
@Roles('staff')
export class NetworkAdminController {
  constructor(private readonly admin: NetworkAdminService) {}

  @Get('netwerk')
  async list(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const filter = parseNetworkAdminFilter(query);
    const [result, provinces] = await Promise.all([
      this.admin.search(filter),
      this.admin.provinces(),
    ]);
    res.render(
      'network/admin/organisations',
      networkAdminPage(result, filter, provinces, pageLocale(res)),
    );
  }

  /** Everything, including staff-only contacts and partners' addresses: no-store. */
  @Get('netwerk.csv')
  async csv(@Res() res: Response) {
    const now = new Date();
    const rows = await this.admin.exportRows();
    sendCsv(res, networkCsvFilename(now), networkCsv(rows, pageLocale(res), now));
  }
}
