import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashToken } from '../../src/accounts/account-tokens.service';
import { AdviceFollowUp } from '../../src/advice/advice-follow-up.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import { AskService } from '../../src/advice/ask.service';
import { FollowUpService } from '../../src/advice/follow-up.service';
import { JobRunner } from '../../src/jobs/job-runner';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { createUser } from '../utils/factories';
import { linkIn } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf } from '../utils/web-client';

const BASE = 'http://jep.test';
const DAY = 86_400_000;

/**
 * Two weeks after afgerond the requester gets one short questionnaire, and answers it once; and
 * the AV-YYYY-NNNN numbers stay unique when requests arrive at the same moment.
 */
describe('Advies op Maat: the follow-up questionnaire', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ smtp: true })));
  after(() => t.close());

  const requests = () => t.dataSource.getRepository(AdviceRequest);
  const followUpMails = () =>
    t.dataSource.getRepository(OutboxMessage).findBy({ template: 'advice-follow-up' });

  it('is sent once, 14 days after completion, only for completed requests', async () => {
    const now = new Date();
    const due = await createAdviceRequest(t.dataSource, {
      status: 'completed',
      closedAt: new Date(now.getTime() - 15 * DAY),
    });
    const early = await createAdviceRequest(t.dataSource, {
      status: 'completed',
      closedAt: new Date(now.getTime() - 13 * DAY),
    });
    const referred = await createAdviceRequest(t.dataSource, {
      status: 'referred',
      closedAt: new Date(now.getTime() - 30 * DAY),
    });
    const closed = await createAdviceRequest(t.dataSource, {
      status: 'closed',
      closedAt: new Date(now.getTime() - 30 * DAY),
    });
    const anonymised = await createAdviceRequest(t.dataSource, {
      status: 'completed',
      closedAt: new Date(now.getTime() - 30 * DAY),
    });
    await requests().update({ id: anonymised.request.id }, { anonymisedAt: now });

    const counts = await t.app.get(JobRunner).runAll(now);
    assert.equal(counts['advice.followUps'], 1);
    assert.equal(
      (await t.app.get(JobRunner).runAll(new Date(now.getTime() + 60_000)))['advice.followUps'],
      0,
    );
    assert.equal(await t.app.get(FollowUpService).sendDue(new Date(now.getTime() + DAY / 2)), 0);
    assert.equal((await followUpMails()).length, 1);

    const sent = await requests().findOneByOrFail({ id: due.request.id });
    assert.ok(sent.followUpSentAt);
    assert.match(sent.followUpTokenHash!, /^[0-9a-f]{64}$/);
    for (const r of [early, referred, closed, anonymised])
      assert.equal((await requests().findOneByOrFail({ id: r.request.id })).followUpSentAt, null);

    // One day later the early one is due too; the first still not again.
    assert.equal(await t.app.get(FollowUpService).sendDue(new Date(now.getTime() + 2 * DAY)), 1);
    assert.equal((await followUpMails()).length, 2);

    await t.deliverMail();
    const mails = t.smtp!.to(sent.requesterEmail);
    assert.equal(mails.length, 1);
    assert.equal(mails[0].subject, `Was ons advies bruikbaar? (${sent.reference})`);
    const link = linkIn(mails[0], `${BASE}/advies/terugblik/`);
    const token = link.slice(`${BASE}/advies/terugblik/`.length);
    assert.equal(hashToken(token), sent.followUpTokenHash);

    // The questionnaire: one question (1–5, a fieldset with a legend) and a comment.
    const c = t.client();
    const page = await c.get(`/advies/terugblik/${token}`);
    assert.equal(page.status, 200);
    assert.match(
      textOf(page.$, 'fieldset#field-usefulness > legend'),
      /Was het advies bruikbaar\?/,
    );
    assert.equal(page.$('input[type=radio][name=usefulness]').length, 5);
    assert.equal(page.$('textarea[name=comment]').attr('maxlength'), '2000');

    const none = await c.post(`/advies/terugblik/${token}`, { comment: 'Vergeten te kiezen' });
    assert.equal(none.status, 422);
    assert.match(textOf(none.$, '#field-usefulness-error'), /Kies/);
    assert.equal(none.$('textarea[name=comment]').text(), 'Vergeten te kiezen');
    const tooLong = await c.post(`/advies/terugblik/${token}`, {
      usefulness: '4',
      comment: 'x'.repeat(2001),
    });
    assert.equal(tooLong.status, 422);
    assert.match(textOf(tooLong.$, '#field-comment-error'), /2000/);
    const wrongValue = await c.post(`/advies/terugblik/${token}`, { usefulness: '9', comment: '' });
    assert.equal(wrongValue.status, 422);
    assert.equal(await t.dataSource.getRepository(AdviceFollowUp).count(), 0);

    const answered = await c.post(`/advies/terugblik/${token}`, {
      usefulness: '4',
      comment: 'Heel bruikbaar, <b>dank</b>!',
    });
    assert.equal(answered.status, 303);
    const thanks = await c.get(answered.location!);
    assert.equal(thanks.status, 200);
    assert.match(textOf(thanks.$, 'h1'), /Bedankt voor uw antwoord/);
    const [row] = await t.dataSource.getRepository(AdviceFollowUp).find();
    assert.equal(row.requestId, sent.id);
    assert.equal(row.usefulness, 4);
    assert.equal(row.comment, 'Heel bruikbaar, <b>dank</b>!');

    // A second answer: a clear page, nothing changed.
    const second = await c.post(
      `/advies/terugblik/${token}`,
      { usefulness: '1', comment: 'Toch niet' },
      { csrf: page.$('input[name=_csrf]').attr('value')! },
    );
    assert.equal(second.status, 409);
    assert.match(textOf(second.$, 'h1'), /al ingevuld/);
    const rows = await t.dataSource.getRepository(AdviceFollowUp).find();
    assert.equal(rows.length, 1);
    assert.equal(rows[0].usefulness, 4);

    const bad = await t.client().get(`/advies/terugblik/${'b'.repeat(43)}`);
    assert.equal(bad.status, 404);
    assert.match(textOf(bad.$, 'h1'), /Deze link werkt niet/);
  });

  it('numbers requests AV-YYYY-NNNN, unique when they arrive at the same moment', async () => {
    const users = await Promise.all([1, 2, 3, 4, 5, 6].map(() => createUser(t.dataSource)));
    const ask = t.app.get(AskService);
    const [topic] = await ask.activeTopics();
    const results = await Promise.all(
      users.map((user) =>
        ask.ask(
          {
            name: user.name,
            email: user.email,
            organisation: 'School',
            role: 'Docent',
            municipalityCode: 'GM0344',
            topicId: topic.id,
            question: 'Een vraag',
            urgency: 'normal',
            contactPreference: 'email',
          },
          { user, ip: '10.0.0.1', locale: 'nl' },
        ),
      ),
    );
    const references = results.map((r) => r.request.reference);
    assert.equal(new Set(references).size, 6);
    const numbers = references.map((r) => Number(r.split('-')[2])).sort((a, b) => a - b);
    assert.match(references[0], /^AV-\d{4}-\d{4}$/);
    assert.deepEqual(numbers, [1, 2, 3, 4, 5, 6]);
  });
});
