import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { WriteClearedCache } from '../database/write-cleared-cache';
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';
import { Offering } from './offering.entity';

/**
 * A short-lived memory of catalogue list results, the busiest public page, for
 * CATALOGUE_CACHE_SECONDS. Every change to offerings, editions or meetings made through this
 * instance clears it at once. Seats are checked exactly where it matters (the edition page and
 * enrolment), never from this cache.
 */
@Injectable()
export class CatalogueCache extends WriteClearedCache {
  constructor(@Inject(APP_CONFIG) config: AppConfig, @InjectDataSource() dataSource: DataSource) {
    super(dataSource, config.catalogueCacheSeconds * 1000, [Offering, Edition, Meeting]);
  }
}
