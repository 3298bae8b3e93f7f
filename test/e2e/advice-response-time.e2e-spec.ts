import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { AdviceOverdueDigest } from '../../src/advice/advice-overdue-digest.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import { AdviceOverdueDigestJob } from '../../src/advice/overdue-digest';
import { fromAmsterdam } from '../../src/common/views/amsterdam-time';
import { JobRunner } from '../../src/jobs/job-runner';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

const at = (date: string, time: string) => fromAmsterdam(date, time)!;

/**
 * The first-response target counts working days (weekends and Dutch public holidays skipped);
 * the daily summary tells each adviser of their overdue requests once a working day, from 07:00.
 */
describe('advice: response time and the daily overdue summary', () => {
  let t: TestApp;
  let adviser: User;
  let other: User;

  const digests = () => t.smtp!.messages.filter((m) => /over de termijn/.test(m.subject));

  before(async () => {
    t = await createTestApp({ smtp: true, env: { ADVICE_RESPONSE_WORKING_DAYS: '5' } });
    adviser = await createUser(t.dataSource, { role: 'staff', name: 'Adviseur Bram' });
    other = await createUser(t.dataSource, { role: 'admin', name: 'Adviseur Cor' });
  });
  after(() => t.close());

  it('counts past Christmas, a weekend and New Year, and sends the summary once a day', async () => {
    // Thursday 24 December 2026, 10:00 + 5 working days: 28, 29, 30, 31 December, (1 January is a
    // holiday, 2–3 the weekend) and Monday 4 January 2027: due 4 January 10:00.
    const { request: late } = await createAdviceRequest(t.dataSource, {
      adviser,
      status: 'assigned',
      submittedAt: at('2026-12-24', '10:00'),
    });
    // Answered already: never in the summary.
    const { request: answered } = await createAdviceRequest(t.dataSource, {
      adviser,
      status: 'in_progress',
      submittedAt: at('2026-12-01', '10:00'),
    });
    await t.dataSource
      .getRepository(AdviceRequest)
      .update({ id: answered.id }, { firstResponseAt: at('2026-12-02', '09:00') });
    const job = t.app.get(AdviceOverdueDigestJob);

    assert.equal(await job.run(at('2027-01-04', '09:30')), 0, 'not yet due on Monday 09:30');
    assert.equal(await job.run(at('2027-01-04', '10:30')), 1, 'overdue on Monday 10:30');
    assert.equal(await job.run(at('2027-01-04', '16:00')), 0, 'once a day');
    assert.equal(
      await t.app
        .get(JobRunner)
        .runAll(at('2027-01-04', '17:00'))
        .then((c) => c['advice.overdueDigest']),
      0,
    );
    await t.deliverMail();
    let mails = digests().filter((m) => m.to.includes(adviser.email));
    assert.equal(mails.length, 1);
    assert.match(mails[0].text, new RegExp(late.reference));
    assert.ok(!mails[0].text.includes(answered.reference));
    assert.match(mails[0].text, new RegExp(`/beheer/advies/${late.id}`));

    assert.equal(await job.run(at('2027-01-05', '06:30')), 0, 'not before 07:00');
    assert.equal(await job.run(at('2027-01-05', '07:05')), 1, 'the next working day again');
    await t.deliverMail();
    mails = digests().filter((m) => m.to.includes(adviser.email));
    assert.equal(mails.length, 2);
    assert.match(mails[1].text, /1 werkdagen te laat|werkdagen te laat/);
    assert.equal(await job.run(at('2027-01-09', '09:00')), 0, 'never on a Saturday');
    assert.equal(
      await t.dataSource.getRepository(AdviceOverdueDigest).countBy({ adviserId: adviser.id }),
      2,
    );
    assert.equal(digests().filter((m) => m.to.includes(other.email)).length, 0);
  });

  it('shows the overdue marker for an old request, not for one asked just now', async () => {
    const { request: old } = await createAdviceRequest(t.dataSource, {
      adviser: other,
      status: 'assigned',
      topicKey: 'local_approach',
      submittedAt: new Date(Date.now() - 30 * 86_400_000),
    });
    const { request: fresh } = await createAdviceRequest(t.dataSource, {
      topicKey: 'local_approach',
    });
    const s = t.client();
    await signIn(s, other.email);
    const page = await s.get(`/beheer/advies?adviseur=&status=`);
    const row = (ref: string) =>
      page
        .$('.jep-advice-row')
        .filter((_, r) => page.$(r).text().includes(ref))
        .text();
    assert.match(row(old.reference), /Te laat/);
    assert.doesNotMatch(row(fresh.reference), /Te laat/);
    assert.match(row(fresh.reference), /uiterlijk/);
  });
});
