import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

const TAKE_WRITE_LOCK = 'UPDATE migrations SET id = id WHERE 0';

/**
 * One queue per SQLite file in this process, so that two application instances in one process
 * (as tests start them) take turns too: better-sqlite3 waits for a lock synchronously, so one
 * waiting for the other's write lock would block the very thread that has to release it.
 */
const queues = new Map<string, Promise<unknown>>();

/**
 * The only way to write to the database.
 *
 * On SQLite TypeORM shares one connection, so two requests' transactions would interleave on it
 * ("Transaction is not started yet"), and a statement run outside a transaction would join
 * whichever transaction is open. Here every unit of work is queued and runs alone. On PostgreSQL
 * each unit gets its own pooled connection and a plain transaction.
 *
 * Keep awaits on other I/O (SMTP, HTTP) out of the work function: on SQLite they hold the queue.
 *
 * TypeORM opens SQLite transactions DEFERRED: a unit that reads first and writes later would, in
 * WAL mode, fail at once with SQLITE_BUSY when another process (a second instance on the same
 * file) wrote in between, because its snapshot is stale. So each unit first runs a write that
 * changes nothing, which takes the write lock up front (waiting busy_timeout for it), as
 * BEGIN IMMEDIATE would.
 */
@Injectable()
export class TransactionRunner {
  private readonly serialise: boolean;
  private readonly file: string;

  constructor(@InjectDataSource() @Inject(DataSource) private readonly dataSource: DataSource) {
    this.serialise = dataSource.options.type !== 'postgres';
    this.file = String(dataSource.options.database ?? '');
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialise) return this.dataSource.transaction(work);
    const result = (queues.get(this.file) ?? Promise.resolve()).then(() =>
      this.dataSource.transaction(async (m) => {
        await m.query(TAKE_WRITE_LOCK);
        return work(m);
      }),
    );
    // The queue goes on whether this unit succeeded or failed.
    queues.set(
      this.file,
      result.catch(() => undefined),
    );
    return result;
  }

  get isPostgres(): boolean {
    return !this.serialise;
  }
}
