import assert from 'node:assert/strict';
import request from 'supertest';
import { after, before, describe, it } from 'node:test';
import { SessionRecord } from '../../src/accounts/session.entity';
import { User } from '../../src/accounts/user.entity';
import { Offering } from '../../src/catalogue/offering.entity';
import { ROLES, Role, roleSatisfies } from '../../src/common/access/role';
import { newCertificateCode } from '../../src/certificates/certificate-code';
import { Certificate } from '../../src/certificates/certificate.entity';
import { SigningKeys } from '../../src/certificates/signing-keys';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { NewsletterSubscriber } from '../../src/newsletter/subscriber.entity';
import { NewsletterImport } from '../../src/newsletter/subscriber-import.entity';
import { NewsletterIssue } from '../../src/newsletter/issue.entity';
import { NetworkApplication } from '../../src/network/application.entity';
import { NetworkDraft } from '../../src/network/draft.entity';
import { NetworkMembership } from '../../src/network/membership.entity';
import { EditionTrainer } from '../../src/scheduling/edition-trainer.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { Meeting } from '../../src/scheduling/meeting.entity';
import { AdviceAppointment } from '../../src/advice/advice-appointment.entity';
import { AdviceTopic } from '../../src/advice/advice-topic.entity';
import { TrajectoryLogEntry } from '../../src/trajectories/trajectory-log-entry.entity';
import { TrajectoryPhase } from '../../src/trajectories/trajectory-phase.entity';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { EvaluationInvitation } from '../../src/evaluations/evaluation-invitation.entity';
import { QuestionnaireSection } from '../../src/evaluations/questionnaire-section.entity';
import { createQuestionnaire } from '../utils/evaluation-fixtures';
import { createUser, signIn, TEST_PASSWORD } from '../utils/factories';
import { createTrajectory } from '../utils/trajectory-fixtures';
import { createListing, listingContent } from '../utils/network-fixtures';
import { registeredRoutes } from '../utils/routes';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const VALID_REGISTRATION = {
  name: 'Veilige Gebruiker',
  email: 'veilig@example.nl',
  password: 'een lange zin voor mij',
  passwordConfirm: 'een lange zin voor mij',
  organisation: 'Gemeente Zwolle',
  jobTitle: 'Beleidsadviseur',
  sector: 'gemeente',
  municipalityCode: 'GM0193',
};

/** A real path for each GET route with parameters (demo data provides the objects). */
/**
 * A sample path; `ownedBy`: an object of that role's user, so every other signed-in user gets 404
 * — except staff and admins when `staffToo` (a JOS trajectory: its members, its coach and staff).
 */
type Sample = string | { path: string; ownedBy: Role; staffToo?: boolean };

