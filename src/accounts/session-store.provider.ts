import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { DatabaseSessionStore } from './session-store';

const PRUNE_INTERVAL_MS = 15 * 60_000;

/** Owns the one session store of this instance and removes expired sessions periodically. */
@Injectable()
export class SessionStoreProvider {
  readonly store: DatabaseSessionStore;
  private timer: NodeJS.Timeout | null = null;
  private readonly logger = new Logger('Sessions');

  constructor(
    @InjectDataSource() dataSource: DataSource,
    tx: TransactionRunner,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.store = new DatabaseSessionStore(dataSource, tx, config.sessionIdleMinutes * 60_000);
  }

  startPruning(): void {
    this.timer = setInterval(() => {
      this.store
        .prune()
        .catch((error: unknown) => this.logger.warn(`Pruning sessions failed: ${String(error)}`));
    }, PRUNE_INTERVAL_MS);
    this.timer.unref();
  }

  stopPruning(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
