import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../audit/audit.service';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { JobRunner } from '../jobs/job-runner';
import { MailService } from '../mail/mail.service';
import { NewsletterDelivery } from './delivery.entity';
import { IssueMailRenderer } from './issue-mail';
import { IssueStatus, NewsletterIssue } from './issue.entity';
import { NewsletterError, NewsletterErrorCode } from './newsletter.error';
import { decodeTopics, NEWSLETTER_TOPICS } from './topics';

export interface IssueProgress {
  issueId: number;
  status: IssueStatus;
  total: number;
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  skipped: number;
  cancelled: number;
  /** Deliveries that were in flight when a worker died: sent again, possibly received twice. */
  recoveredInFlight: number;
  /** Sent, failed and skipped as a share of all, 0–100 (whole number). */
  percent: number;
  scheduledAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** Subscribers an issue for these audiences goes to: the SQL condition on alias `s`. */
export function audienceCondition(
  audiences: readonly string[],
  param: (value: string) => string,
): string {
  const known = NEWSLETTER_TOPICS.filter((topic) => audiences.includes(topic));
  if (!known.length) return '1 = 1';
  const any = known.map((topic) => `(',' || s.topics || ',') LIKE ${param(`%,${topic},%`)}`);
  return `(s.topics = '' OR ${any.join(' OR ')})`;
}

/**
 * The life of an issue once written: test message, schedule, send now, pause, resume, cancel,
 * retry the failed. Sending itself is done by the NewsletterWorker from the delivery rows made
 * here (one per issue and subscriber, made once).
 */
@Injectable()
export class SendingService implements OnModuleInit {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly renderer: IssueMailRenderer,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit(): void {
    this.jobs.register('newsletter.startScheduled', (now) => this.startDue(now));
  }

  /** How many subscribers an issue for these audiences would go to now. */
  recipientCount(audiences: readonly string[]): Promise<number> {
    return this.tx.run(async (m) => {
      const params: unknown[] = [];
      const param = (value: string) => {
        params.push(value);
        return this.tx.isPostgres ? `$${params.length}` : '?';
      };
      const rows: { n: number | string }[] = await m.query(
        `SELECT COUNT(*) AS n FROM newsletter_subscribers s
          WHERE s.status = 'subscribed' AND ${audienceCondition(audiences, param)}`,
        params,
      );
      return Number(rows[0]?.n ?? 0);
    });
  }

  /** The issue as it will arrive, to the staff member's own address, through the outbox. */
  async sendTest(issueId: number, staff: Actor & { name?: string }, locale = 'nl'): Promise<void> {
    await this.tx.run(async (m) => {
      const issue = await this.issueOrFail(m, issueId);
      const mail = this.renderer.render(issue, locale === 'en' ? 'en' : 'nl', { test: true });
      const personal = this.renderer.personalise(mail, {
        email: staff.email,
        token: null,
      });
      await this.mail.queueRendered(m, {
        to: staff.email,
        template: 'newsletter-test',
        subject: `[TEST] ${personal.subject}`,
        html: personal.html,
        text: personal.text,
        headers: personal.headers,
      });
      await this.audit.record(m, staff, 'newsletter.test', {
        type: 'newsletter_issue',
        id: issueId,
      });
    });
  }

  /** draft or scheduled → sending: the deliveries are made now, for today's subscribers. */
  async sendNow(issueId: number, actor: Actor, now = new Date()): Promise<IssueProgress> {
    await this.tx.run(async (m) => {
      const issue = await this.issueOrFail(m, issueId);
      if (issue.status !== 'draft' && issue.status !== 'scheduled')
        throw new NewsletterError(NewsletterErrorCode.WrongState);
      const made = await this.start(m, issue, now);
      if (made === 0) throw new NewsletterError(NewsletterErrorCode.NoRecipients);
      await this.audit.record(
        m,
        actor,
        'newsletter.send',
        { type: 'newsletter_issue', id: issueId },
        { recipients: made },
      );
    });
    return this.progress(issueId);
  }

