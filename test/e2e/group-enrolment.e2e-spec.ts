import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AccountToken } from '../../src/accounts/account-token.entity';
import { User } from '../../src/accounts/user.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { createEdition } from '../utils/enrolment-fixtures';
import { createUser, signIn } from '../utils/factories';
import { linkIn } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

const INVITEE_PASSWORD = 'fietsen langs de vecht in de lente';

let unique = 0;
/** An address nobody has used in this suite, spelled as people paste it. */
function freshAddress(name: string): string {
  unique += 1;
  return `${name}.${unique}.${Date.now()}@jongerenwerk.example.nl`;
}

/** address → outcome text, from the result table. */
function resultTable(page: Page): Map<string, { outcome: string; text: string }> {
  const rows = new Map<string, { outcome: string; text: string }>();
  page.$('table.jep-group-result tbody tr').each((_, tr) => {
    const row = page.$(tr);
    rows.set(row.find('th').text().trim(), {
      outcome: row.attr('data-outcome') ?? '',
      text: row.find('td').text().replace(/\s+/g, ' ').trim(),
    });
  });
  return rows;
}

function summary(page: Page): Record<string, number> {
  const counts: Record<string, number> = {};
  page.$('.jep-group-summary dd').each((_, dd) => {
    counts[page.$(dd).attr('data-count') ?? ''] = Number(page.$(dd).text().trim());
  });
  return counts;
}

