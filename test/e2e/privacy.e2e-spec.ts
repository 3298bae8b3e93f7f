import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { AccountToken } from '../../src/accounts/account-token.entity';
import { hashToken } from '../../src/accounts/account-tokens.service';
import { SessionRecord } from '../../src/accounts/session.entity';
import { User } from '../../src/accounts/user.entity';
import { AdviceMessage } from '../../src/advice/advice-message.entity';
import { AdviceNote } from '../../src/advice/advice-note.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { CalendarFeed } from '../../src/calendar/calendar-feed.entity';
import { Certificate } from '../../src/certificates/certificate.entity';
import { newCertificateCode } from '../../src/certificates/certificate-code';
import { Attendance } from '../../src/enrolments/attendance.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { EvaluationInvitation } from '../../src/evaluations/evaluation-invitation.entity';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { NetworkApplication } from '../../src/network/application.entity';
import { NetworkMembership } from '../../src/network/membership.entity';
import { NewsletterConsent } from '../../src/newsletter/consent.entity';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { TrajectoryAction } from '../../src/trajectories/trajectory-action.entity';
import { TrajectoryAssessmentScore } from '../../src/trajectories/trajectory-assessment-score.entity';
import { TrajectoryAssessment } from '../../src/trajectories/trajectory-assessment.entity';
import { TrajectoryLogEntry } from '../../src/trajectories/trajectory-log-entry.entity';
import { TrajectoryMember } from '../../src/trajectories/trajectory-member.entity';
import type { DataExport } from '../../src/privacy/data-export.service';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { createEdition, createEnrolment, daysFromNow } from '../utils/enrolment-fixtures';
import { createQuestionnaire } from '../utils/evaluation-fixtures';
import { createUser, signIn, TEST_PASSWORD } from '../utils/factories';
import { createListing, listingContent } from '../utils/network-fixtures';
import { createTestApp, TestApp } from '../utils/test-app';
import { createTrajectory } from '../utils/trajectory-fixtures';
import { textOf, WebClient } from '../utils/web-client';

interface Person {
  user: User;
  client: WebClient;
  certificateCode: string;
  futureEnrolmentId: number;
  adviceRequestId: number;
}

