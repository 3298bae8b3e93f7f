import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { TrajectoryMember } from '../../src/trajectories/trajectory-member.entity';
import { TrajectoryOrganisation } from '../../src/trajectories/trajectory-organisation.entity';
import { TrajectoryPhaseChange } from '../../src/trajectories/trajectory-phase-change.entity';
import { Trajectory } from '../../src/trajectories/trajectory.entity';
import { createUser, signIn } from '../utils/factories';
import { createListing, listingContent } from '../utils/network-fixtures';
import { linkIn } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

/**
 * Applying for a JOS trajectory on /jos/aanvragen (signed in), and the staff queue at
 * /beheer/jos/aanvragen: take an application on with a coach (→ intake) or decline it.
 */
describe('JOS: apply, and staff take the application on or decline it', () => {
  let t: TestApp;
  let staff: User;
  let coach: User;
  let applicant: User;
  let known: User;
  let school: NetworkOrganisation;
  let a: WebClient;
  let s: WebClient;
  let trajectoryId = 0;

  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);
  const count = () => t.dataSource.getRepository(Trajectory).count();

  const form = () => ({
    municipality: 'GM0344',
    school1: String(school.id),
    youthWorkName1: 'Jongerenwerk Overvecht',
    contactName1: 'Noor Bakker',
    contactEmail1: 'noor.bakker@school.example.nl',
    contactSide1: 'school',
    contactRole1: 'Zorgcoördinator',
    contactName2: 'Sem de Vries',
    contactEmail2: known.email,
    contactSide2: 'youth_work',
    contactRole2: 'Jongerenwerker',
    question: 'Wij willen <script>alert(1)</script> samen eerder signaleren.\nTweede regel.',
    hopedStart: 'na de herfstvakantie',
  });

  before(async () => {
    t = await createTestApp({ smtp: true });
    staff = await createUser(t.dataSource, { role: 'staff', name: 'Sanne Staf' });
    coach = await createUser(t.dataSource, { role: 'staff', name: 'Cor Coach' });
    applicant = await createUser(t.dataSource, {
      name: 'Ayla Aanvrager',
      email: 'ayla@school.example.nl',
    });
    known = await createUser(t.dataSource, { name: 'Sem de Vries', email: 'sem@jw.example.nl' });
    school = await createListing(
      t.dataSource,
      listingContent({ name: 'Utrechts Stedelijk Gymnasium', type: 'onderwijs' }),
    );
    await createListing(t.dataSource, listingContent({ name: 'Politie Midden', type: 'politie' }));
    a = t.client();
    s = t.client();
    await signIn(s, staff.email);
  });
  after(() => t.close());

  it('explains JOS to a visitor, with a way to log in that comes back to the form', async () => {
    const page = await a.get('/jos');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, 'main'), /high contact – low pressure/);
    assert.match(textOf(page.$, 'main'), /Plan van aanpak/);
    const login = page.$('main a[href^="/inloggen?"]').attr('href');
    assert.equal(login, '/inloggen?terug=/jos/aanvragen');
    const form = await a.get('/jos/aanvragen');
    assert.equal(form.status, 303, 'the form needs a sign-in');
    await signIn(a, applicant.email);
    const signedIn = await a.get('/jos');
    assert.equal(signedIn.$('a[href="/jos/aanvragen"]').length, 1);
  });

  it('offers listed schools and youth work only, and says nothing about young people may be kept', async () => {
    const page = await a.get('/jos/aanvragen');
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-jos-privacy'), /niets over individuele jongeren/);
    const schools = page
      .$('#field-school1 option')
      .map((_, o) => page.$(o).text())
      .get();
    assert.ok(schools.some((s) => s.includes('Utrechts Stedelijk Gymnasium')));
    assert.ok(!schools.some((s) => s.includes('Politie Midden')), 'no police as a school');
    assert.equal(page.$('#field-contactEmail6').length, 1, 'six contact rows');
  });

  it('brings bad input back with messages at the fields, storing nothing', async () => {
    await a.get('/jos/aanvragen');
    const page = await a.post('/jos/aanvragen', {
      ...form(),
      municipality: 'GM9999',
      school1: '',
      youthWorkName1: '',
      contactEmail1: 'geen-adres',
      question: '',
    });
    assert.equal(page.status, 422);
    assert.match(error(page, 'municipality'), /Kies een gemeente uit de lijst/);
    assert.match(error(page, 'school1'), /minstens één school/);
    assert.match(error(page, 'youthWork1'), /minstens één jongerenwerkorganisatie/);
    assert.match(error(page, 'contactEmail1'), /e-mailadres/i);
    assert.match(error(page, 'question'), /Vul dit veld in/);
    assert.equal(page.$('#field-contactName1').val(), 'Noor Bakker', 'values kept');
    assert.equal(page.$('.jep-error-summary a').length, 5);
    const long = await a.post('/jos/aanvragen', { ...form(), question: 'x'.repeat(5001) });
    assert.equal(long.status, 422);
    assert.match(error(long, 'question'), /5000/);
    const repeated = await a.post('/jos/aanvragen', { ...form(), hopedStart: ['a', 'b'] });
    assert.equal(repeated.status, 422);
    assert.equal(await count(), 0);
  });

  it('stores the application, its members and first history row, and mails everyone', async () => {
    t.smtp!.messages.length = 0;
    await a.get('/jos/aanvragen');
    const done = await a.post('/jos/aanvragen', form());
    assert.equal(done.status, 303);
    assert.match(done.location!, /^\/jos\/trajecten\/\d+$/);
    trajectoryId = Number(done.location!.split('/').pop());
    const page = await a.get(done.location!);
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-flash, [role="status"]'), /aanvraag is ontvangen/);
    assert.match(
      textOf(page.$, 'h1'),
      /JOS Utrecht: Utrechts Stedelijk Gymnasium & Jongerenwerk Overvecht/,
    );
    assert.match(textOf(page.$, '.jep-jos-phase'), /Aanvraag/);
    // The question is shown as text: the markup is escaped, never run.
    assert.equal(page.$('main script').length, 0);
    assert.match(page.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(
      textOf(page.$, '.jep-jos-members'),
      /Noor Bakker.*Sem de Vries|Sem de Vries.*Noor Bakker/,
    );
    assert.match(textOf(page.$, '.jep-jos-history'), /Aanvraag ingediend/);
    assert.equal(page.$('form[action$="/fase"]').length, 0, 'no manager forms for the applicant');

    const orgs = await t.dataSource
      .getRepository(TrajectoryOrganisation)
      .find({ where: { trajectoryId }, order: { position: 'ASC' } });
    assert.deepEqual(
      orgs.map((o) => [o.kind, o.name, o.networkOrganisationId]),
      [
        ['school', 'Utrechts Stedelijk Gymnasium', school.id],
        ['youth_work', 'Jongerenwerk Overvecht', null],
      ],
    );
    const members = await t.dataSource
      .getRepository(TrajectoryMember)
      .find({ where: { trajectoryId }, relations: { user: true } });
    assert.equal(members.length, 3);
    const invited = members.find((m) => m.user!.email === 'noor.bakker@school.example.nl')!;
    assert.equal(invited.user!.passwordHash, '', 'an invited, password-less account');
    assert.equal(invited.user!.name, 'Noor Bakker');
    assert.equal(invited.roleDescription, 'Zorgcoördinator');
    assert.equal(
      await t.dataSource.getRepository(TrajectoryPhaseChange).countBy({ trajectoryId }),
      1,
    );
    assert.equal(
      await t.dataSource.getRepository(AuditEntry).countBy({ action: 'trajectory.apply' }),
      1,
    );

    await t.deliverMail();
    const invitation = t.smtp!.to('noor.bakker@school.example.nl');
    assert.equal(invitation.length, 1);
    assert.match(invitation[0].subject, /Uitnodiging voor het JOS-traject/);
    assert.match(invitation[0].text, /Ayla Aanvrager/);
    assert.match(invitation[0].text, /\/mijn/);
    const link = linkIn(invitation[0], 'http://jep.test/uitnodiging/');
    const completion = await t.client().get(link.replace('http://jep.test', ''));
    assert.equal(completion.status, 200, 'the invitation link opens the completion form');
    assert.match(t.smtp!.to(known.email)[0].subject, /toegevoegd aan het JOS-traject/);
    assert.match(
      t.smtp!.to(applicant.email)[0].subject,
      /aanvraag voor een JOS-traject is ontvangen/,
    );
  });

  it('lists the application for staff, oldest first, and not for others', async () => {
    const queue = await s.get('/beheer/jos/aanvragen');
    assert.equal(queue.status, 200);
    const row = textOf(queue.$, '.jep-jos-queue tbody tr');
    assert.match(row, /Utrecht/);
    assert.match(row, /Jongerenwerk Overvecht/);
    assert.match(row, /Ayla Aanvrager/);
    assert.match(row, /0 dagen/);
    assert.equal((await a.get('/beheer/jos/aanvragen')).status, 403);
    assert.equal((await a.get(`/beheer/jos/aanvragen/${trajectoryId}`)).status, 403);
    const one = await s.get(`/beheer/jos/aanvragen/${trajectoryId}`);
    assert.equal(one.status, 200);
    assert.match(textOf(one.$, '.jep-jos-question'), /<script>alert\(1\)<\/script>/);
    assert.equal(one.$('main script').length, 0);
  });

  it('takes the application on with a coach: intake, history, members told', async () => {
    t.smtp!.messages.length = 0;
    await s.get(`/beheer/jos/aanvragen/${trajectoryId}`);
    const bad = await s.post(`/beheer/jos/aanvragen/${trajectoryId}/aannemen`, {
      coachId: String(applicant.id),
    });
    assert.equal(bad.status, 422, 'a professional cannot coach');
    assert.match(error(bad, 'coachId'), /Kies een coach/);
    await s.get(`/beheer/jos/aanvragen/${trajectoryId}`);
    const done = await s.post(`/beheer/jos/aanvragen/${trajectoryId}/aannemen`, {
      coachId: String(coach.id),
    });
    assert.equal(done.status, 303);
    const trajectory = await t.dataSource
      .getRepository(Trajectory)
      .findOneOrFail({ where: { id: trajectoryId }, relations: { phase: true } });
    assert.equal(trajectory.phase!.key, 'intake');
    assert.equal(trajectory.coachId, coach.id);
    const page = await a.get(`/jos/trajecten/${trajectoryId}`);
    assert.match(textOf(page.$, '.jep-jos-coach'), /Cor Coach/);
    assert.match(textOf(page.$, '.jep-jos-history'), /Van Aanvraag naar Intake door Sanne Staf/);
    assert.equal(textOf(page.$, '.jep-jos-progress__step--done'), 'Aanvraag (afgerond)');
    assert.match(textOf(page.$, '[aria-current="step"]'), /Intake \(huidige fase\)/);
    await t.deliverMail();
    const mail = t.smtp!.to(applicant.email).find((m) => /gaat van start/.test(m.subject));
    assert.ok(mail, 'the applicant is told');
    assert.match(mail.text, /Cor Coach/);
    assert.equal(t.smtp!.to(known.email).length, 1, 'every member is told');
    const queue = await s.get('/beheer/jos/aanvragen');
    assert.match(textOf(queue.$, 'main'), /Er wachten geen aanvragen/);
    await s.get(`/beheer/jos/aanvragen/${trajectoryId}`);
    const twice = await s.post(`/beheer/jos/aanvragen/${trajectoryId}/aannemen`, {
      coachId: String(coach.id),
    });
    assert.equal(twice.status, 422, 'taken on once');
  });

  it('declines another application with a reason; the applicant reads it', async () => {
    t.smtp!.messages.length = 0;
    await a.get('/jos/aanvragen');
    const done = await a.post('/jos/aanvragen', {
      ...form(),
      contactName1: '',
      contactEmail1: '',
      contactRole1: '',
      contactName2: '',
      contactEmail2: '',
      contactRole2: '',
    });
    const id = Number(done.location!.split('/').pop());
    await s.get(`/beheer/jos/aanvragen/${id}`);
    const empty = await s.post(`/beheer/jos/aanvragen/${id}/afwijzen`, { reason: '' });
    assert.equal(empty.status, 422);
    const declined = await s.post(`/beheer/jos/aanvragen/${id}/afwijzen`, {
      reason: 'Deze gemeente heeft al een traject.',
    });
    assert.equal(declined.status, 303);
    const trajectory = await t.dataSource.getRepository(Trajectory).findOneByOrFail({ id });
    assert.equal(trajectory.status, 'declined');
    assert.ok(trajectory.closedAt);
    await t.deliverMail();
    const mail = t
      .smtp!.to(applicant.email)
      .find((m) => /Uw aanvraag voor een JOS-traject$/.test(m.subject));
    assert.ok(mail);
    assert.match(mail.text, /Deze gemeente heeft al een traject\./);
    const page = await a.get(`/jos/trajecten/${id}`);
    assert.match(textOf(page.$, '.jep-jos-status'), /Aanvraag afgewezen/);
    assert.match(textOf(page.$, '.jep-jos-history'), /Aanvraag afgewezen/);
  });

  it('limits applications to five a day per user', async () => {
    // Two were made above; three more pass, the sixth is refused.
    for (let i = 0; i < 3; i++) {
      await a.get('/jos/aanvragen');
      assert.equal((await a.post('/jos/aanvragen', form())).status, 303);
    }
    const before = await count();
    await a.get('/jos/aanvragen');
    const refused = await a.post('/jos/aanvragen', form());
    assert.equal(refused.status, 429);
    assert.match(textOf(refused.$, 'main'), /al veel aanvragen/);
    assert.equal(await count(), before);
  });
});
