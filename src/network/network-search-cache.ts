import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  QueryRunner,
  RemoveEvent,
  TransactionCommitEvent,
  UpdateEvent,
} from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import {
  NetworkOrganisationExpertise,
  NetworkOrganisationMunicipality,
  NetworkOrganisationProvince,
} from './organisation-places.entity';
import { NetworkOrganisation } from './organisation.entity';

/** The tables a search reads: a change to any of them clears what is remembered. */
const WATCHED: unknown[] = [
  NetworkOrganisation,
  NetworkOrganisationExpertise,
  NetworkOrganisationProvince,
  NetworkOrganisationMunicipality,
];
/** Remembered pages at most (then all are forgotten: the popular ones come back at once). */
const MAX_ENTRIES = 500;

/**
 * A short-lived memory of /netwerk pages (the view model of a search), for
 * CATALOGUE_CACHE_SECONDS, the public list pages' one setting (0 in tests: off). With thousands
 * of organisations the facets take milliseconds, and the same searches (the first page, a
 * province, a type) come again and again. Every insert, update or delete of a listing's rows
 * through TypeORM on this instance clears it at once, as CatalogueCache does for the catalogue
 * (ListingService writes through repositories); other instances follow within that time.
 */
@Injectable()
export class NetworkSearchCache implements OnModuleInit {
  private readonly entries = new Map<string, { until: number; value: Promise<unknown> }>();
  private readonly ttlMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.ttlMs = config.catalogueCacheSeconds * 1000;
  }

  onModuleInit(): void {
    // Cleared at the write and again after its commit: a search in between cannot keep old rows.
    const dirty = new WeakSet<QueryRunner>();
    const clear = (e: InsertEvent<unknown> | UpdateEvent<unknown> | RemoveEvent<unknown>) => {
      if (!WATCHED.includes(e.metadata.target)) return;
      this.clear();
      dirty.add(e.queryRunner);
    };
    const subscriber: EntitySubscriberInterface = {
      afterInsert: clear,
      afterUpdate: clear,
      afterRemove: clear,
      afterTransactionCommit: (e: TransactionCommitEvent) => {
        if (dirty.delete(e.queryRunner)) this.clear();
      },
    };
    this.dataSource.subscribers.push(subscriber);
  }

  remember<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
    if (this.ttlMs === 0) return load();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    const value = load();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { until: now + this.ttlMs, value });
    // a failed search is not remembered
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
