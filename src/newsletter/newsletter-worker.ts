import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { isLocale, Locale } from '../common/i18n/i18n';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { ClaimedDelivery, DeliveryRepository } from './delivery.repository';
import { IssueMail, IssueMailRenderer } from './issue-mail';
import { NewsletterIssue } from './issue.entity';
import { NewsletterTransport } from './newsletter-transport';

/** Completed sends are recorded in groups of this size (fewer writes; at most this many unrecorded). */
const RECORD_EVERY = 20;
/** Batches in flight at once per instance. */
export const LANES = 2;

/**
 * Sends JEPzine deliveries. A loop: take back claims a dead worker left (counting them as
 * possibly doubled), claim a batch, send it over the pool, record each result, and mark issues
 * with nothing left as sent. All state is in the database, so any number of instances can run
 * it at once and a restart goes on where the last one stopped.
 */
@Injectable()
export class NewsletterWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NewsletterWorker');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  /** Rendered once per issue version and language, shared by all its recipients. */
  private readonly rendered = new Map<string, IssueMail>();

  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly transport: NewsletterTransport,
    private readonly renderer: IssueMailRenderer,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.newsletter.worker) return;
    if (this.config.nodeEnv === 'test' && !process.env.NEWSLETTER_WORKER_IN_TESTS) return;
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /**
   * Sends everything that is due now; returns how many deliveries were handled. Two lanes claim
   * and send batches side by side, so the SMTP pool keeps working while one lane is recording
   * results and claiming its next batch.
   */
  drain(): Promise<number> {
    this.running ??= this.drainLanes().finally(() => (this.running = null));
    return this.running;
  }

  private async drainLanes(): Promise<number> {
    const lane = async () => {
      let total = 0;
      for (;;) {
        const handled = await this.sendBatch();
        total += handled;
        if (handled === 0 || this.stopped) return total;
      }
    };
    const handled = await Promise.all(Array.from({ length: LANES }, lane));
    return handled.reduce((a, b) => a + b, 0);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.drain()
        .catch((error: unknown) => this.logger.error(`Newsletter batch failed: ${String(error)}`))
        .finally(() => this.schedule());
    }, this.config.mailWorkerIntervalMs);
    this.timer.unref();
  }

  private async sendBatch(): Promise<number> {
    const settings = this.config.newsletter;
    const leaseMs = settings.leaseSeconds * 1000;
    const recovered = await this.deliveries.recoverStale(leaseMs);
    if (recovered)
      this.logger.warn(`${recovered} deliveries taken over from a stopped worker (sent again)`);
    const batch = await this.deliveries.claim(settings.batchSize);
    if (!batch.length) {
      await this.deliveries.finishIssues();
      return 0;
    }
    // Keep the claim alive while the batch is out (a slow server, a low rate).
    const renewal = setInterval(
      () => void this.deliveries.renew().catch(() => undefined),
      Math.max(250, leaseMs / 3),
    );
    try {
      await this.sendAll(batch);
    } finally {
      clearInterval(renewal);
    }
    await this.deliveries.finishIssues();
    return batch.length;
  }

  private async sendAll(batch: ClaimedDelivery[]): Promise<void> {
    const settings = this.config.newsletter;
    const mails = await this.mailsFor(batch);
    const gone = batch.filter((d) => d.subscriberStatus !== 'subscribed');
    await this.deliveries.markSkipped(
      gone.map((d) => d.id),
      'address no longer subscribed',
    );
    let sent: number[] = [];
    const untried: number[] = [];
    const flush = async () => {
      const ids = sent;
      sent = [];
      await this.deliveries.markSent(ids);
    };
    const writes: Promise<unknown>[] = [];
    await Promise.all(
      batch
        .filter((d) => d.subscriberStatus === 'subscribed')
        .map(async (delivery) => {
          const mail = mails.get(this.key(delivery.issueId, delivery.locale));
          if (this.stopped || !mail) {
            untried.push(delivery.id);
            return;
          }
          const personal = this.renderer.personalise(mail, {
            email: delivery.email,
            token: delivery.manageToken,
          });
          const outcome = await this.transport.send(delivery.email, personal, delivery);
          if (outcome.ok) {
            sent.push(delivery.id);
            if (sent.length >= RECORD_EVERY) writes.push(flush());
          } else if (outcome.permanent) {
            writes.push(this.deliveries.markBounced(delivery, outcome.error));
          } else {
            writes.push(
              this.deliveries.markTemporaryFailure(delivery, outcome.error, settings.maxAttempts),
            );
          }
        }),
    );
    writes.push(flush(), this.deliveries.release(untried));
    await Promise.all(writes);
  }

  private key(issueId: number, locale: string): string {
    return `${issueId}:${isLocale(locale) ? locale : 'nl'}`;
  }

  /** The rendered issue per issue and language of this batch; an issue edited since is rendered again. */
  private async mailsFor(batch: ClaimedDelivery[]): Promise<Map<string, IssueMail>> {
    const ids = [...new Set(batch.map((d) => d.issueId))];
    const issues = await this.tx.run((m) =>
      m.getRepository(NewsletterIssue).findBy(ids.map((id) => ({ id }))),
    );
    const out = new Map<string, IssueMail>();
    for (const issue of issues) {
      for (const locale of new Set(
        batch.filter((d) => d.issueId === issue.id).map((d) => d.locale),
      )) {
        const lang: Locale = isLocale(locale) ? locale : 'nl';
        const cacheKey = `${issue.id}:${lang}:${issue.updatedAt.getTime()}`;
        let mail = this.rendered.get(cacheKey);
        if (!mail) {
          mail = this.renderer.render(issue, lang);
          if (this.rendered.size > 50) this.rendered.clear();
          this.rendered.set(cacheKey, mail);
        }
        out.set(this.key(issue.id, lang), mail);
      }
    }
    return out;
  }
}
