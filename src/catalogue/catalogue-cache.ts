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
import { Edition } from '../scheduling/edition.entity';
import { Meeting } from '../scheduling/meeting.entity';
import { Offering } from './offering.entity';

const WATCHED: unknown[] = [Offering, Edition, Meeting];

/**
 * A short-lived memory of catalogue list results, the busiest public page. Every change to
 * offerings, editions or meetings made through this instance clears it at once; other instances
 * see the change within CATALOGUE_CACHE_SECONDS. Seats are checked exactly where it matters
 * (the edition page and, later, enrolment), never from this cache.
 */
@Injectable()
export class CatalogueCache implements OnModuleInit {
  private readonly entries = new Map<string, { until: number; value: Promise<unknown> }>();
  private readonly ttlMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.ttlMs = config.catalogueCacheSeconds * 1000;
  }

  /**
   * Any insert, update or delete of an offering, edition or meeting through TypeORM clears the
   * cache (raw SQL writes do not: use the repositories for those tables).
   */
  onModuleInit(): void {
    // Cleared at the write and again after its commit: a page read in between cannot keep stale data.
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
    if (this.entries.size > 500) this.entries.clear();
    this.entries.set(key, { until: now + this.ttlMs, value });
    // a failed load is not remembered
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
