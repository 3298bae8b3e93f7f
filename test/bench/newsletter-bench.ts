/**
 * JEPzine: one issue to SUBSCRIBERS subscribers through a local SMTP sink (its own process), with
 * NEWSLETTER_CONNECTIONS connections — beside a baseline in the same process and run: nodemailer's
 * own pooled transport sending the same messages straight to the same sink with the same number
 * of connections (the messages made before the clock starts, so the baseline does no rendering
 * and no database work). The platform's figure runs from "Nu verzenden" (the deliveries are made)
 * until the worker has recorded the last result. One database kind per process (run.ts starts it
 * for SQLite and for PostgreSQL).
 *
 * Env: BENCH_NEWSLETTER_SUBSCRIBERS (10000), BENCH_NEWSLETTER_CONNECTIONS (4), DATABASE_URL.
 */
import { ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { IssueMailRenderer } from '../../src/newsletter/issue-mail';
import { NewsletterIssue } from '../../src/newsletter/issue.entity';
import { NewsletterTransport } from '../../src/newsletter/newsletter-transport';
import { NewsletterWorker } from '../../src/newsletter/newsletter-worker';
import { SendingService } from '../../src/newsletter/sending.service';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { createIssue } from '../utils/newsletter-fixtures';
import { createTestApp } from '../utils/test-app';
import type { NewsletterResult } from './newsletter-result';

const SUBSCRIBERS = Number(process.env.BENCH_NEWSLETTER_SUBSCRIBERS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_NEWSLETTER_CONNECTIONS ?? 4);

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (reply) => resolve(reply as T));
    child.send(message);
  });
}

/** Runs `work` while sampling the process's RSS; returns the time and the peak. */
async function timed(work: () => Promise<unknown>) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  clearInterval(sampler);
  return { ms, peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576) };
}

async function main() {
  const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  const sink = fork(join(__dirname, 'smtp-count-sink.js'), { stdio: 'inherit' });
  const { port } = await new Promise<{ port: number }>((resolve) =>
    sink.once('message', (m) => resolve(m as { port: number })),
  );
  const smtpUrl = `smtp://127.0.0.1:${port}?ignoreTLS=true`;
  const t = await createTestApp({
    env: {
      SMTP_URL: smtpUrl,
      BASE_URL: 'https://platformjep.nl',
      NEWSLETTER_CONNECTIONS: String(CONNECTIONS),
    },
  });
  const results: NewsletterResult[] = [];
  try {
    const repo = t.dataSource.getRepository(NewsletterSubscriber);
    for (let i = 0; i < SUBSCRIBERS; i += 500) {
      await repo.insert(
        Array.from({ length: Math.min(500, SUBSCRIBERS - i) }, (_, j) => ({
          email: `lezer-${i + j + 1}@example.org`,
          name: `Lezer ${i + j + 1}`,
          status: 'subscribed' as const,
          topics: '',
          locale: 'nl',
          manageToken: randomBytes(32).toString('base64url'),
          subscribedAt: new Date(),
        })),
      );
    }
    const subscribers = await repo.find({ order: { id: 'ASC' } });
    const issue = await createIssue(t.dataSource, {
      bodyMarkdown: `${'## Uit de praktijk\n\nEen jongerenwerker en een mentor werken samen. '.repeat(20)}\n\n[Meer](/aanbod)`,
    });

    // Baseline: the same messages, made beforehand, straight into nodemailer's pool.
    const renderer = t.app.get(IssueMailRenderer);
    const transport = t.app.get(NewsletterTransport);
    const rendered = renderer.render(issue, 'nl');
    const messages = subscribers.map((s) => {
      const mail = renderer.personalise(rendered, { email: s.email, token: s.manageToken });
      return {
        from: t.config.mailFrom,
        to: s.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId: transport.messageId(issue.id, s.id),
      };
    });
    const pool = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: CONNECTIONS,
      maxMessages: Infinity,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    // warm-up of both paths' connections and code
    await Promise.all(messages.slice(0, 200).map((m) => pool.sendMail(m)));
    await ask(sink, 'reset');
    const baseline = await timed(() => Promise.all(messages.map((m) => pool.sendMail(m))));
    pool.close();
    const baselineReceived = await ask<{ count: number; unique: number }>(sink, 'count');
    results.push({
      database,
      label: `nodemailer pool, ${CONNECTIONS} connections (baseline)`,
      messages: SUBSCRIBERS,
      ms: baseline.ms,
      perSecond: (SUBSCRIBERS / baseline.ms) * 1000,
      received: baselineReceived.count,
      unique: baselineReceived.unique,
      peakRssMb: baseline.peakRssMb,
    });

    await ask(sink, 'reset');
    const sending = t.app.get(SendingService);
    const worker = t.app.get(NewsletterWorker);
    const platform = await timed(async () => {
      await sending.sendNow(issue.id, { id: 0, email: 'bench@platformjep.nl' });
      await worker.drain();
    });
    const progress = await sending.progress(issue.id);
    if (progress.status !== 'sent' || progress.sent !== SUBSCRIBERS)
      throw new Error(`issue not fully sent: ${JSON.stringify(progress)}`);
    const received = await ask<{ count: number; unique: number }>(sink, 'count');
    results.push({
      database,
      label: `Platform JEP worker, ${CONNECTIONS} connections`,
      messages: SUBSCRIBERS,
      ms: platform.ms,
      perSecond: (SUBSCRIBERS / platform.ms) * 1000,
      received: received.count,
      unique: received.unique,
      peakRssMb: platform.peakRssMb,
    });
    const status = await t.dataSource
      .getRepository(NewsletterIssue)
      .findOneByOrFail({ id: issue.id });
    if (status.status !== 'sent') throw new Error('issue not marked sent');
  } finally {
    await t.close();
    sink.kill();
  }
  console.log(`NEWSLETTER ${JSON.stringify(results)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