describe('privacy: download your data and delete your account', () => {
  let t: TestApp;
  let waiting: User;
  let admin: User;
  let adminClient: WebClient;
  let people: Person[] = [];
  let futureEditionId = 0;

  /** A user with data in every category the export has. */
  async function personWithEverything(label: string): Promise<Person> {
    const ds = t.dataSource;
    const user = await createUser(ds, {
      name: `Fatima ${label}`,
      skjNumber: `1234${label.length}`,
      organisation: `Jongerenwerk ${label}`,
    });
    // A finished edition with attendance and a certificate.
    const past = await createEdition(ds, {
      meetings: [[daysFromNow(-40), '09:30', '12:30']],
      registrationOpensAt: new Date(Date.now() - 60 * 86_400_000),
      registrationClosesAt: new Date(Date.now() - 45 * 86_400_000),
    });
    const pastEnrolment = await createEnrolment(ds, past.edition.id, user.id, {
      completion: 'completed',
    });
    await ds.getRepository(Attendance).insert({
      enrolmentId: pastEnrolment.id,
      meetingId: past.meetings[0].id,
      status: 'present',
      markedBy: null,
      markedAt: new Date(),
    });
    const certificateCode = newCertificateCode();
    await ds.getRepository(Certificate).insert({
      code: certificateCode,
      enrolmentId: pastEnrolment.id,
      userId: user.id,
      editionId: past.edition.id,
      holderName: user.name,
      skjNumber: user.skjNumber,
      offeringTitle: past.offering.title,
      editionTitle: past.edition.title,
      startsOn: daysFromNow(-40),
      endsOn: daysFromNow(-40),
      studyLoadHours: 12,
      skjPoints: 8,
      issuedAt: new Date(),
      issuedBy: null,
      issueReason: null,
      revokedAt: null,
      revokeReason: null,
    });
    // The place in the future, full edition (the waiting list gets it on deletion).
    const future = await createEnrolment(ds, futureEditionId, user.id, { status: 'confirmed' });
    // An evaluation invitation for the past edition.
    const { questionnaire } = await createQuestionnaire(ds, {
      items: [{ type: 'open', text: 'Wat nam u mee?' }],
    });
    await ds.getRepository(EvaluationInvitation).insert({
      enrolmentId: pastEnrolment.id,
      editionId: past.edition.id,
      questionnaireId: questionnaire.id,
      moment: 'evaluation',
      closesAt: null,
      remindedAt: null,
      submittedAt: new Date(),
      draft: null,
    });
    await ds
      .getRepository(CalendarFeed)
      .insert({ userId: user.id, tokenHash: hashToken(`feed-${label}-${Date.now()}`) });
    await ds.getRepository(AccountToken).insert({
      userId: user.id,
      purpose: 'reset_password',
      tokenHash: hashToken(`reset-${label}-${Date.now()}`),
      newEmail: null,
      expiresAt: new Date(Date.now() + 3_600_000),
      usedAt: null,
    });
    // JEPzine, matched by e-mail.
    const subscriber = await ds.getRepository(NewsletterSubscriber).save({
      email: user.email,
      name: user.name,
      status: 'subscribed',
      topics: 'training',
      locale: 'nl',
      manageToken: randomBytes(32).toString('base64url'),
      confirmTokenHash: null,
      confirmSentAt: null,
      userId: null,
      subscribedAt: new Date(),
      unsubscribedAt: null,
      bouncedAt: null,
      bounceReason: null,
    });
    await ds.getRepository(NewsletterConsent).insert({
      subscriberId: subscriber.id,
      source: 'form',
      formVersion: '2026-01',
      consentText: `Ja, stuur mij JEPzine (${label})`,
      importNote: null,
      requestedAt: new Date(),
      confirmedAt: new Date(),
      withdrawnAt: null,
    });
    // The network.
    const org = await createListing(ds, { name: `De Brug ${label}`, slug: `de-brug-${label}` });
    await ds.getRepository(NetworkMembership).insert({
      userId: user.id,
      organisationId: org.id,
      status: 'active',
      note: `Ik coördineer ${label}`,
      decidedAt: new Date(),
      decidedBy: null,
    });
    await ds.getRepository(NetworkApplication).insert({
      userId: user.id,
      applicantName: user.name,
      applicantEmail: user.email,
      content: JSON.stringify(listingContent({ name: `Nieuw ${label}` })),
      motivation: `Wij werken aan polarisatie (${label})`,
      status: 'pending',
      decisionMessage: null,
      decidedBy: null,
      decidedAt: null,
      organisationId: null,
    });
    // A trajectory: member, log entry, action, self-assessment.
    const trajectory = await createTrajectory(ds, {
      members: [user],
      title: `JOS ${label}`,
    });
    await ds.getRepository(TrajectoryLogEntry).insert({
      trajectoryId: trajectory.id,
      kind: 'note',
      occurredOn: daysFromNow(-3),
      title: `Overleg ${label}`,
      body: `Wij spraken over de aanpak (${label})`,
      otherAttendees: '',
      authorId: user.id,
    });
    await ds.getRepository(TrajectoryAction).insert({
      trajectoryId: trajectory.id,
      title: `Bel de school ${label}`,
      description: '',
      ownerId: user.id,
      dueOn: daysFromNow(7),
      status: 'open',
      doneAt: null,
      doneBy: null,
      overdueNotifiedAt: null,
      createdBy: user.id,
    });
    const assessment = await ds.getRepository(TrajectoryAssessment).save({
      trajectoryId: trajectory.id,
      moment: 'start',
      userId: user.id,
      organisationId: null,
      submittedAt: new Date(),
    });
    await ds.getRepository(TrajectoryAssessmentScore).insert({
      assessmentId: assessment.id,
      factor: 'partnership',
      score: 4,
      comment: `Goede samenwerking ${label}`,
    });
    // Advice: a request with a message and an internal note (the note is not theirs).
    const { request } = await createAdviceRequest(ds, { requester: user });
    await ds.getRepository(AdviceMessage).insert({
      requestId: request.id,
      direction: 'to_requester',
      authorId: admin.id,
      body: `Ons advies aan u (${label})`,
    });
    await ds
      .getRepository(AdviceNote)
      .insert({ requestId: request.id, authorId: admin.id, body: `Interne notitie ${label}` });
    // A session: signed in.
    const client = t.client();
    await signIn(client, user.email);
    return {
      user,
      client,
      certificateCode,
      futureEnrolmentId: future.id,
      adviceRequestId: request.id,
    };
  }

  before(async () => {
    t = await createTestApp({ smtp: true });
    admin = await createUser(t.dataSource, { role: 'admin' });
    adminClient = t.client();
    await signIn(adminClient, admin.email);
    const future = await createEdition(t.dataSource, { capacity: 2 });
    futureEditionId = future.edition.id;
    people = [await personWithEverything('Een'), await personWithEverything('Twee')];
    waiting = await createUser(t.dataSource, { name: 'Wachtende Willem' });
    await createEnrolment(t.dataSource, futureEditionId, waiting.id, {
      status: 'waitlisted',
      waitlistSeq: 1,
    });
    // Both places are taken by the two people above.
    await t.dataSource.getRepository(Edition).update(futureEditionId, { seatsTaken: 2 });
  });

  after(() => t.close());

  it('shows what is held and the links on /mijn/privacy', async () => {
    const page = await people[0].client.get('/mijn/privacy');
    assert.equal(page.status, 200);
    assert.ok(page.$('a[href="/mijn/privacy/gegevens.json"]').length);
    assert.ok(page.$('a[href="/mijn/privacy/gegevens"]').length);
    assert.ok(page.$('a[href="/mijn/privacy/verwijderen"]').length);
    const dashboard = await people[0].client.get('/mijn');
    assert.ok(dashboard.$('a[href="/mijn/privacy"]').length);
  });

  it('the JSON download holds every category, with the right content and no secrets', async () => {
    const { user, client, certificateCode } = people[0];
    const res = await client.agent.get('/mijn/privacy/gegevens.json');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /application\/json/);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename=".+\.json"$/);
    assert.equal(res.headers['cache-control'], 'no-store');
    const data = JSON.parse(res.text) as DataExport;
    assert.equal(data.profile.email, user.email);
    assert.equal(data.profile.name, 'Fatima Een');
    assert.equal(data.profile.organisation, 'Jongerenwerk Een');
    assert.equal(data.enrolments.length, 2);
    const done = data.enrolments.find((e) => e.completion === 'completed')!;
    assert.match(done.offeringTitle, /Omgaan met Extreme Idealen/);
    assert.equal(done.attendance.length, 1);
    assert.equal(done.attendance[0].status, 'present');
    assert.match(done.editionStartsAt!, /^\d{4}-\d\d-\d\dT/);
    assert.ok(data.enrolments.some((e) => e.status === 'confirmed'));
    assert.deepEqual(
      data.certificates.map((c) => [c.code, c.holderName]),
      [[certificateCode, 'Fatima Een']],
    );
    assert.equal(data.calendarFeed.exists, true);
    assert.equal(data.newsletter.subscription?.email, user.email);
    assert.equal(data.newsletter.consents[0].consentText, 'Ja, stuur mij JEPzine (Een)');
    assert.equal(data.network.memberships[0].organisation, 'De Brug Een');
    assert.equal(data.network.applications[0].motivation, 'Wij werken aan polarisatie (Een)');
    assert.equal(data.trajectories.memberships[0].trajectory, 'JOS Een');
    assert.equal(data.trajectories.logEntries[0].body, 'Wij spraken over de aanpak (Een)');
    assert.equal(data.trajectories.actions[0].title, 'Bel de school Een');
    assert.deepEqual(data.trajectories.assessments[0].scores, [
      { factor: 'partnership', score: 4, comment: 'Goede samenwerking Een' },
    ]);
    assert.equal(data.adviceRequests.length, 1);
    assert.deepEqual(
      data.adviceRequests[0].messages.map((m) => m.body),
      ['Ons advies aan u (Een)'],
    );
    assert.equal(data.evaluations.invitations.length, 1);
    assert.equal(data.evaluations.invitations[0].answered, true);
    assert.match(data.evaluations.note, /anoniem/);
    assert.ok(data.sessions.length >= 1);
    assert.ok(data.sessions.every((s) => 'startedAt' in s && !('data' in s)));
    assert.ok(Array.isArray(data.auditEntries));
    // No secrets, no internal notes, nothing of the other person.
    const raw = res.text;
    for (const secret of [
      'passwordHash',
      'password_hash',
      '$argon2',
      'tokenHash',
      'token_hash',
      'manageToken',
      'Interne notitie',
      'Twee',
      people[1].user.email,
      'csrf',
    ])
      assert.ok(!raw.includes(secret), `the export must not contain ${secret}`);
  });

  it('the readable page shows every category', async () => {
    const page = await people[0].client.get('/mijn/privacy/gegevens');
    assert.equal(page.status, 200);
    for (const id of [
      'profiel',
      'aanmeldingen',
      'certificaten',
      'agenda',
      'jepzine',
      'netwerk',
      'trajecten',
      'advies',
      'evaluaties',
      'sessies',
      'logboek',
    ])
      assert.equal(page.$(`section h2#${id}`).length, 1, `section ${id}`);
    const text = textOf(page.$, 'main');
    for (const shown of [
      'Fatima Een',
      people[0].certificateCode,
      'Ja, stuur mij JEPzine (Een)',
      'De Brug Een',
      'JOS Een',
      'Bel de school Een',
      'Ons advies aan u (Een)',
      'Aanwezig',
    ])
      assert.ok(text.toLowerCase().includes(shown.toLowerCase()), `the page shows ${shown}`);
    assert.ok(!text.includes('Interne notitie'));
    assert.ok(!text.includes('Fatima Twee'));
  });

  it('a wrong password or no tick changes nothing', async () => {
    const { user, client } = people[0];
    const wrong = await client.submit(
      '/mijn/privacy/verwijderen',
      { password: 'niet mijn wachtwoord', confirm: 'on' },
      false,
    );
    assert.equal(wrong.status, 422);
    assert.match(textOf(wrong.$, '.utrecht-form-field-error-message'), /wachtwoord klopt niet/);
    const noTick = await client.submit(
      '/mijn/privacy/verwijderen',
      { password: TEST_PASSWORD },
      false,
    );
    assert.equal(noTick.status, 422);
    assert.match(textOf(noTick.$, '.utrecht-form-field-error-message'), /Vink aan/);
    const after = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    assert.equal(after.name, 'Fatima Een');
    assert.equal(after.anonymisedAt, null);
    assert.equal((await client.get('/mijn/privacy')).status, 200);
  });

  it('explains before confirming, and deletes the account with the password', async () => {
    const ds = t.dataSource;
    const { user, client, certificateCode, futureEnrolmentId, adviceRequestId } = people[0];
    const enrolmentsBefore = await ds.getRepository(Enrolment).count();
    const certificatesBefore = await ds.getRepository(Certificate).count();
    const form = await client.get('/mijn/privacy/verwijderen');
    assert.match(textOf(form.$, 'main'), /controleerbaar als "uitgegeven", maar zonder uw naam/);
    assert.match(textOf(form.$, 'main'), /statistieken houden hun aantallen/);

    const done = await client.post(
      '/mijn/privacy/verwijderen',
      { password: TEST_PASSWORD, confirm: 'on' },
      { follow: false },
    );
    assert.equal(done.status, 303);
    assert.equal(done.location, '/account-verwijderd');
    const confirmation = await client.get('/account-verwijderd');
    assert.equal(confirmation.status, 200);
    assert.match(textOf(confirmation.$, 'h1'), /Uw account is verwijderd/);

    // Signed out: the client is sent to the login page.
    const mine = await client.get('/mijn/privacy');
    assert.equal(mine.status, 303);
    assert.match(mine.location ?? '', /\/inloggen/);
    assert.equal(await ds.getRepository(SessionRecord).countBy({ userId: user.id }), 0);

    const erased = await ds.getRepository(User).findOneByOrFail({ id: user.id });
    assert.equal(erased.name, '');
    assert.equal(erased.email, `verwijderd-${user.id}@verwijderd.invalid`);
    assert.equal(erased.organisation, '');
    assert.equal(erased.jobTitle, '');
    assert.equal(erased.skjNumber, null);
    assert.equal(erased.passwordHash, '');
    assert.ok(erased.deactivatedAt && erased.anonymisedAt);
    // Nor can anyone sign in with the old address.
    const again = await t
      .client()
      .submit('/inloggen', { email: user.email, password: TEST_PASSWORD }, false);
    assert.notEqual(again.status, 303);

    assert.equal(await ds.getRepository(AccountToken).countBy({ userId: user.id }), 0);
    assert.equal(await ds.getRepository(CalendarFeed).countBy({ userId: user.id }), 0);
    assert.equal(await ds.getRepository(NewsletterSubscriber).countBy({ email: user.email }), 0);
    assert.equal(await ds.getRepository(NetworkMembership).countBy({ userId: user.id }), 0);
    const application = await ds.getRepository(NetworkApplication).findOneByOrFail({
      applicantEmail: `verwijderd-${user.id}@verwijderd.invalid`,
    });
    assert.equal(application.applicantName, '');
    const member = await ds.getRepository(TrajectoryMember).findOneByOrFail({ userId: user.id });
    assert.equal(member.status, 'removed');
    const advice = await ds.getRepository(AdviceRequest).findOneByOrFail({ id: adviceRequestId });
    assert.equal(advice.requesterName, '');
    assert.equal(advice.question, '');
    assert.ok(advice.anonymisedAt);
    const messages = await ds.getRepository(AdviceMessage).findBy({ requestId: adviceRequestId });
    assert.ok(messages.every((m) => m.body === ''));
    const enrolmentIds = (await ds.getRepository(Enrolment).findBy({ userId: user.id })).map(
      (e) => e.id,
    );
    for (const enrolmentId of enrolmentIds)
      assert.equal(await ds.getRepository(EvaluationInvitation).countBy({ enrolmentId }), 0);
    const outbox = await ds.getRepository(OutboxMessage).findBy({ toAddress: user.email });
    assert.deepEqual(
      outbox.map((m) => m.template),
      ['account-deleted'],
      'only the confirmation remains addressed to the old address',
    );

    // The certificate still checks out as issued, without the name.
    const check = await t.client().get(`/certificaten/${certificateCode}`);
    assert.equal(check.status, 200);
    assert.match(textOf(check.$, '.jep-certificate-state'), /geldig/);
    const facts = textOf(check.$, '.jep-certificate-facts');
    assert.ok(!facts.includes('Fatima'));
    assert.match(facts, /Naam verwijderd op verzoek van de houder/);

    // The future place is cancelled and offered to the first on the waiting list.
    const future = await ds.getRepository(Enrolment).findOneByOrFail({ id: futureEnrolmentId });
    assert.equal(future.status, 'cancelled');
    const next = await ds
      .getRepository(Enrolment)
      .findOneByOrFail({ editionId: futureEditionId, userId: waiting.id });
    assert.notEqual(next.status, 'waitlisted');

    // Counts stay: no enrolment or certificate row disappeared.
    assert.equal(await ds.getRepository(Enrolment).count(), enrolmentsBefore);
    assert.equal(await ds.getRepository(Certificate).count(), certificatesBefore);

    const audit = await ds
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'account.deleted', subjectId: String(user.id) });
    assert.ok(!String(audit.detail).includes('Fatima'));
    assert.ok(!String(audit.actorEmail).includes(user.email));

    // The other person is untouched.
    const other = await ds.getRepository(User).findOneByOrFail({ id: people[1].user.id });
    assert.equal(other.name, 'Fatima Twee');
    const otherCert = await ds
      .getRepository(Certificate)
      .findOneByOrFail({ code: people[1].certificateCode });
    assert.equal(otherCert.holderName, 'Fatima Twee');

    await t.deliverMail();
    const mail = t.smtp!.messages.find(
      (m) => m.to.includes(user.email) && /verwijderd/.test(m.subject),
    );
    assert.ok(mail, 'a confirmation is e-mailed');
  });

  it('an admin cannot delete their own account this way', async () => {
    const form = await adminClient.get('/mijn/privacy/verwijderen');
    assert.equal(form.status, 200);
    assert.equal(form.$('form[action="/mijn/privacy/verwijderen"]').length, 0);
    assert.match(textOf(form.$, 'main'), /andere beheerder/);
    const refused = await adminClient.post(
      '/mijn/privacy/verwijderen',
      { password: TEST_PASSWORD, confirm: 'on' },
      { csrf: adminClient.csrfToken() },
    );
    assert.equal(refused.status, 422);
    const still = await t.dataSource.getRepository(User).findOneByOrFail({ id: admin.id });
    assert.equal(still.anonymisedAt, null);
  });

  it('an admin provides and deletes on request, with a reason, audited', async () => {
    const { user } = people[1];
    const path = `/beheer/gebruikers/${user.id}/privacy`;
    const page = await adminClient.get(path);
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, 'main'), /Fatima Twee/);

    // No reason: the form comes back.
    const missing = await adminClient.post(`${path}/gegevens`, {
      exportReason: '',
      format: 'json',
    });
    assert.equal(missing.status, 422);
    assert.ok(page.$('#field-exportReason').length);

    await adminClient.get(path);
    const res = await adminClient.agent
      .post(`${path}/gegevens`)
      .type('form')
      .set('Origin', new URL(t.config.baseUrl).origin)
      .send(
        new URLSearchParams({
          _csrf: adminClient.csrfToken(),
          exportReason: 'E-mail van 12 maart, AVG-2026-004',
          format: 'json',
        }).toString(),
      );
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-disposition']), /attachment/);
    const data = JSON.parse(res.text) as DataExport;
    assert.equal(data.profile.name, 'Fatima Twee');
    assert.ok(!res.text.includes('Fatima Een'));
    const exported = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'privacy.exported', subjectId: String(user.id) });
    assert.equal(exported.actorId, admin.id);
    assert.match(String(exported.detail), /AVG-2026-004/);

    const readable = await adminClient.submit(
      `${path}/gegevens`,
      {
        exportReason: 'Telefonisch verzoek',
        format: 'page',
      },
      false,
      path,
    );
    assert.equal(readable.status, 200);
    assert.match(textOf(readable.$, 'main'), /Fatima Twee/);

    const noReason = await adminClient.submit(
      `${path}/verwijderen`,
      {
        deleteReason: '',
        deleteConfirm: 'on',
      },
      false,
      path,
    );
    assert.equal(noReason.status, 422);
    assert.equal(
      (await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).name,
      'Fatima Twee',
    );

    const deleted = await adminClient.submit(
      `${path}/verwijderen`,
      {
        deleteReason: 'Brief van 14 maart, AVG-2026-005',
        deleteConfirm: 'on',
      },
      false,
      path,
    );
    assert.equal(deleted.status, 303);
    const erased = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    assert.equal(erased.name, '');
    assert.ok(erased.anonymisedAt);
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'account.deleted', subjectId: String(user.id) });
    assert.equal(audit.actorId, admin.id);
    assert.match(String(audit.detail), /AVG-2026-005/);
    // Their session ended too.
    assert.equal((await people[1].client.get('/mijn/privacy')).status, 303);
    // An erased account is gone for the admin page.
    assert.equal((await adminClient.get(path)).status, 404);
  });

  it('only admins reach the page on request; others get no other person’s data', async () => {
    const other = await createUser(t.dataSource, { name: 'Nieuwsgierige Nina' });
    const client = t.client();
    await signIn(client, other.email);
    const res = await client.get(`/beheer/gebruikers/${admin.id}/privacy`);
    assert.ok([403, 404].includes(res.status));
    const own = await client.agent.get('/mijn/privacy/gegevens.json');
    const data = JSON.parse(own.text) as DataExport;
    assert.equal(data.profile.name, 'Nieuwsgierige Nina');
    assert.equal(data.enrolments.length, 0);
    assert.equal(data.certificates.length, 0);
    assert.equal(data.adviceRequests.length, 0);
  });
});