  /** draft → scheduled at a moment in the future; the job starts it then. */
  async schedule(issueId: number, at: Date, actor: Actor, now = new Date()): Promise<void> {
    if (at.getTime() <= now.getTime())
      throw new NewsletterError(NewsletterErrorCode.ScheduleInPast, 'scheduledAt');
    await this.transition(
      issueId,
      actor,
      ['draft', 'scheduled'],
      'scheduled',
      'newsletter.schedule',
      {
        scheduledAt: at,
      },
    );
  }

  /** scheduled → draft. */
  unschedule(issueId: number, actor: Actor): Promise<void> {
    return this.transition(issueId, actor, ['scheduled'], 'draft', 'newsletter.unschedule', {
      scheduledAt: null,
    });
  }

  /** sending → paused: workers stop claiming; what is in flight finishes. */
  pause(issueId: number, actor: Actor): Promise<void> {
    return this.transition(issueId, actor, ['sending'], 'paused', 'newsletter.pause');
  }

  resume(issueId: number, actor: Actor): Promise<void> {
    return this.transition(issueId, actor, ['paused'], 'sending', 'newsletter.resume');
  }

  /** scheduled, sending or paused → cancelled: nothing more is sent; what was sent stays sent. */
  async cancel(issueId: number, actor: Actor, now = new Date()): Promise<void> {
    await this.tx.run(async (m) => {
      const issue = await this.issueOrFail(m, issueId);
      if (!['scheduled', 'sending', 'paused'].includes(issue.status))
        throw new NewsletterError(NewsletterErrorCode.WrongState);
      const result = await m
        .getRepository(NewsletterDelivery)
        .update({ issueId, status: 'queued' }, { status: 'cancelled' });
      await m
        .getRepository(NewsletterIssue)
        .update(issueId, { status: 'cancelled', finishedAt: now });
      await this.audit.record(
        m,
        actor,
        'newsletter.cancel',
        { type: 'newsletter_issue', id: issueId },
        { notSent: result.affected ?? 0 },
      );
    });
  }

  /** The failed deliveries of a sent (or paused) issue are queued again; returns how many. */
  async retryFailed(issueId: number, actor: Actor, now = new Date()): Promise<number> {
    return this.tx.run(async (m) => {
      const issue = await this.issueOrFail(m, issueId);
      if (!['sending', 'paused', 'sent'].includes(issue.status))
        throw new NewsletterError(NewsletterErrorCode.WrongState);
      // Bounced or unsubscribed addresses are not retried: the worker skips them anyway.
      const result = await m
        .createQueryBuilder()
        .update(NewsletterDelivery)
        .set({ status: 'queued', attempts: 0, nextAttemptAt: now, lastError: null })
        .where(
          `issue_id = :issueId AND status = 'failed' AND subscriber_id IN
             (SELECT id FROM newsletter_subscribers WHERE status = 'subscribed')`,
          { issueId },
        )
        .execute();
      const retried = result.affected ?? 0;
      if (retried && issue.status === 'sent')
        await m
          .getRepository(NewsletterIssue)
          .update(issueId, { status: 'sending', finishedAt: null });
      await this.audit.record(
        m,
        actor,
        'newsletter.retryFailed',
        { type: 'newsletter_issue', id: issueId },
        { retried },
      );
      return retried;
    });
  }

  async progress(issueId: number): Promise<IssueProgress> {
    return this.tx.run(async (m) => {
      const issue = await this.issueOrFail(m, issueId);
      const rows: { status: string; n: number | string }[] = await m.query(
        `SELECT status, COUNT(*) AS n FROM newsletter_deliveries WHERE issue_id = ${
          this.tx.isPostgres ? '$1' : '?'
        } GROUP BY status`,
        [issueId],
      );
      const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
      const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
      const done = count('sent') + count('failed') + count('skipped');
      return {
        issueId,
        status: issue.status,
        total,
        queued: count('queued'),
        sending: count('sending'),
        sent: count('sent'),
        failed: count('failed'),
        skipped: count('skipped'),
        cancelled: count('cancelled'),
        recoveredInFlight: issue.recoveredInFlight,
        percent: total ? Math.floor((done / total) * 100) : 0,
        scheduledAt: issue.scheduledAt,
        startedAt: issue.startedAt,
        finishedAt: issue.finishedAt,
      };
    });
  }

