import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { pageLocale } from '../common/http/responses';
import { GeoService, ProvinceGroup } from '../geo/geo.service';
import { directoryPage } from './directory.presenter';
import { NetworkSearchCache } from './network-search-cache';
import { NetworkSearchService } from './network-search.service';
import { KnownPlaces, parseSearchQuery } from './search-query';

/** /netwerk: the public search of the partner network (organisation pages: organisation-page). */
@Controller()
export class DirectoryController {
  private places: { groups: ProvinceGroup[]; known: KnownPlaces } | null = null;

  constructor(
    private readonly search: NetworkSearchService,
    private readonly geo: GeoService,
    private readonly cache: NetworkSearchCache,
  ) {}

  @Get('netwerk')
  @Public()
  async directory(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const { groups, known } = await this.knownPlaces();
    const parsed = parseSearchQuery(query, known);
    const locale = pageLocale(res);
    // the whole view model is remembered (same lifetime as the search, cleared on the same writes)
    const model = await this.cache.remember(`${locale}:${JSON.stringify(parsed)}`, async () =>
      directoryPage({ parsed, result: await this.search.search(parsed.params), groups, locale }),
    );
    res.render('network/directory', model);
  }

  /** The reference list as sets of codes, made once (it changes only by migration). */
  private async knownPlaces() {
    if (this.places) return this.places;
    const groups = await this.geo.provinceGroups();
    this.places = {
      groups,
      known: {
        provinces: new Set(groups.map((g) => g.code)),
        municipalities: new Set(groups.flatMap((g) => g.municipalities.map((m) => m.code))),
      },
    };
    return this.places;
  }
}