describe('group enrolment and invitations', () => {
  let t: TestApp;
  let staffClient: WebClient;
  let staff: User;

  before(async () => {
    t = await createTestApp({ smtp: true });
    staff = await createUser(t.dataSource, {
      role: 'staff',
      name: 'Sanne Medewerker',
      organisation: 'Platform JEP',
      sector: 'anders',
      municipalityCode: 'GM0363',
    });
    staffClient = t.client();
    await signIn(staffClient, staff.email);
  });
  after(() => t.close());

  async function enrolGroup(client: WebClient, editionId: number, emails: string) {
    return client.submit(`/uitvoeringen/${editionId}/groep`, { emails }, false);
  }

  async function enrolmentOf(editionId: number, email: string) {
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ email });
    return t.dataSource.getRepository(Enrolment).findOneByOrFail({ editionId, userId: user.id });
  }

  it('staff enrol an existing user, a new address and a typo at once; the invitee completes the account', async () => {
    const { edition, offering } = await createEdition(t.dataSource, {
      capacity: 10,
      requiresApproval: true,
    });
    const existing = await createUser(t.dataSource, { name: 'Karim El Amrani' });
    const newcomer = freshAddress('noor.visser');

    const form = await staffClient.get(`/uitvoeringen/${edition.id}/groep`);
    assert.equal(form.status, 200);
    assert.match(textOf(form.$, 'h1'), new RegExp(`${offering.title}, ${edition.title}`));
    assert.match(textOf(form.$, '.jep-group-places'), /Nog 10 plaatsen/);
    assert.match(textOf(form.$, '.jep-group-explanation'), /aanmeldperiode en de goedkeuring/);
    assert.equal(form.$('label[for="field-emails"]').text().trim(), 'E-mailadressen');

    // one per line, commas, a stray capital: as pasted from an address book
    const page = await staffClient.post(`/uitvoeringen/${edition.id}/groep`, {
      emails: `${existing.email.toUpperCase()}\n${newcomer}, geen-adres@\n`,
    });
    assert.equal(page.status, 200);
    const rows = resultTable(page);
    assert.deepEqual([...rows.keys()], [existing.email, newcomer, 'geen-adres@']);
    assert.equal(rows.get(existing.email)?.outcome, 'confirmed');
    assert.equal(rows.get(existing.email)?.text, 'Aangemeld');
    assert.equal(rows.get(newcomer)?.outcome, 'invited');
    assert.equal(rows.get(newcomer)?.text, 'Nieuw account, uitgenodigd; aangemeld');
    assert.equal(rows.get('geen-adres@')?.outcome, 'invalid');
    assert.match(rows.get('geen-adres@')?.text ?? '', /geen geldig e-mailadres/);
    assert.deepEqual(summary(page), { placed: 2, waitlisted: 0, invited: 1, notEnrolled: 1 });
    assert.equal(
      page.$(`a[href="/beheer/uitvoeringen/${edition.id}/aanmeldingen"]`).length,
      1,
      'staff get the link to the enrolments',
    );
    assert.equal(page.$(`a[href="/uitvoeringen/${edition.id}"]`).length, 1);

    // staff skip approval even though the offering asks for it
    const existingEnrolment = await enrolmentOf(edition.id, existing.email);
    assert.equal(existingEnrolment.status, 'confirmed');
    assert.equal(existingEnrolment.enrolledBy, staff.id);

    await t.deliverMail();
    const [forExisting] = t.smtp!.to(existing.email);
    assert.match(forExisting.subject, new RegExp(`U bent aangemeld: ${offering.title}`));
    const ics = forExisting.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    assert.ok(ics, 'the "enrolled for you" mail carries an iCalendar part');
    assert.match(ics.content, /METHOD:REQUEST/);
    assert.equal((ics.content.match(/BEGIN:VEVENT/g) ?? []).length, 2);

    const invitation = t.smtp!.to(newcomer).find((m) => /heeft u aangemeld voor/.test(m.subject));
    assert.ok(invitation, 'the new address gets the invitation');
    assert.equal(invitation.subject, `Sanne Medewerker heeft u aangemeld voor ${offering.title}`);
    const link = linkIn(invitation, 'http://jep.test/uitnodiging/').replace('http://jep.test', '');

    // nobody can sign in to the prepared account yet
    const early = await t.client().submit('/inloggen', {
      email: newcomer,
      password: INVITEE_PASSWORD,
    });
    assert.equal(early.status, 422);

    const invitee = t.client();
    const completeForm = await invitee.get(link);
    assert.equal(completeForm.status, 200);
    assert.match(textOf(completeForm.$, 'main'), new RegExp(newcomer.replace(/\./g, '\\.')));
    assert.equal(completeForm.$('#field-name').val(), newcomer.split('@')[0]);
    assert.equal(completeForm.$('#field-organisation').val(), 'Platform JEP');
    assert.equal(completeForm.$('#field-sector option[selected]').val(), 'anders');
    assert.equal(completeForm.$('#field-municipalityCode option[selected]').val(), 'GM0363');
    assert.equal(completeForm.$('#field-password').val(), undefined);

    // the password policy of registration applies, and the typed values stay
    const weak = await invitee.post(link, {
      name: 'Noor Visser',
      password: 'wachtwoord',
      passwordConfirm: 'wachtwoord',
      organisation: 'Jongerenwerk Utrecht',
      jobTitle: 'Jongerenwerker',
      sector: 'jongerenwerk',
      municipalityCode: 'GM0344',
    });
    assert.equal(weak.status, 422);
    assert.match(textOf(weak.$, '#field-password-error'), /wordt veel gebruikt/);
    assert.match(textOf(weak.$, '.jep-error-summary'), /Nieuw wachtwoord:/);
    assert.equal(weak.$('#field-name').val(), 'Noor Visser');
    assert.equal(weak.$('#field-password').val(), undefined, 'never a password back');

    const done = await invitee.post(link, {
      name: 'Noor Visser',
      password: INVITEE_PASSWORD,
      passwordConfirm: INVITEE_PASSWORD,
      organisation: 'Jongerenwerk Utrecht',
      jobTitle: 'Jongerenwerker',
      sector: 'jongerenwerk',
      municipalityCode: 'GM0344',
      skjNumber: '',
    });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/inloggen?terug=/mijn');
    const login = await invitee.get(done.location, true);
    assert.match(textOf(login.$, '.jep-flash'), /Uw account is klaar/);

    const stored = await t.dataSource.getRepository(User).findOneByOrFail({ email: newcomer });
    assert.equal(stored.name, 'Noor Visser');
    assert.equal(stored.organisation, 'Jongerenwerk Utrecht');
    assert.equal(stored.jobTitle, 'Jongerenwerker');
    assert.equal(stored.municipalityCode, 'GM0344');
    assert.ok(stored.emailVerifiedAt, 'completing the invitation verifies the address');
    assert.notEqual(stored.passwordHash, '');

    const signedIn = await invitee.post('/inloggen?terug=/mijn', {
      email: newcomer,
      password: INVITEE_PASSWORD,
    });
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.location, '/mijn');
    const enrolment = await enrolmentOf(edition.id, newcomer);
    const mine = await invitee.get(`/mijn/aanmeldingen/${enrolment.id}`);
    assert.equal(mine.status, 200);
    assert.match(textOf(mine.$, '.jep-enrol-status'), /Aangemeld/);
    assert.match(textOf(mine.$, 'h1'), new RegExp(offering.title));

    // the link has done its work
    const again = await t.client().get(link);
    assert.equal(again.status, 404);
    assert.match(textOf(again.$, 'h1'), /werkt niet/);
    assert.equal(again.$('main a[href="/wachtwoord-vergeten"]').length, 1);
    const replay = await t.client().submit(
      link,
      {
        name: 'Iemand Anders',
        password: 'een heel ander lang wachtwoord',
        passwordConfirm: 'een heel ander lang wachtwoord',
        organisation: 'X',
        jobTitle: 'Y',
        sector: 'anders',
        municipalityCode: 'GM0344',
      },
      false,
      '/wachtwoord-vergeten',
    );
    assert.equal(replay.status, 404);
    const unchanged = await t.dataSource.getRepository(User).findOneByOrFail({ email: newcomer });
    assert.equal(unchanged.name, 'Noor Visser');
    assert.equal(unchanged.passwordHash, stored.passwordHash);
  });

  it('a partner enrols colleagues of its own organisation only', async () => {
    const { edition } = await createEdition(t.dataSource, { capacity: 10, requiresApproval: true });
    const partner = await createUser(t.dataSource, {
      role: 'partner',
      name: 'Petra Partner',
      organisation: 'Jongerenwerk Utrecht',
    });
    const colleague = await createUser(t.dataSource, { organisation: 'jongerenwerk utrecht ' });
    const outsider = await createUser(t.dataSource, { organisation: 'Gemeente Zwolle' });
    const newcomer = freshAddress('sam.devries');
    const client = t.client();
    await signIn(client, partner.email);

    const form = await client.get(`/uitvoeringen/${edition.id}/groep`);
    assert.equal(form.status, 200);
    assert.match(
      textOf(form.$, '.jep-group-explanation'),
      /alleen collega’s van uw eigen organisatie aanmelden: Jongerenwerk Utrecht/,
    );
    assert.equal(form.$('main a[href*="/beheer/"]').length, 0);

    const page = await client.post(`/uitvoeringen/${edition.id}/groep`, {
      emails: [colleague.email, outsider.email, newcomer].join('; '),
    });
    assert.equal(page.status, 200);
    const rows = resultTable(page);
    // partners follow the normal rules: this offering asks for approval
    assert.equal(rows.get(colleague.email)?.outcome, 'pending');
    assert.match(rows.get(colleague.email)?.text ?? '', /wacht op goedkeuring/);
    assert.equal(rows.get(outsider.email)?.outcome, 'otherOrganisation');
    assert.match(
      rows.get(outsider.email)?.text ?? '',
      /andere organisatie dan Jongerenwerk Utrecht/,
    );
    assert.equal(rows.get(newcomer)?.outcome, 'invited');
    assert.equal(page.$('main a[href*="/beheer/"]').length, 0, 'no staff link for partners');

    assert.equal((await enrolmentOf(edition.id, colleague.email)).status, 'pending');
    const none = await t.dataSource
      .getRepository(Enrolment)
      .findOneBy({ editionId: edition.id, userId: outsider.id });
    assert.equal(none, null, 'nobody of another organisation is enrolled');
    const invited = await t.dataSource.getRepository(User).findOneByOrFail({ email: newcomer });
    assert.equal(invited.organisation, 'Jongerenwerk Utrecht', "the inviter's organisation");
    assert.equal(invited.emailVerifiedAt, null);
  });

  it('a partner cannot enrol outside the registration window', async () => {
    const { edition } = await createEdition(t.dataSource, {
      registrationOpensAt: new Date(Date.now() + 5 * 86_400_000),
    });
    const partner = await createUser(t.dataSource, { role: 'partner' });
    const colleague = await createUser(t.dataSource);
    const client = t.client();
    await signIn(client, partner.email);
    const form = await client.get(`/uitvoeringen/${edition.id}/groep`);
    assert.equal(form.status, 200);
    assert.match(textOf(form.$, '.jep-group-closed'), /kan nu niet \(Aanmelden opent op/);
    assert.equal(form.$('textarea[name="emails"]').length, 0);
    // a form kept open from before: the message comes back at the address list
    const page = await client.post(`/uitvoeringen/${edition.id}/groep`, {
      emails: colleague.email,
    });
    assert.equal(page.status, 422);
    assert.match(textOf(page.$, '#field-emails-error'), /kan nog niet/);
    assert.equal(page.$('#field-emails').text(), colleague.email);
    const none = await t.dataSource
      .getRepository(Enrolment)
      .findOneBy({ editionId: edition.id, userId: colleague.id });
    assert.equal(none, null);
    // staff may enrol before the window opens
    const staffPage = await enrolGroup(staffClient, edition.id, colleague.email);
    assert.equal(staffPage.status, 200);
    assert.equal(resultTable(staffPage).get(colleague.email)?.outcome, 'confirmed');
  });

  it('refuses professionals and visitors, and hides unpublished editions', async () => {
    const { edition } = await createEdition(t.dataSource);
    const professional = await createUser(t.dataSource);
    const client = t.client();
    await signIn(client, professional.email);
    const refused = await client.get(`/uitvoeringen/${edition.id}/groep`);
    assert.equal(refused.status, 403);
    await client.get('/mijn');
    const post = await client.post(`/uitvoeringen/${edition.id}/groep`, {
      emails: professional.email,
    });
    assert.equal(post.status, 403);
    assert.equal(await t.dataSource.getRepository(Enrolment).countBy({ editionId: edition.id }), 0);

    const visitor = await t.client().get(`/uitvoeringen/${edition.id}/groep`);
    assert.equal(visitor.status, 303);
    assert.match(visitor.location ?? '', /^\/inloggen\?terug=/);

    const { edition: draft } = await createEdition(t.dataSource, { status: 'draft' });
    assert.equal((await staffClient.get(`/uitvoeringen/${draft.id}/groep`)).status, 404);
    const { edition: finished } = await createEdition(t.dataSource, { status: 'completed' });
    assert.equal((await staffClient.get(`/uitvoeringen/${finished.id}/groep`)).status, 404);
    assert.equal((await staffClient.get('/uitvoeringen/999999/groep')).status, 404);
  });

  it('refuses more than 50 addresses, and an empty list, with the message at the field', async () => {
    const { edition } = await createEdition(t.dataSource);
    const many = Array.from({ length: 51 }, (_, i) => `collega${i}@example.nl`).join('\n');
    const page = await enrolGroup(staffClient, edition.id, many);
    assert.equal(page.status, 422);
    assert.match(textOf(page.$, '#field-emails-error'), /hoogstens 50 mensen/);
    assert.match(textOf(page.$, '.jep-error-summary'), /E-mailadressen: Meld in één keer/);
    assert.equal(page.$('#field-emails').attr('aria-invalid'), 'true');
    assert.equal(page.$('#field-emails').text(), many, 'the typed text is kept');
    assert.equal(await t.dataSource.getRepository(Enrolment).countBy({ editionId: edition.id }), 0);
    assert.equal(
      await t.dataSource.getRepository(User).countBy({ email: 'collega0@example.nl' }),
      0,
    );

    const empty = await enrolGroup(staffClient, edition.id, ' ,\n ');
    assert.equal(empty.status, 422);
    assert.match(textOf(empty.$, '#field-emails-error'), /ten minste één e-mailadres/);
  });

  it('puts the rest on the waiting list in the order of the addresses when the edition is full', async () => {
    const { edition } = await createEdition(t.dataSource, { capacity: 2 });
    // names chosen so that neither alphabetical nor creation order is the order given
    const people = [];
    for (const name of ['d', 'b', 'e', 'a', 'c'])
      people.push(
        await createUser(t.dataSource, { email: `${name}-${Date.now()}@vol.example.nl` }),
      );
    const given = [people[3], people[0], people[4], people[1], people[2]].map((p) => p.email);
    const page = await enrolGroup(staffClient, edition.id, given.join('\n'));
    assert.equal(page.status, 200);
    const rows = resultTable(page);
    assert.deepEqual([...rows.keys()], given);
    assert.deepEqual(
      given.map((email) => rows.get(email)?.text),
      [
        'Aangemeld',
        'Aangemeld',
        'Op de wachtlijst, plaats 1',
        'Op de wachtlijst, plaats 2',
        'Op de wachtlijst, plaats 3',
      ],
    );
    assert.deepEqual(summary(page), { placed: 2, waitlisted: 3, invited: 0, notEnrolled: 0 });
    const stored = await t.dataSource.getRepository(Edition).findOneByOrFail({ id: edition.id });
    assert.equal(stored.seatsTaken, 2);
    const waitlist = await t.dataSource.getRepository(Enrolment).find({
      where: { editionId: edition.id, status: 'waitlisted' },
      order: { waitlistSeq: 'ASC' },
    });
    assert.deepEqual(
      waitlist.map((e) => e.userId),
      [people[4].id, people[1].id, people[2].id],
    );

    // the same list again: nobody twice
    const again = await enrolGroup(staffClient, edition.id, given.join('\n'));
    assert.deepEqual(
      [...resultTable(again).values()].map((r) => r.outcome),
      ['already', 'already', 'already', 'already', 'already'],
    );
  });

  it('answers an expired invitation with 410 and an unknown one with 404', async () => {
    const { edition } = await createEdition(t.dataSource);
    const address = freshAddress('verlopen');
    await enrolGroup(staffClient, edition.id, address);
    await t.deliverMail();
    const mail = t.smtp!.to(address).find((m) => /heeft u aangemeld voor/.test(m.subject))!;
    const link = linkIn(mail, 'http://jep.test/uitnodiging/').replace('http://jep.test', '');
    const user = await t.dataSource.getRepository(User).findOneByOrFail({ email: address });
    await t.dataSource
      .getRepository(AccountToken)
      .update(
        { userId: user.id, purpose: 'invitation' },
        { expiresAt: new Date(Date.now() - 1000) },
      );

    const expired = await t.client().get(link);
    assert.equal(expired.status, 410);
    assert.match(textOf(expired.$, 'h1'), /verlopen/);
    assert.equal(expired.$('main a[href="/wachtwoord-vergeten"]').length, 1);

    const unknown = await t.client().get(`/uitnodiging/${'x'.repeat(43)}`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.$('main a[href="/wachtwoord-vergeten"]').length, 1);
    assert.equal((await t.client().get('/uitnodiging/kort')).status, 404);
  });

  it('shows the invitation to someone signed in, and signs them out on completing it', async () => {
    const { edition } = await createEdition(t.dataSource);
    const address = freshAddress('gedeelde.computer');
    await enrolGroup(staffClient, edition.id, address);
    await t.deliverMail();
    const mail = t.smtp!.to(address).find((m) => /heeft u aangemeld voor/.test(m.subject))!;
    const link = linkIn(mail, 'http://jep.test/uitnodiging/').replace('http://jep.test', '');

    const other = await createUser(t.dataSource, { name: 'Iemand Anders' });
    const client = t.client();
    await signIn(client, other.email);
    const form = await client.get(link);
    assert.equal(form.status, 200);
    assert.match(textOf(form.$, '.jep-invitation-signed-in'), /ingelogd als Iemand Anders/);
    const done = await client.post(link, {
      name: 'Gedeelde Computer',
      password: INVITEE_PASSWORD,
      passwordConfirm: INVITEE_PASSWORD,
      organisation: 'Jongerenwerk Utrecht',
      jobTitle: 'Jongerenwerker',
      sector: 'jongerenwerk',
      municipalityCode: 'GM0344',
    });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/inloggen?terug=/mijn');
    const login = await client.get(done.location, true);
    assert.equal(login.status, 200, 'signed out, so the login page shows');
    assert.match(textOf(login.$, '.jep-flash'), /Uw account is klaar/);
    const signedIn = await client.post('/inloggen?terug=/mijn', {
      email: address,
      password: INVITEE_PASSWORD,
    });
    assert.equal(signedIn.location, '/mijn');
  });
});
