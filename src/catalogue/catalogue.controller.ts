import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { GeoService } from '../geo/geo.service';
import { parseCatalogueFilter } from './catalogue-filter.query';
import { catalogueIndex, offeringPage } from './catalogue.presenter';
import { CatalogueCache } from './catalogue-cache';
import { catalogueKey, CatalogueService } from './catalogue.service';
import { pageLocale } from '../common/http/responses';

/** The public catalogue: offerings and their upcoming editions (an edition's page: enrolments/). */
@Controller()
export class CatalogueController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly geo: GeoService,
    private readonly cache: CatalogueCache,
  ) {}

  @Get('aanbod')
  @Public()
  async list(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const provinces = await this.geo.provinces();
    const filter = parseCatalogueFilter(
      query,
      provinces.map((p) => p.code),
    );
    const locale = pageLocale(res);
    // The whole view model is remembered with the list (same lifetime, cleared on the same writes).
    const model = await this.cache.remember(`page:${locale}:${catalogueKey(filter)}`, async () => {
      const { entries, total } = await this.catalogue.list(filter);
      return catalogueIndex({ entries, total, filter, provinces, now: new Date(), locale });
    });
    res.render('catalogue/index', model);
  }

  @Get('aanbod/:slug')
  @Public()
  async offering(@Param('slug') slug: string, @Res() res: Response) {
    const entry = await this.catalogue.offering(slug);
    const provinces = await this.geo.provinces();
    res.render(
      'catalogue/offering',
      offeringPage({
        entry,
        provinces,
        baseUrl: res.locals.baseUrl as string,
        now: new Date(),
        locale: pageLocale(res),
      }),
    );
  }
}