  /** The job: scheduled issues whose moment has come start sending. */
  async startDue(now: Date): Promise<number> {
    const due = await this.tx.run((m) =>
      m
        .getRepository(NewsletterIssue)
        .createQueryBuilder('i')
        .where("i.status = 'scheduled' AND i.scheduled_at <= :now", { now })
        .getMany(),
    );
    let started = 0;
    for (const candidate of due) {
      await this.tx.run(async (m) => {
        // Claim it: only one instance turns a scheduled issue into a sending one.
        const claimed = await m
          .createQueryBuilder()
          .update(NewsletterIssue)
          .set({ status: 'sending', startedAt: now })
          .where("id = :id AND status = 'scheduled'", { id: candidate.id })
          .execute();
        if (claimed.affected !== 1) return;
        const made = await this.makeDeliveries(m, candidate, now);
        if (made === 0)
          await m
            .getRepository(NewsletterIssue)
            .update(candidate.id, { status: 'sent', finishedAt: now });
        await this.audit.record(
          m,
          null,
          'newsletter.send',
          { type: 'newsletter_issue', id: candidate.id },
          { recipients: made, scheduled: true },
        );
        started++;
      });
    }
    return started;
  }

  private async start(m: EntityManager, issue: NewsletterIssue, now: Date): Promise<number> {
    const made = await this.makeDeliveries(m, issue, now);
    if (made > 0)
      await m
        .getRepository(NewsletterIssue)
        .update(issue.id, { status: 'sending', startedAt: now, scheduledAt: null });
    return made;
  }

  /** One delivery per matching subscriber, in one statement; the unique index keeps it once. */
  private async makeDeliveries(
    m: EntityManager,
    issue: NewsletterIssue,
    now: Date,
  ): Promise<number> {
    const pg = this.tx.isPostgres;
    const params: unknown[] = [
      issue.id,
      pg ? now : now.toISOString().replace('T', ' ').replace('Z', ''),
    ];
    const param = (value: string) => {
      params.push(value);
      return pg ? `$${params.length}` : '?';
    };
    const condition = audienceCondition(decodeTopics(issue.audiences), param);
    await m.query(
      `INSERT INTO newsletter_deliveries (issue_id, subscriber_id, status, attempts, next_attempt_at)
       SELECT ${pg ? '$1' : '?'}, s.id, 'queued', 0, ${pg ? '$2' : '?'}
         FROM newsletter_subscribers s
        WHERE s.status = 'subscribed' AND ${condition}
       ON CONFLICT (issue_id, subscriber_id) DO NOTHING`,
      params,
    );
    return m.getRepository(NewsletterDelivery).countBy({ issueId: issue.id });
  }

  private async transition(
    issueId: number,
    actor: Actor,
    from: IssueStatus[],
    to: IssueStatus,
    action: string,
    extra: Partial<NewsletterIssue> = {},
  ): Promise<void> {
    await this.tx.run(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(NewsletterIssue)
        .set({ status: to, ...extra })
        .where('id = :issueId AND status IN (:...from)', { issueId, from })
        .execute();
      if (result.affected !== 1) {
        await this.issueOrFail(m, issueId);
        throw new NewsletterError(NewsletterErrorCode.WrongState);
      }
      await this.audit.record(m, actor, action, { type: 'newsletter_issue', id: issueId });
    });
  }

  private async issueOrFail(m: EntityManager, id: number): Promise<NewsletterIssue> {
    const issue = await m.getRepository(NewsletterIssue).findOneBy({ id });
    if (!issue) throw new NewsletterError(NewsletterErrorCode.NotFound);
    return issue;
  }
}
