import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailTransport } from './mail-transport';
import { OutboxRepository } from './outbox.repository';

/**
 * Background sender: claims due outbox rows, sends them one by one, records each result.
 * Idempotent through database state, so a restart or a second instance is safe.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailWorker');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test' && !process.env.MAIL_WORKER_IN_TESTS) return;
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Sends everything that is due now; returns how many messages were handled. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const handled = await this.runOnce();
      total += handled;
      if (handled === 0 || this.stopped) return total;
    }
  }

  runOnce(): Promise<number> {
    // One batch at a time per instance.
    this.running ??= this.sendBatch().finally(() => (this.running = null));
    return this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.drain()
        .catch((error: unknown) => this.logger.error(`Mail batch failed: ${String(error)}`))
        .finally(() => this.schedule());
    }, this.config.mailWorkerIntervalMs);
    this.timer.unref();
  }

  private async sendBatch(): Promise<number> {
    const batch = await this.outbox.claim(20);
    for (const message of batch) {
      const outcome = await this.transport.send(message);
      if (outcome.ok) {
        await this.outbox.markSent(message, this.transport.kind);
      } else {
        this.logger.warn(
          `Mail ${message.id} failed (${outcome.permanent ? 'permanent' : 'will retry'}): ${outcome.error}`,
        );
        await this.outbox.markFailed(
          message,
          outcome.error,
          outcome.permanent,
          this.config.mailMaxAttempts,
        );
      }
    }
    return batch.length;
  }
}
