import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The only way to write to the database.
 *
 * On SQLite TypeORM shares one connection, so two requests' transactions would interleave on it
 * ("Transaction is not started yet"), and a statement run outside a transaction would join
 * whichever transaction is open. Here every unit of work is queued and runs alone. On PostgreSQL
 * each unit gets its own pooled connection and a plain transaction.
 *
 * Keep awaits on other I/O (SMTP, HTTP) out of the work function: on SQLite they hold the queue.
 */
@Injectable()
export class TransactionRunner {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serialise: boolean;

  constructor(@InjectDataSource() @Inject(DataSource) private readonly dataSource: DataSource) {
    this.serialise = dataSource.options.type !== 'postgres';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialise) return this.dataSource.transaction(work);
    const result = this.tail.then(() => this.dataSource.transaction(work));
    // The queue goes on whether this unit succeeded or failed.
    this.tail = result.catch(() => undefined);
    return result;
  }

  get isPostgres(): boolean {
    return !this.serialise;
  }
}
