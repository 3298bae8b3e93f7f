import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** A periodic job; returns how many things it handled (for the log). */
export type Job = (now: Date) => Promise<number>;

/**
 * Runs the registered background jobs (offer expiry, reminders, completion, …) every
 * JOBS_INTERVAL_MS. Jobs must be idempotent through database state: a restart, a second
 * instance or a second run at the same moment does nothing twice.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, Job>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<Record<string, number>> | null = null;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  register(name: string, job: Job): void {
    if (this.jobs.has(name)) throw new Error(`Job "${name}" is registered twice`);
    this.jobs.set(name, job);
  }

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test' && !process.env.JOBS_IN_TESTS) return;
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Runs every job once, one after the other; a failing job does not stop the others. */
  runAll(now = new Date()): Promise<Record<string, number>> {
    this.running ??= this.runEach(now).finally(() => (this.running = null));
    return this.running;
  }

  private async runEach(now: Date): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const [name, job] of this.jobs) {
      try {
        counts[name] = await job(now);
        if (counts[name]) this.logger.log(`${name}: ${counts[name]}`);
      } catch (error) {
        this.logger.error(
          `${name} failed: ${error instanceof Error ? error.stack : String(error)}`,
        );
        counts[name] = -1;
      }
    }
    return counts;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.runAll().finally(() => this.schedule());
    }, this.config.jobsIntervalMs);
    this.timer.unref();
  }
}
