import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { NewsletterIssue } from '../../src/newsletter/issue.entity';
import { LANES } from '../../src/newsletter/newsletter-worker';
import { SendingService } from '../../src/newsletter/sending.service';
import { createIssue, createSubscribers } from '../utils/newsletter-fixtures';
import { SmtpSink } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';

const SUBSCRIBERS = 1000;
const BATCH = 50;

/**
 * The platform as a separate process (dist/src/main.js) that sends JEPzine, so the test can
 * kill it with SIGKILL in the middle of an issue, the way a crash or an OOM kill would.
 */
function startSender(t: TestApp, smtpPort: number): ChildProcess {
  const database =
    t.config.database.type === 'postgres'
      ? t.config.database.url
      : `sqlite:${t.config.database.path}`;
  return spawn(process.execPath, [join(__dirname, '..', '..', 'src', 'main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      NEWSLETTER_WORKER_IN_TESTS: '1',
      DATABASE_URL: database,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`,
      BASE_URL: 'https://jep.test',
      PORT: '0',
      LOG_LEVEL: 'silent',
      MAIL_WORKER_INTERVAL_MS: '50',
      NEWSLETTER_BATCH_SIZE: String(BATCH),
      NEWSLETTER_RATE_PER_SECOND: '500',
      NEWSLETTER_LEASE_SECONDS: '2',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

async function until(what: string, check: () => Promise<boolean> | boolean, ms = 60_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await sleep(25);
  }
}

function exited(child: ChildProcess): Promise<unknown> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', resolve));
}

describe('JEPzine sending survives a crash', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const children: ChildProcess[] = [];

  before(async () => {
    sink = new SmtpSink();
    await sink.start();
    t = await createTestApp({ smtpSink: sink, env: { BASE_URL: 'https://jep.test' } });
  });

  after(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await t.close();
    await sink.stop();
  });

  it('after kill -9 and a restart, everyone has it once except the reported in-flight ones', async (ctx) => {
    await createSubscribers(t.dataSource, SUBSCRIBERS, { prefix: 'crash' });
    const issue = await createIssue(t.dataSource);
    await t.app.get(SendingService).sendNow(issue.id, { id: 0, email: 'redactie@platformjep.nl' });

    const first = startSender(t, sink.port);
    children.push(first);
    await until('a third has arrived', () => sink.messages.length >= SUBSCRIBERS / 3);
    first.kill('SIGKILL');
    await exited(first);
    const beforeRestart = sink.messages.length;
    assert.ok(beforeRestart < SUBSCRIBERS, `killed in the middle (${beforeRestart} arrived)`);

    const second = startSender(t, sink.port);
    children.push(second);
    const issues = t.dataSource.getRepository(NewsletterIssue);
    await until(
      'the issue is sent',
      async () => (await issues.findOneByOrFail({ id: issue.id })).status === 'sent',
    );
    second.kill('SIGTERM');
    await exited(second);

    const perRecipient = new Map<string, number>();
    for (const mail of sink.messages)
      perRecipient.set(mail.to[0], (perRecipient.get(mail.to[0]) ?? 0) + 1);
    const twice = [...perRecipient.values()].filter((n) => n === 2).length;
    const progress = await t.app.get(SendingService).progress(issue.id);

    ctx.diagnostic(
      `killed after ${beforeRestart} arrived; ${progress.recoveredInFlight} in flight reported, ${twice} received twice`,
    );
    assert.equal(perRecipient.size, SUBSCRIBERS, 'nobody lost');
    assert.ok(
      [...perRecipient.values()].every((n) => n <= 2),
      'nobody more than twice',
    );
    assert.equal(progress.sent, SUBSCRIBERS);
    // Only what was in flight at the crash can arrive twice, and that number is reported.
    assert.ok(
      twice <= progress.recoveredInFlight,
      `${twice} received twice, ${progress.recoveredInFlight} reported in flight`,
    );
    assert.ok(
      progress.recoveredInFlight <= BATCH * LANES,
      'at most the claimed batches (one per lane) were in flight',
    );
    assert.equal(sink.messages.length, SUBSCRIBERS + twice);
  });
});
