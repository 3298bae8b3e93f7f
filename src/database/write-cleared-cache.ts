import { OnModuleInit } from '@nestjs/common';
import {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  QueryRunner,
  RemoveEvent,
  TransactionCommitEvent,
  UpdateEvent,
} from 'typeorm';

/**
 * A short-lived memory of results read from some tables, forgotten at once when this instance
 * writes to one of them through TypeORM (insert, update, delete — raw SQL writes are not seen:
 * use the repositories for those tables); other instances follow within the time to live.
 * A time to live of 0 turns it off. Subclasses name the tables and the setting.
 */
export abstract class WriteClearedCache implements OnModuleInit {
  private readonly entries = new Map<string, { until: number; value: Promise<unknown> }>();

  protected constructor(
    private readonly dataSource: DataSource,
    private readonly ttlMs: number,
    private readonly watched: readonly unknown[],
    /** Remembered results at most (then all are forgotten: the popular ones come back at once). */
    private readonly maxEntries = 500,
  ) {}

  onModuleInit(): void {
    // Cleared at the write and again after its commit: a read in between cannot keep stale data.
    const dirty = new WeakSet<QueryRunner>();
    const clear = (e: InsertEvent<unknown> | UpdateEvent<unknown> | RemoveEvent<unknown>) => {
      if (!this.watched.includes(e.metadata.target)) return;
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
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, { until: now + this.ttlMs, value });
    // a failed load is not remembered
    value.catch(() => this.entries.delete(key));
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
