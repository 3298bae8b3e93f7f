/**
 * Real paths for the routes with parameters, on demo data plus a few objects owned by the test
 * users: copied from test/e2e/security.e2e-spec.ts (the route walk), shared by the
 * authorisation matrix and the bad-input run, and extended with the POST routes.
 */
import type { Role } from '../../src/common/access/role';
import { User } from '../../src/accounts/user.entity';
import { Offering } from '../../src/catalogue/offering.entity';
import { newCertificateCode } from '../../src/certificates/certificate-code';
import { Certificate } from '../../src/certificates/certificate.entity';
import { SigningKeys } from '../../src/certificates/signing-keys';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
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
import { createAdviceRequest } from './advice-fixtures';
import { EvaluationInvitation } from '../../src/evaluations/evaluation-invitation.entity';
import { QuestionnaireSection } from '../../src/evaluations/questionnaire-section.entity';
import { createQuestionnaire } from './evaluation-fixtures';
import { createTrajectory } from './trajectory-fixtures';
import { createListing, listingContent } from './network-fixtures';
import type { TestApp } from './test-app';
import type { RouteInfo } from './routes';

/**
 * A sample path; `ownedBy`: an object of that role's user, so every other signed-in user gets 404
 * — except staff and admins when `staffToo` (a JOS trajectory: its members, its coach and staff).
 */
export type Sample = string | { path: string; ownedBy: Role; staffToo?: boolean };

export async function samplePaths(
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
    '/beheer/gebruikers/:id/privacy': `/beheer/gebruikers/${userId}/privacy`,
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

/** A route with a real path to request, and whose object it names (if anyone's). */
export interface SampledRoute {
  route: RouteInfo;
  path: string;
  ownedBy: Role | null;
  staffToo: boolean;
}

/** An id that names nothing: a route whose object we have no sample of still answers (404). */
export const UNKNOWN_ID = '999999';

/**
 * The path to request for `route`: its sample when it has one; otherwise (a POST sub-route) each
 * parameter takes the value the GET samples give the same parameter after the same path, then
 * `extras` (keyed `segment/:param`, e.g. `trainers/:userId`), then UNKNOWN_ID. An object owned by
 * someone is inherited from the longest GET sample the path starts with.
 */
export function samplePath(
  route: RouteInfo,
  samples: Record<string, Sample>,
  extras: Record<string, string> = {},
): SampledRoute | null {
  const own = (s: Sample) =>
    typeof s === 'string'
      ? { ownedBy: null, staffToo: false }
      : { ownedBy: s.ownedBy, staffToo: !!s.staffToo };
  if (!route.path.includes(':')) return { route, path: route.path, ownedBy: null, staffToo: false };
  const segments = route.path.split('/');
  const override = extras[`${route.method} ${route.path}`];
  const direct = samples[route.path];
  if (direct !== undefined && !override)
    return { route, path: typeof direct === 'string' ? direct : direct.path, ...own(direct) };
  const templates = Object.entries(samples).map(([template, sample]) => ({
    segments: template.split('/'),
    sample,
    sampleSegments: (typeof sample === 'string' ? sample : sample.path).split('/'),
  }));
  const startsWith = (t: string[], n: number) =>
    t.length > n && segments.slice(0, n + 1).every((s, i) => t[i] === s);
  const resolved = segments.map((segment, i) => {
    if (!segment.startsWith(':')) return segment;
    const key = `${segments[i - 1]}/${segment}`;
    if (extras[key] !== undefined) return extras[key];
    const from = templates.find(
      (t) => startsWith(t.segments, i) && t.sampleSegments.length === t.segments.length,
    );
    return from ? from.sampleSegments[i] : UNKNOWN_ID;
  });
  let owner: { ownedBy: Role | null; staffToo: boolean } = { ownedBy: null, staffToo: false };
  let longest = 0;
  for (const t of templates) {
    const n = t.segments.length;
    if (n > longest && n <= segments.length && startsWith(t.segments, n - 1)) {
      longest = n;
      owner = own(t.sample);
    }
  }
  return { route, path: override ?? resolved.join('/'), ...owner };
}