async function samplePaths(
  t: TestApp,
  users: Record<string, { user: User }>,
): Promise<Record<string, Sample>> {
  const userId = users.professional.user.id;
  const edition = await t.dataSource
    .getRepository(Edition)
    .findOneOrFail({ where: { status: 'published' }, order: { id: 'ASC' } });
  const meeting = await t.dataSource
    .getRepository(Meeting)
    .findOneOrFail({ where: { editionId: edition.id } });
  const offering = await t.dataSource
    .getRepository(Offering)
    .findOneOrFail({ where: { published: true }, order: { id: 'ASC' } });
  // The professional has a place in the edition; the trainer teaches it.
  const enrolment = await t.dataSource.getRepository(Enrolment).save({
    editionId: edition.id,
    userId,
    status: 'confirmed',
    statusChangedAt: new Date(),
    calendarSequence: 1,
  });
  await t.dataSource
    .getRepository(EditionTrainer)
    .upsert({ editionId: edition.id, userId: users.trainer.user.id }, ['editionId', 'userId']);
  const certificate = await t.dataSource.getRepository(Certificate).save({
    code: newCertificateCode(),
    enrolmentId: enrolment.id,
    userId,
    editionId: edition.id,
    holderName: users.professional.user.name,
    skjNumber: null,
    offeringTitle: 'Omgaan met Extreme Idealen',
    editionTitle: edition.title,
    startsOn: '2026-01-10',
    endsOn: '2026-02-10',
    studyLoadHours: 12,
    skjPoints: 8,
    issuedAt: new Date(),
    issuedBy: null,
    issueReason: null,
    revokedAt: null,
    revokeReason: null,
  });
  const mail = await t.dataSource.getRepository(OutboxMessage).save({
    toAddress: 'x@example.nl',
    subject: 'Test',
    template: 'password-changed',
    bodyText: 'x',
    bodyHtml: '<p>x</p>',
    status: 'sent',
    attempts: 1,
    nextAttemptAt: new Date(),
    lockedBy: null,
    lockedAt: null,
    lastError: null,
    transport: 'local',
    sentAt: new Date(),
  });
  const issue = await t.dataSource.getRepository(NewsletterIssue).save({
    slug: 'beveiligingstest',
    title: 'Beveiligingstest',
    summary: 'Een editie voor de toegangstest.',
    bodyMarkdown: 'Tekst',
    status: 'draft',
  });
  // an import is shown only to who uploaded it (and admins): here the staff test user
  const newsletterImport = await t.dataSource.getRepository(NewsletterImport).save({
    createdBy: users.staff.user.id,
    filename: 'abonnees.csv',
    content: 'email;toestemming\na@example.nl;ja\n',
    report: JSON.stringify({
      encoding: 'utf-8',
      delimiter: ';',
      records: 1,
      columns: {},
      ignoredColumns: [],
      counts: { toAdd: 1, toActivate: 0, alreadySubscribed: 0, rejected: 0 },
      rejected: [],
    }),
    appliedAt: null,
  });
  // Network moderation: a listing kept by the partner test user, its submitted draft, an application.
  const kept = await createListing(t.dataSource, { name: 'Moderatietest', slug: 'moderatietest' });
  const content = JSON.stringify(listingContent());
  await t.dataSource
    .getRepository(NetworkMembership)
    .save({ userId: users.partner.user.id, organisationId: kept.id, status: 'active' });
  const draft = await t.dataSource
    .getRepository(NetworkDraft)
    .save({ organisationId: kept.id, content, status: 'submitted', submittedAt: new Date() });
  const application = await t.dataSource.getRepository(NetworkApplication).save({
    userId,
    applicantName: 'Test',
    applicantEmail: 'x@example.nl',
    content,
    motivation: 'x',
  });
  // A JOS trajectory the professional takes part in (staff see it too), one waiting as an
  // application, and an advice request the professional asked with an appointment.
  const trajectory = await createTrajectory(t.dataSource, {
    members: [users.professional.user],
    phase: 'intake',
  });
  const entry = await t.dataSource.getRepository(TrajectoryLogEntry).save({
    trajectoryId: trajectory.id,
    kind: 'note',
    occurredOn: '2026-11-02',
    title: 'Kennismaking',
    body: 'Eerste gesprek.',
    otherAttendees: '',
    authorId: userId,
  });
  const applied = await createTrajectory(t.dataSource, {
    members: [users.partner.user],
    phase: 'aanvraag',
  });
  const phase = await t.dataSource
    .getRepository(TrajectoryPhase)
    .findOneByOrFail({ key: 'intake' });
  const { request: advice } = await createAdviceRequest(t.dataSource, {
    requester: users.professional.user,
  });
  const appointment = await t.dataSource.getRepository(AdviceAppointment).save({
    requestId: advice.id,
    startsAt: new Date(Date.now() + 7 * 86_400_000),
    endsAt: new Date(Date.now() + 7 * 86_400_000 + 3_600_000),
    mode: 'online',
    location: 'https://meet.example.nl/advies',
    adviserId: users.staff.user.id,
  });
  const topic = await t.dataSource.getRepository(AdviceTopic).findOneByOrFail({ key: 'other' });
  const member = (path: string) => ({
    path: `/jos/trajecten/${trajectory.id}${path}`,
    ownedBy: 'professional' as const,
    staffToo: true,
  });
  const trajectorySamples: Record<string, Sample> = {
    '/jos/trajecten/:id': member(''),
    '/jos/trajecten/:id/logboek': member('/logboek'),
    '/jos/trajecten/:id/logboek/:entryId/bewerken': member(`/logboek/${entry.id}/bewerken`),
    '/jos/trajecten/:id/acties': member('/acties'),
    '/jos/trajecten/:id/documenten': member('/documenten'),
    '/jos/trajecten/:id/zelfevaluatie': member('/zelfevaluatie'),
    '/jos/trajecten/:id/zelfevaluatie/:moment': member('/zelfevaluatie/start'),
    '/beheer/jos/aanvragen/:id': `/beheer/jos/aanvragen/${applied.id}`,
    '/beheer/jos/fasen/:id': `/beheer/jos/fasen/${phase.id}`,
  };
  const adviceSamples: Record<string, Sample> = {
    '/mijn/advies/:id': { path: `/mijn/advies/${advice.id}`, ownedBy: 'professional' },
    '/beheer/advies/:id': `/beheer/advies/${advice.id}`,
    '/beheer/advies/:id/afspraken/:appointmentId.ics': `/beheer/advies/${advice.id}/afspraken/${appointment.id}.ics`,
    '/beheer/advies/:id/afspraken/:appointmentId/wijzigen': `/beheer/advies/${advice.id}/afspraken/${appointment.id}/wijzigen`,
    '/beheer/advies/onderwerpen/:topicId': `/beheer/advies/onderwerpen/${topic.id}`,
    '/beheer/advies/rapportage/:file': '/beheer/advies/rapportage/onderwerpen.csv',
  };
  // A questionnaire with a section, attached to the offering; the professional is invited.
  const { questionnaire, items } = await createQuestionnaire(t.dataSource, {
    kind: 'evaluation',
    sections: [{ title: 'Over de training', isScale: false }],
    items: [{ type: 'likert', text: 'De training was nuttig', section: 0 }],
    offeringId: edition.offeringId,
  });
  const section = await t.dataSource
    .getRepository(QuestionnaireSection)
    .findOneByOrFail({ questionnaireId: questionnaire.id });
  const invitation = await t.dataSource.getRepository(EvaluationInvitation).save({
    enrolmentId: enrolment.id,
    editionId: edition.id,
    questionnaireId: questionnaire.id,
    moment: 'evaluation',
    closesAt: new Date(Date.now() + 30 * 86_400_000),
  });
  const answered = await t.dataSource.getRepository(EvaluationInvitation).save({
    enrolmentId: enrolment.id,
    editionId: edition.id,
    questionnaireId: questionnaire.id,
    moment: 'pre',
    closesAt: new Date(Date.now() + 30 * 86_400_000),
    submittedAt: new Date(),
  });
  const q = `/beheer/vragenlijsten/${questionnaire.id}`;
  const evaluationSamples: Record<string, Sample> = {
    '/mijn/vragenlijsten/:id': {
      path: `/mijn/vragenlijsten/${invitation.id}`,
      ownedBy: 'professional',
    },
    '/mijn/vragenlijsten/:id/bedankt': {
      path: `/mijn/vragenlijsten/${answered.id}/bedankt`,
      ownedBy: 'professional',
    },
    '/beheer/vragenlijsten/:id': q,
    '/beheer/vragenlijsten/:id/voorbeeld': `${q}/voorbeeld`,
    '/beheer/vragenlijsten/:id/vragen/nieuw': `${q}/vragen/nieuw`,
    '/beheer/vragenlijsten/:id/vragen/:itemId': `${q}/vragen/${items[0].id}`,
    '/beheer/vragenlijsten/:id/onderdelen/:sectionId': `${q}/onderdelen/${section.id}`,
    '/beheer/aanbod/:id/evaluatie': `/beheer/aanbod/${edition.offeringId}/evaluatie`,
    '/beheer/evaluaties/aanbod/:id': `/beheer/evaluaties/aanbod/${edition.offeringId}`,
    '/beheer/evaluaties/vragenlijsten/:id.csv': `/beheer/evaluaties/vragenlijsten/${questionnaire.id}.csv`,
    '/beheer/evaluaties/uitvoeringen/:id': `/beheer/evaluaties/uitvoeringen/${edition.id}.csv`,
    // the trainer test user teaches this edition
    '/evaluaties/uitvoeringen/:id': `/evaluaties/uitvoeringen/${edition.id}`,
    '/beheer/rapportages/:file': '/beheer/rapportages/bereik-per-jaar.csv',
  };
  return {
    ...trajectorySamples,
    ...adviceSamples,
    ...evaluationSamples,
    '/mijn/organisatie/:id/bewerken': {
      path: `/mijn/organisatie/${kept.id}/bewerken`,
      ownedBy: 'partner',
    },
    '/beheer/netwerk/:id': `/beheer/netwerk/${kept.id}`,
    '/beheer/netwerk/wijzigingen/:draftId': `/beheer/netwerk/wijzigingen/${draft.id}`,
    '/beheer/netwerk/aanmeldingen/:id': `/beheer/netwerk/aanmeldingen/${application.id}`,
    '/beheer/gebruikers/:id': `/beheer/gebruikers/${userId}`,
    '/beheer/mailbox/:id': `/beheer/mailbox/${mail.id}`,
    '/aanbod/:slug': `/aanbod/${offering.slug}`,
    '/jepzine/:slug': '/jepzine/online-radicalisering-wat-doe-je',
    '/beheer/aanbod/:id': `/beheer/aanbod/${offering.id}`,
    '/uitvoeringen/:id': `/uitvoeringen/${edition.id}`,
    '/beheer/uitvoeringen/:id': `/beheer/uitvoeringen/${edition.id}`,
    '/beheer/jepzine/:id': `/beheer/jepzine/${issue.id}`,
    '/beheer/jepzine/:id/voortgang.json': `/beheer/jepzine/${issue.id}/voortgang.json`,
    '/beheer/uitvoeringen/:id/bewerken': `/beheer/uitvoeringen/${edition.id}/bewerken`,
    '/beheer/uitvoeringen/:id/bijeenkomsten/nieuw': `/beheer/uitvoeringen/${edition.id}/bijeenkomsten/nieuw`,
    '/beheer/bijeenkomsten/:meetingId': `/beheer/bijeenkomsten/${meeting.id}`,
    '/mijn/aanmeldingen/:id': {
      path: `/mijn/aanmeldingen/${enrolment.id}`,
      ownedBy: 'professional',
    },
    '/mijn/aanmeldingen/:id/agenda.ics': {
      path: `/mijn/aanmeldingen/${enrolment.id}/agenda.ics`,
      ownedBy: 'professional',
    },
    '/beheer/uitvoeringen/:id/aanmeldingen': `/beheer/uitvoeringen/${edition.id}/aanmeldingen`,
    '/beheer/aanmeldingen/:id': `/beheer/aanmeldingen/${enrolment.id}`,
    '/uitvoeringen/:id/groep': `/uitvoeringen/${edition.id}/groep`,
    '/bijeenkomsten/:id/presentie': `/bijeenkomsten/${meeting.id}/presentie`,
    '/bijeenkomsten/:id/presentie/afdrukken': `/bijeenkomsten/${meeting.id}/presentie/afdrukken`,
    '/bijeenkomsten/:id/presentie.csv': `/bijeenkomsten/${meeting.id}/presentie.csv`,
    '/beheer/uitvoeringen/:id/afronding': `/beheer/uitvoeringen/${edition.id}/afronding`,
    '/certificaten/:code': `/certificaten/${certificate.code}`,
    '/certificaten/:code/status': `/certificaten/${certificate.code}/status`,
    '/mijn/certificaten/:id.pdf': {
      path: `/mijn/certificaten/${certificate.id}.pdf`,
      ownedBy: 'professional',
    },
    '/mijn/certificaten/:id.jwt': {
      path: `/mijn/certificaten/${certificate.id}.jwt`,
      ownedBy: 'professional',
    },
    '/beheer/uitvoeringen/:id/certificaten': `/beheer/uitvoeringen/${edition.id}/certificaten`,
    '/beheer/uitvoeringen/:id/certificaten.zip': `/beheer/uitvoeringen/${edition.id}/certificaten.zip`,
    '/beheer/certificaten/:id': `/beheer/certificaten/${certificate.id}`,
    '/beheer/uitvoeringen/:id/skj': `/beheer/uitvoeringen/${edition.id}/skj`,
    '/beheer/uitvoeringen/:id/skj.csv': `/beheer/uitvoeringen/${edition.id}/skj.csv`,
    '/beheer/jepzine/abonnees/importeren/:id': `/beheer/jepzine/abonnees/importeren/${newsletterImport.id}`,
    '/beheer/jepzine/abonnees/importeren/:id/afgewezen.csv': `/beheer/jepzine/abonnees/importeren/${newsletterImport.id}/afgewezen.csv`,
    '/netwerk/:slug': `/netwerk/${(await createListing(t.dataSource, { slug: 'beveiligingstest' })).slug}`,
    '/.well-known/jwks/:kid.json': `/.well-known/jwks/${(await t.app.get(SigningKeys).current()).kid}.json`,
  };
}

