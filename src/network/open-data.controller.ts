import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access/access.decorators';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import {
  OPEN_DATA_LICENSE_URL,
  openDataCsv,
  openDataDocument,
  openDataFilename,
} from './open-data';
import { OrganisationPageService } from './organisation-page.service';

/** Public data: proxies and browsers may keep it five minutes; the licence as a Link header too. */
function openDataHeaders(res: Response): void {
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.setHeader('Link', `<${OPEN_DATA_LICENSE_URL}>; rel="license"`);
}

/**
 * The network as open data (CC0): /netwerk.json and /netwerk.csv, the public fields of every
 * published listing and its public contacts only (see open-data.ts).
 */
@Controller()
export class OpenDataController {
  constructor(
    private readonly pages: OrganisationPageService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('netwerk.json')
  @Public()
  async json(@Res() res: Response) {
    const organisations = await this.pages.openData();
    openDataHeaders(res);
    res
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(openDataDocument(organisations, this.config.baseUrl, new Date())));
  }

  /** Not sendCsv: that one is for personal data (no-store); this is public and cacheable. */
  @Get('netwerk.csv')
  @Public()
  async csv(@Res() res: Response) {
    const organisations = await this.pages.openData();
    openDataHeaders(res);
    res
      .status(200)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${openDataFilename(new Date())}"`,
      })
      .send(openDataCsv(organisations, this.config.baseUrl));
  }
}
