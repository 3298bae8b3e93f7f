import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { WriteClearedCache } from '../database/write-cleared-cache';
import {
  NetworkOrganisationExpertise,
  NetworkOrganisationMunicipality,
  NetworkOrganisationProvince,
} from './organisation-places.entity';
import { NetworkOrganisation } from './organisation.entity';

/**
 * A short-lived memory of /netwerk pages (the view model of a search), for
 * CATALOGUE_CACHE_SECONDS, the public list pages' one setting. With thousands of organisations
 * the facets take milliseconds, and the same searches (the first page, a province, a type) come
 * again and again. Any write to a listing's rows through TypeORM on this instance clears it
 * (ListingService writes through repositories).
 */
@Injectable()
export class NetworkSearchCache extends WriteClearedCache {
  constructor(@Inject(APP_CONFIG) config: AppConfig, @InjectDataSource() dataSource: DataSource) {
    super(dataSource, config.catalogueCacheSeconds * 1000, [
      NetworkOrganisation,
      NetworkOrganisationExpertise,
      NetworkOrganisationProvince,
      NetworkOrganisationMunicipality,
    ]);
  }
}