describe('security baseline', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
  });
  after(() => t.close());

  it('declares an access policy on every registered route', () => {
    const routes = registeredRoutes(t.app);
    assert.ok(routes.length > 20, `found ${routes.length} routes`);
    const without = routes
      .filter((r) => !r.policy)
      .map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`);
    assert.deepEqual(without, [], 'routes without @Public/@Authenticated/@Roles/@GuestOnly');
  });

  it('answers each protected page as its policy says, for visitors and every role', async () => {
    const users: Record<string, { client: WebClient; user: User }> = {};
    for (const role of ROLES) {
      const user = await createUser(t.dataSource, { role });
      const client = t.client();
      await signIn(client, user.email);
      users[role] = { client, user };
    }
    const samples = await samplePaths(t, users);
    const gets = registeredRoutes(t.app).filter(
      (r) => r.method === 'GET' && !r.path.includes(':token') && !r.path.includes(':locale'),
    );
    const problems: string[] = [];
    for (const route of gets) {
      const sample = route.path.includes(':') ? samples[route.path] : route.path;
      const path = typeof sample === 'string' ? sample : sample?.path;
      const ownedBy = typeof sample === 'object' ? sample.ownedBy : null;
      const staffToo = typeof sample === 'object' && !!sample.staffToo;
      if (!path) {
        problems.push(`no sample path for ${route.path}: add one to samplePaths()`);
        continue;
      }
      const policy = route.policy!;
      const expected = (role: Role | null): number => {
        if (role && ownedBy && role !== ownedBy && !(staffToo && roleSatisfies(role, ['staff'])))
          return 404;
        switch (policy.kind) {
          case 'public':
            return 200;
          case 'guest':
            return role ? 303 : 200;
          case 'authenticated':
            return role ? 200 : 303;
          case 'roles':
            return !role ? 303 : roleSatisfies(role, policy.roles) ? 200 : 403;
        }
      };
      const anonymous = await t.client().get(path);
      if (anonymous.status !== expected(null))
        problems.push(`visitor ${path}: ${anonymous.status}, expected ${expected(null)}`);
      if (anonymous.status === 303 && policy.kind !== 'guest')
        assert.match(anonymous.location ?? '', /^\/inloggen\?terug=/);
      for (const role of ROLES) {
        const page = await users[role].client.get(path);
        if (page.status !== expected(role))
          problems.push(`${role} ${path}: ${page.status}, expected ${expected(role)}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('gives a reading visitor no session cookie; a form or login starts one', async () => {
    const c = t.client();
    for (const path of ['/', '/over', '/health', '/health/live', '/css/jep.css', '/bestaat-niet']) {
      const page = await c.get(path);
      assert.equal(page.headers['set-cookie'], undefined, `no cookie on ${path}`);
    }
    const form = await c.get('/inloggen');
    const cookie = String(form.headers['set-cookie']);
    assert.match(cookie, /jep\.sid=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.doesNotMatch(cookie, /Secure/);
  });

  it('renews the session id at login', async () => {
    const user = await createUser(t.dataSource);
    const c = t.client();
    const form = await c.get('/inloggen');
    const before = String(form.headers['set-cookie']).match(/jep\.sid=([^;]+)/)![1];
    const login = await c.post('/inloggen', { email: user.email, password: TEST_PASSWORD });
    const afterLogin = String(login.headers['set-cookie']).match(/jep\.sid=([^;]+)/)![1];
    assert.notEqual(afterLogin, before);
  });

  it('refuses a change without the CSRF token with a friendly 403 page, and changes nothing', async () => {
    const c = t.client();
    await c.get('/registreren');
    const missing = await c.post('/registreren', VALID_REGISTRATION, { csrf: null });
    assert.equal(missing.status, 403);
    assert.match(textOf(missing.$, 'h1'), /Deze pagina is verlopen/);
    assert.equal(missing.$('header nav').length > 0, true, 'in the site layout');
    const wrong = await c.post('/registreren', VALID_REGISTRATION, { csrf: 'x'.repeat(64) });
    assert.equal(wrong.status, 403);
    const noSession = await t.client().post('/uitloggen', {}, { csrf: null });
    assert.equal(
      noSession.status,
      303,
      'a visitor posting to a protected route is sent to log in first',
    );
    assert.equal(await t.dataSource.getRepository(User).countBy({ email: 'veilig@example.nl' }), 0);
  });

  it('takes changes without a CSRF token on one route only: the RFC 8058 one-click unsubscribe', () => {
    const exempt = registeredRoutes(t.app)
      .filter((r) => r.csrfExempt)
      .map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(exempt, ['POST /jepzine/afmelden/:token']);
    const byOrigin = registeredRoutes(t.app)
      .filter((r) => r.csrfByOrigin)
      .map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(byOrigin, ['POST /jepzine/aanmelden']);
  });

  it('refuses the session-free subscribe form from another site, and stores nothing', async () => {
    const body = { email: 'doelwit@example.nl', consent: 'on' };
    const agent = () => request(t.app.getHttpServer()).post('/jepzine/aanmelden').type('form');
    const foreign = await agent().set('Origin', 'https://evil.example').send(body);
    assert.equal(foreign.status, 403);
    const noOrigin = await agent().send(body);
    assert.equal(noOrigin.status, 403, 'neither Origin nor Referer: refused');
    assert.equal(
      await t.dataSource.getRepository(NewsletterSubscriber).countBy({ email: body.email }),
      0,
    );
    const own = await agent().set('Origin', 'http://jep.test').send(body);
    assert.equal(own.status, 303);
    assert.equal(own.headers['set-cookie'], undefined, 'no session started');
  });

  it('sends security headers: a strict CSP without inline script, and no framing', async () => {
    const page = await t.client().get('/');
    const csp = String(page.headers['content-security-policy']);
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "default-src 'self'",
    ]) {
      assert.ok(csp.includes(directive), `CSP has ${directive}`);
    }
    assert.ok(!csp.includes('unsafe-inline'));
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal(page.headers['x-powered-by'], undefined);
    assert.ok(page.headers['x-request-id']);
    assert.equal(page.$('script:not([src])').length, 0, 'no inline script on the page');
    assert.equal(page.$('[style]').length, 0, 'no inline style on the page');
  });

  it('uses Secure __Host- cookies and HSTS when BASE_URL is https', async () => {
    const https = await createTestApp({
      env: { BASE_URL: 'https://platformjep.example', TRUST_PROXY: 'true' },
    });
    try {
      const c = https.client();
      const res = await (
        c as unknown as {
          agent: {
            get(p: string): {
              set(k: string, v: string): Promise<{ headers: Record<string, string> }>;
            };
          };
        }
      ).agent
        .get('/inloggen')
        .set('X-Forwarded-Proto', 'https');
      assert.match(
        String(res.headers['set-cookie']),
        /^__Host-jep\.sid=.*; Path=\/;.*HttpOnly; Secure; SameSite=Lax/,
      );
      assert.match(String(res.headers['strict-transport-security']), /max-age=31536000/);
    } finally {
      await https.close();
    }
  });

  it('ends a session after the idle timeout and after the absolute lifetime', async () => {
    const user = await createUser(t.dataSource);
    const idle = t.client();
    await signIn(idle, user.email);
    const past = new Date(Date.now() - 1000);
    await t.dataSource
      .getRepository(SessionRecord)
      .update({ userId: user.id }, { expiresAt: past });
    assert.equal((await idle.get('/mijn')).status, 303, 'idle session ended');

    const old = t.client();
    await signIn(old, user.email);
    const row = (await t.dataSource.getRepository(SessionRecord).findBy({ userId: user.id })).find(
      (r) => r.expiresAt > new Date(),
    )!;
    const data = JSON.parse(row.data) as { signedInAt: number };
    data.signedInAt = Date.now() - (t.config.sessionMaxHours * 3600_000 + 60_000);
    await t.dataSource
      .getRepository(SessionRecord)
      .update({ sid: row.sid }, { data: JSON.stringify(data) });
    assert.equal((await old.get('/mijn')).status, 303, 'session past its absolute lifetime ended');
  });

  it('logs a deactivated user out everywhere and refuses their login', async () => {
    const admin = await createUser(t.dataSource, { role: 'admin' });
    const user = await createUser(t.dataSource, { name: 'Te Deactiveren' });
    const a = t.client();
    const u = t.client();
    const u2 = t.client();
    await signIn(a, admin.email);
    await signIn(u, user.email);
    await signIn(u2, user.email);
    await a.get(`/beheer/gebruikers/${user.id}`);
    const done = await a.post(`/beheer/gebruikers/${user.id}/deactiveren`, {}, { follow: true });
    assert.match(textOf(done.$, '.jep-flash'), /gedeactiveerd/);
    assert.equal((await u.get('/mijn')).status, 303);
    assert.equal((await u2.get('/mijn')).status, 303);
    const again = await t
      .client()
      .submit('/inloggen', { email: user.email, password: TEST_PASSWORD }, false);
    assert.equal(again.status, 422);
    const audit = await a.get('/beheer/audit?actie=user.deactivated');
    assert.match(
      textOf(audit.$, 'tbody'),
      new RegExp(`${admin.email}.*user.deactivated.*user:${user.id}`),
    );
  });

  it('refuses bad input with the form and a message, never a 500, never stored markup unescaped', async () => {
    const c = t.client();
    const long = await c.submit(
      '/registreren',
      { ...VALID_REGISTRATION, name: 'x'.repeat(10_000) },
      false,
    );
    assert.equal(long.status, 422);
    assert.match(textOf(long.$, '#field-name-error'), /hooguit 200 tekens/);

    const array = await c.submit(
      '/registreren',
      { ...VALID_REGISTRATION, email: ['a@example.nl', 'b@example.nl'] },
      false,
    );
    assert.equal(array.status, 422);

    const empty = await c.submit('/registreren', {}, false);
    assert.equal(empty.status, 422);
    assert.ok(empty.$('.jep-error-summary li').length >= 5);

    const wrongType = await c.submit(
      '/registreren',
      { ...VALID_REGISTRATION, sector: 'astronaut' },
      false,
    );
    assert.equal(wrongType.status, 422);
    assert.match(textOf(wrongType.$, '#field-sector-error'), /Kies een van de mogelijkheden/);

    // unknown fields are ignored: nobody makes themselves admin by adding role=admin
    const payload = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const created = await c.submit(
      '/registreren',
      { ...VALID_REGISTRATION, name: payload, role: 'admin', emailVerifiedAt: '2020-01-01' },
      false,
    );
    assert.equal(created.status, 303);
    const stored = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'veilig@example.nl' });
    assert.equal(stored.role, 'professional');
    assert.equal(stored.emailVerifiedAt, null);
    assert.equal(stored.name, payload);

    const admin = await createUser(t.dataSource, { role: 'admin' });
    const a = t.client();
    await signIn(a, admin.email);
    const list = await a.get('/beheer/gebruikers?q=veilig');
    assert.ok(!list.text.includes('<script>alert("x")</script>'));
    assert.ok(list.text.includes('&lt;script&gt;'));
    assert.equal(list.$('img[onerror]').length, 0);

    // a tampered id: unknown or not a number is 404, never a 500
    await a.get(`/beheer/gebruikers/${stored.id}`);
    assert.equal((await a.post('/beheer/gebruikers/999999/rol', { role: 'admin' })).status, 404);
    assert.equal(
      (await a.post('/beheer/gebruikers/1%20OR%201=1/rol', { role: 'admin' })).status,
      404,
    );
    assert.equal((await a.get('/beheer/gebruikers/abc')).status, 404);
    const badRole = await a.post(`/beheer/gebruikers/${stored.id}/rol`, { role: 'superuser' });
    assert.equal(badRole.status, 422);
    assert.equal(
      (await t.dataSource.getRepository(User).findOneByOrFail({ id: stored.id })).role,
      'professional',
    );
  });

  it('answers unknown pages, oversized and malformed bodies with pages in the site layout', async () => {
    const c = t.client();
    const missing = await c.get('/bestaat/niet');
    assert.equal(missing.status, 404);
    assert.match(textOf(missing.$, 'h1'), /Pagina niet gevonden/);
    assert.ok(missing.$('a.jep-logo').length === 1);

    await c.get('/registreren');
    const big = await c.post('/registreren', { name: 'x'.repeat(100_000) });
    assert.equal(big.status, 413);
    assert.match(textOf(big.$, 'h1'), /Te veel gegevens/);
    assert.doesNotMatch(big.text, /at .+:\d+:\d+/, 'no stack trace');

    const malformed = await c.agent
      .post('/inloggen')
      .set('Accept', 'text/html')
      .type('json')
      .send('{"email": ');
    assert.equal(malformed.status, 400);
    assert.match(malformed.text, /Dit verzoek kunnen we niet verwerken/);
    assert.doesNotMatch(malformed.text, /SyntaxError|at .+:\d+:\d+/);
  });

  it('does not let a return path send users to another site after login', async () => {
    const user = await createUser(t.dataSource);
    const c = t.client();
    await c.get('/inloggen?terug=https://evil.example/phish');
    const login = await c.post('/inloggen?terug=https://evil.example/phish', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    assert.equal(login.location, '/mijn');
    const c2 = t.client();
    await c2.get('/inloggen?terug=/mijn/profiel');
    assert.equal(
      (
        await c2.post('/inloggen?terug=%2Fmijn%2Fprofiel', {
          email: user.email,
          password: TEST_PASSWORD,
        })
      ).location,
      '/mijn/profiel',
    );
  });
});

describe('login throttling per address', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('locks out an address that tries many accounts, with a clear message', async () => {
    const user = await createUser(t.dataSource);
    const c = t.client();
    for (let i = 0; i < 20; i++) {
      const page = await c.submit(
        '/inloggen',
        { email: `poging${i}@example.nl`, password: 'raden raden raden' },
        false,
      );
      assert.equal(page.status, 422);
    }
    const blocked = await c.submit(
      '/inloggen',
      { email: user.email, password: TEST_PASSWORD },
      false,
    );
    assert.equal(blocked.status, 422);
    assert.match(textOf(blocked.$, '.jep-error-summary'), /Te veel mislukte pogingen/);
  });
});
