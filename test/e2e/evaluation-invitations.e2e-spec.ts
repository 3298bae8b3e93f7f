import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { EvaluationInvitation } from '../../src/evaluations/evaluation-invitation.entity';
import { InvitationService } from '../../src/evaluations/invitation.service';
import { JobRunner } from '../../src/jobs/job-runner';
import { createEdition, createEnrolment, daysFromNow } from '../utils/enrolment-fixtures';
import { createQuestionnaire } from '../utils/evaluation-fixtures';
import { createUser, signIn } from '../utils/factories';
import { linkIn, ReceivedMail } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf } from '../utils/web-client';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const BASE = 'http://jep.test';

describe('evaluations: the invitation and reminder jobs', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ smtp: true })));
  after(() => t.close());

  const invitations = () => t.dataSource.getRepository(EvaluationInvitation);
  const ofEdition = (editionId: number) =>
    invitations().find({ where: { editionId }, order: { enrolmentId: 'ASC', moment: 'ASC' } });
  const invite = (now: Date) => t.app.get(InvitationService).invite(now);
  const remind = (now: Date) => t.app.get(InvitationService).remind(now);

  let seen = 0;
  /** The mails delivered since the last call, to these people. */
  async function mailsTo(users: User[]): Promise<ReceivedMail[]> {
    await t.deliverMail();
    const fresh = t.smtp!.messages.slice(seen);
    seen = t.smtp!.messages.length;
    const addresses = users.map((u) => u.email);
    return fresh.filter((m) => addresses.includes(m.to[0]));
  }

  /** An offering with a pre/post and an evaluation questionnaire, and one edition. */
  async function setUp(meetings: [string, string, string][]) {
    const fixture = await createEdition(t.dataSource, { meetings });
    const prepost = await createQuestionnaire(t.dataSource, {
      title: 'Zelfvertrouwen in het gesprek',
      kind: 'prepost',
      offeringId: fixture.offering.id,
      items: [{ type: 'likert', text: 'Ik durf het gesprek aan te gaan' }],
    });
    const evaluation = await createQuestionnaire(t.dataSource, {
      title: 'Hoe was de training?',
      kind: 'evaluation',
      offeringId: fixture.offering.id,
      items: [{ type: 'likert', text: 'De training was nuttig' }],
    });
    return { ...fixture, prepost: prepost.questionnaire, evaluation: evaluation.questionnaire };
  }

  it('invites confirmed participants to the pre-measurement from 14 days before the start, once, by e-mail', async () => {
    const { edition, offering, prepost } = await setUp([
      [daysFromNow(20), '09:30', '12:30'],
      [daysFromNow(27), '09:30', '12:30'],
    ]);
    const start = edition.startsAt!;
    const [anna, bram, cancelled, waiting, late] = await Promise.all(
      ['Anna', 'Bram', 'Cas', 'Dirk', 'Eva'].map((name) => createUser(t.dataSource, { name })),
    );
    await createEnrolment(t.dataSource, edition.id, anna.id);
    await createEnrolment(t.dataSource, edition.id, bram.id);
    await createEnrolment(t.dataSource, edition.id, cancelled.id, { status: 'cancelled' });
    await createEnrolment(t.dataSource, edition.id, waiting.id, { status: 'waitlisted' });
    await mailsTo([]);

    // 20 days ahead, and a moment before the 14 days: nobody is asked yet.
    await t.app.get(JobRunner).runAll(new Date());
    await invite(new Date(start.getTime() - 14 * DAY - 1000));
    assert.deepEqual(await ofEdition(edition.id), []);

    const first = new Date(start.getTime() - 14 * DAY + HOUR);
    const counts = await t.app.get(JobRunner).runAll(first);
    assert.ok(counts['evaluations.invite'] >= 2, 'the job is registered');
    const made = await ofEdition(edition.id);
    assert.equal(made.length, 2, 'the two confirmed participants, not the cancelled or waiting');
    assert.ok(made.every((i) => i.moment === 'pre' && i.questionnaireId === prepost.id));
    assert.ok(
      made.every((i) => i.closesAt!.getTime() === start.getTime()),
      'closes at the start',
    );

    const mails = await mailsTo([anna, bram, cancelled, waiting]);
    assert.deepEqual(mails.map((m) => m.to[0]).sort(), [anna.email, bram.email].sort());
    const toAnna = mails.find((m) => m.to[0] === anna.email)!;
    assert.equal(toAnna.subject, `Vragenlijst over ${offering.title}`);
    assert.match(toAnna.text, /Beste Anna,/);
    assert.match(toAnna.text, /Zelfvertrouwen in het gesprek \(Voormeting\)/);
    assert.match(toAnna.text, /in te vullen tot \d+ \w+ \d{4}/);
    assert.match(toAnna.text, /zonder uw naam/);
    const annaInvitation = made.find((i) => toAnna.text.includes(`/mijn/vragenlijsten/${i.id}`))!;
    assert.equal(
      linkIn(toAnna, `${BASE}/mijn/vragenlijsten/`),
      `${BASE}/mijn/vragenlijsten/${annaInvitation.id}`,
    );
    assert.ok(toAnna.html.includes(`href="${BASE}/mijn/vragenlijsten/${annaInvitation.id}"`));

    // Running again (or later) changes nothing and sends nothing.
    await invite(first);
    await invite(new Date(first.getTime() + DAY));
    assert.equal((await ofEdition(edition.id)).length, 2);
    assert.deepEqual(await mailsTo([anna, bram]), []);

    // Someone who enrols later, before the start, is invited on the next run; after it, not.
    await createEnrolment(t.dataSource, edition.id, late.id);
    await invite(new Date(start.getTime() - 2 * DAY));
    assert.equal((await ofEdition(edition.id)).length, 3);
    assert.equal((await mailsTo([late])).length, 1);
    const afterStart = await createUser(t.dataSource);
    await createEnrolment(t.dataSource, edition.id, afterStart.id);
    await invite(new Date(start.getTime() + HOUR));
    assert.equal((await ofEdition(edition.id)).length, 3, 'started: no pre-measurement any more');

    // On /mijn while open.
    const client = t.client();
    await signIn(client, anna.email);
    const mijn = await client.get('/mijn');
    const link = mijn.$(
      `#mijn-vragenlijsten ~ ul a[href="/mijn/vragenlijsten/${annaInvitation.id}"]`,
    );
    assert.equal(link.text(), 'Zelfvertrouwen in het gesprek');
    assert.match(textOf(mijn.$, '#mijn-vragenlijsten ~ ul'), /Voormeting/);
  });

  it('invites to the post-measurement and evaluation after the last meeting, in one e-mail; old editions and cancelled people are not asked', async () => {
    const { edition, offering } = await setUp([
      [daysFromNow(-10), '09:30', '12:30'],
      [daysFromNow(-3), '13:00', '16:00'],
    ]);
    const old = await setUp([[daysFromNow(-45), '09:30', '12:30']]);
    const [anna, cancelled, oldie] = await Promise.all([
      createUser(t.dataSource, { name: 'Anna' }),
      createUser(t.dataSource),
      createUser(t.dataSource),
    ]);
    await createEnrolment(t.dataSource, edition.id, anna.id);
    await createEnrolment(t.dataSource, edition.id, cancelled.id, { status: 'cancelled' });
    await createEnrolment(t.dataSource, old.edition.id, oldie.id);
    await mailsTo([]);

    const now = new Date();
    await invite(now);
    const made = await ofEdition(edition.id);
    assert.deepEqual(
      made.map((i) => i.moment),
      ['evaluation', 'post'],
      'post and evaluation for Anna only',
    );
    const end = edition.endsAt!.getTime();
    assert.ok(
      made.every((i) => i.closesAt!.getTime() === end + 42 * DAY),
      'six weeks after the end',
    );
    assert.deepEqual(await ofEdition(old.edition.id), [], 'ended more than 30 days ago');

    const mails = await mailsTo([anna, cancelled, oldie]);
    assert.equal(mails.length, 1, 'one e-mail listing both');
    assert.equal(mails[0].to[0], anna.email);
    assert.equal(mails[0].subject, `Vragenlijst over ${offering.title}`);
    assert.match(mails[0].text, /Zelfvertrouwen in het gesprek \(Nameting\)/);
    assert.match(mails[0].text, /Hoe was de training\? \(Evaluatie\)/);
    for (const i of made) assert.ok(mails[0].text.includes(`${BASE}/mijn/vragenlijsten/${i.id}`));

    await t.app.get(JobRunner).runAll(now);
    assert.equal((await ofEdition(edition.id)).length, 2, 'running twice changes nothing');
    assert.deepEqual(await mailsTo([anna]), []);
  });

  it('reminds once, a week after the invitation, when not answered and still open', async () => {
    const { edition } = await setUp([[daysFromNow(-2), '09:30', '12:30']]);
    const [anna, bram, cas] = await Promise.all(
      ['Anna', 'Bram', 'Cas'].map((name) => createUser(t.dataSource, { name })),
    );
    const enrolment = new Map<number, number>();
    for (const u of [anna, bram, cas])
      enrolment.set(u.id, (await createEnrolment(t.dataSource, edition.id, u.id)).id);
    const of = async (u: User) =>
      invitations().find({ where: { enrolmentId: enrolment.get(u.id)! } });
    const invitedAt = new Date();
    await invite(invitedAt);
    assert.equal((await ofEdition(edition.id)).length, 6);
    await mailsTo([]);
    // Bram answered both; Cas's questionnaires closed before the week was over.
    await invitations().update(
      { enrolmentId: enrolment.get(bram.id)! },
      { submittedAt: new Date(invitedAt.getTime() + DAY) },
    );
    await invitations().update(
      { enrolmentId: enrolment.get(cas.id)! },
      { closesAt: new Date(invitedAt.getTime() + 5 * DAY) },
    );

    assert.equal(await remind(new Date(invitedAt.getTime() + 7 * DAY - HOUR)), 0, 'not yet');
    assert.deepEqual(await mailsTo([anna, bram, cas]), []);

    const due = new Date(invitedAt.getTime() + 7 * DAY + HOUR);
    await t.app.get(JobRunner).runAll(due);
    const mails = await mailsTo([anna, bram, cas]);
    assert.equal(mails.length, 1, 'only Anna, in one e-mail for both questionnaires');
    assert.equal(mails[0].to[0], anna.email);
    assert.match(mails[0].subject, /^Herinnering: vragenlijst over /);
    assert.match(mails[0].text, /Beste Anna,/);
    assert.match(mails[0].text, /\(Nameting\)/);
    assert.match(mails[0].text, /\(Evaluatie\)/);
    const annas = await of(anna);
    assert.equal(annas.length, 2);
    assert.ok(annas.every((i) => i.remindedAt?.getTime() === due.getTime()));
    for (const i of annas) assert.ok(mails[0].text.includes(`${BASE}/mijn/vragenlijsten/${i.id}`));

    await remind(due);
    await remind(new Date(due.getTime() + 3 * DAY));
    assert.deepEqual(await mailsTo([anna, bram, cas]), [], 'the reminder comes once');
    assert.ok((await of(cas)).every((i) => i.remindedAt === null));
    assert.ok((await of(bram)).every((i) => i.remindedAt === null));
  });
});
