import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { EnrolmentService } from '../../src/enrolments/enrolment.service';
import { Edition } from '../../src/scheduling/edition.entity';
import { createEdition } from '../utils/enrolment-fixtures';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

async function professional(t: TestApp, overrides = {}) {
  const user = await createUser(t.dataSource, overrides);
  const client = t.client();
  await signIn(client, user.email);
  return { user, client };
}

async function enrolThroughPage(client: WebClient, editionId: number) {
  await client.get(`/uitvoeringen/${editionId}`);
  return client.post(`/uitvoeringen/${editionId}/aanmelden`, {}, { follow: true });
}

describe('enrolment', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ smtp: true });
  });
  after(() => t.close());

  it('sends an anonymous visitor to log in and back to the same edition', async () => {
    const { edition } = await createEdition(t.dataSource);
    const client = t.client();
    const page = await client.get(`/uitvoeringen/${edition.id}`);
    const login = page.$('.jep-enrol a').first().attr('href');
    assert.equal(login, `/inloggen?terug=${encodeURIComponent(`/uitvoeringen/${edition.id}`)}`);
    const user = await createUser(t.dataSource);
    await client.get(login);
    const signedIn = await client.post(login, {
      email: user.email,
      password: 'een lange zin als wachtwoord',
    });
    assert.equal(signedIn.location, `/uitvoeringen/${edition.id}`);
  });

  it('confirms at once, with an e-mail carrying the calendar invitation', async () => {
    const { edition } = await createEdition(t.dataSource, { capacity: 2 });
    const { user, client } = await professional(t);
    const page = await enrolThroughPage(client, edition.id);
    assert.match(textOf(page.$, '.jep-flash'), /U bent aangemeld/);
    assert.match(textOf(page.$, '.jep-enrol-status'), /Aangemeld/);
    await t.deliverMail();
    const [mail] = t.smtp!.to(user.email);
    assert.match(mail.subject, /Aangemeld: Omgaan met Extreme Idealen/);
    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    assert.ok(ics, 'an iCalendar part');
    assert.match(ics.content, /METHOD:REQUEST/);
    assert.equal((ics.content.match(/BEGIN:VEVENT/g) ?? []).length, 2);
    const again = await client.post(`/uitvoeringen/${edition.id}/aanmelden`, {});
    assert.equal(again.status, 422);
    assert.match(textOf(again.$, '.jep-error-summary'), /al aangemeld/);
    const seats = await t.dataSource.getRepository(Edition).findOneByOrFail({ id: edition.id });
    assert.equal(seats.seatsTaken, 1);
  });

  it('puts the next on the waiting list with a position, and promotes them when a place frees up', async () => {
    const { edition } = await createEdition(t.dataSource, { capacity: 1 });
    const first = await professional(t);
    const second = await professional(t);
    await enrolThroughPage(first.client, edition.id);
    const page = await enrolThroughPage(second.client, edition.id);
    assert.match(textOf(page.$, '.jep-flash'), /wachtlijst, op plaats 1/);
    const mine = await t.dataSource
      .getRepository(Enrolment)
      .findOneByOrFail({ editionId: edition.id, userId: first.user.id });
    await first.client.get(`/mijn/aanmeldingen/${mine.id}`);
    const cancelled = await first.client.post(
      `/mijn/aanmeldingen/${mine.id}/annuleren`,
      {},
      { follow: true },
    );
    assert.match(textOf(cancelled.$, '.jep-flash'), /geannuleerd/);
    const promoted = await t.dataSource
      .getRepository(Enrolment)
      .findOneByOrFail({ editionId: edition.id, userId: second.user.id });
    assert.equal(promoted.status, 'confirmed');
    await t.deliverMail();
    const mails = t.smtp!.to(second.user.email).map((m) => m.subject);
    assert.deepEqual(mails, [
      `Op de wachtlijst: ${(await t.dataSource.getRepository(Edition).findOneOrFail({ where: { id: edition.id }, relations: { offering: true } })).offering!.title}`,
      mails[1],
    ]);
    assert.match(mails[1], /U hebt een plaats/);
    const cancelMail = t.smtp!.to(first.user.email).find((m) => /Geannuleerd/.test(m.subject));
    assert.match(cancelMail!.attachments[0].content, /METHOD:CANCEL/);
  });
});

describe('enrolment: the rules a participant meets', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ smtp: true });
  });
  after(() => t.close());

  const enrolmentOf = (editionId: number, userId: number) =>
    t.dataSource.getRepository(Enrolment).findOneByOrFail({ editionId, userId });

  it('refuses closed, not yet open, cancelled and unpublished editions, and changes nothing', async () => {
    const day = 86_400_000;
    const closed = await createEdition(t.dataSource, {
      registrationOpensAt: new Date(Date.now() - 10 * day),
      registrationClosesAt: new Date(Date.now() - day),
    });
    const notYet = await createEdition(t.dataSource, {
      registrationOpensAt: new Date(Date.now() + day),
    });
    const cancelled = await createEdition(t.dataSource, { status: 'cancelled' });
    const draft = await createEdition(t.dataSource, { status: 'draft' });
    const { user, client } = await professional(t);
    const closedPage = await client.get(`/uitvoeringen/${closed.edition.id}`);
    assert.match(textOf(closedPage.$, '.jep-enrol'), /Aanmelden is gesloten/);
    assert.equal(closedPage.$('.jep-enrol form').length, 0, 'no enrol button');
    const tries: [number, RegExp][] = [
      [closed.edition.id, /gesloten/],
      [notYet.edition.id, /nog niet/],
    ];
    for (const [id, message] of tries) {
      const page = await client.post(`/uitvoeringen/${id}/aanmelden`, {});
      assert.equal(page.status, 422);
      assert.match(textOf(page.$, '.jep-error-summary'), message);
    }
    // Cancelled and draft editions have no public page at all.
    for (const id of [cancelled.edition.id, draft.edition.id]) {
      assert.equal((await client.post(`/uitvoeringen/${id}/aanmelden`, {})).status, 404);
    }
    const count = await t.dataSource.getRepository(Enrolment).countBy({ userId: user.id });
    assert.equal(count, 0);
  });

  it('answers another person\u2019s enrolment id with 404 and leaves it alone', async () => {
    const { edition } = await createEdition(t.dataSource);
    const owner = await professional(t);
    const other = await professional(t);
    await enrolThroughPage(owner.client, edition.id);
    const mine = await enrolmentOf(edition.id, owner.user.id);
    assert.equal((await other.client.get(`/mijn/aanmeldingen/${mine.id}`)).status, 404);
    await other.client.get('/mijn');
    const tampered = await other.client.post(`/mijn/aanmeldingen/${mine.id}/annuleren`, {});
    assert.equal(tampered.status, 404);
    assert.equal((await other.client.get(`/mijn/aanmeldingen/${mine.id}/agenda.ics`)).status, 404);
    assert.equal((await enrolmentOf(edition.id, owner.user.id)).status, 'confirmed');
  });

  it('lets a participant cancel until the deadline, and then only staff', async () => {
    const { edition } = await createEdition(t.dataSource, {
      cancellationClosesAt: new Date(Date.now() + 3_600_000),
    });
    const { user, client } = await professional(t);
    await enrolThroughPage(client, edition.id);
    const mine = await enrolmentOf(edition.id, user.id);
    const page = await client.get(`/mijn/aanmeldingen/${mine.id}`);
    assert.match(textOf(page.$, 'main'), /Annuleren kan tot/);
    await t.dataSource
      .getRepository(Edition)
      .update({ id: edition.id }, { cancellationClosesAt: new Date(Date.now() - 1000) });
    const late = await client.get(`/mijn/aanmeldingen/${mine.id}`);
    assert.match(textOf(late.$, 'main'), /Zelf annuleren kan niet meer/);
    assert.equal(late.$(`form[action$="/annuleren"]`).length, 0);
    const forced = await client.post(`/mijn/aanmeldingen/${mine.id}/annuleren`, {});
    assert.equal(forced.status, 422);
    assert.equal((await enrolmentOf(edition.id, user.id)).status, 'confirmed');
  });

  it('shows the waiting-list position on the dashboard and lets one leave the list', async () => {
    const { edition } = await createEdition(t.dataSource, { capacity: 1 });
    const first = await professional(t);
    const second = await professional(t);
    const third = await professional(t);
    for (const p of [first, second, third]) await enrolThroughPage(p.client, edition.id);
    const dashboard = await third.client.get('/mijn');
    assert.match(textOf(dashboard.$, '.jep-dashboard-enrolments'), /Op de wachtlijst, plaats 2/);
    const secondEnrolment = await enrolmentOf(edition.id, second.user.id);
    await second.client.get(`/mijn/aanmeldingen/${secondEnrolment.id}`);
    const left = await second.client.post(
      `/mijn/aanmeldingen/${secondEnrolment.id}/annuleren`,
      {},
      { follow: true },
    );
    assert.match(textOf(left.$, '.jep-flash'), /niet meer op de wachtlijst/);
    const after = await third.client.get('/mijn');
    assert.match(textOf(after.$, '.jep-dashboard-enrolments'), /Op de wachtlijst, plaats 1/);
    // The first participant sees the meetings to come, with the place.
    const own = await first.client.get('/mijn');
    assert.equal(own.$('.jep-dashboard-upcoming tbody tr').length, 2);
    assert.match(textOf(own.$, '.jep-dashboard-upcoming'), /Stadskantoor/);
  });

  it('shows the online link only to participants with a confirmed place', async () => {
    const { edition } = await createEdition(t.dataSource, {
      capacity: 1,
      onlineUrl: 'https://meet.example.nl/omei-geheim',
    });
    const anonymous = await t.client().get(`/uitvoeringen/${edition.id}`);
    assert.doesNotMatch(anonymous.text, /omei-geheim/);
    const { client } = await professional(t);
    const waiting = await professional(t);
    await enrolThroughPage(client, edition.id);
    await enrolThroughPage(waiting.client, edition.id);
    assert.match((await client.get(`/uitvoeringen/${edition.id}`)).text, /omei-geheim/);
    assert.doesNotMatch(
      (await waiting.client.get(`/uitvoeringen/${edition.id}`)).text,
      /omei-geheim/,
    );
    // Awaiting approval is not a confirmed place yet.
    const approval = await createEdition(t.dataSource, {
      requiresApproval: true,
      onlineUrl: 'https://meet.example.nl/nog-niet-goedgekeurd',
    });
    await enrolThroughPage(waiting.client, approval.edition.id);
    const pending = await waiting.client.get(`/uitvoeringen/${approval.edition.id}`);
    assert.match(textOf(pending.$, '.jep-enrol-status'), /Wacht op goedkeuring/);
    assert.doesNotMatch(pending.text, /nog-niet-goedgekeurd/);
  });

  it('offers a freed place for confirmation when the offering asks for it; late or reused links fail', async () => {
    const { edition } = await createEdition(t.dataSource, { capacity: 1, offerConfirmDays: 2 });
    const holder = await professional(t);
    const next = await professional(t);
    const after = await professional(t);
    for (const p of [holder, next, after]) await enrolThroughPage(p.client, edition.id);
    const held = await enrolmentOf(edition.id, holder.user.id);
    await holder.client.get(`/mijn/aanmeldingen/${held.id}`);
    await holder.client.post(`/mijn/aanmeldingen/${held.id}/annuleren`, {});
    assert.equal((await enrolmentOf(edition.id, next.user.id)).status, 'offered');
    await t.deliverMail();
    const offerMail = t.smtp!.to(next.user.email).find((m) => /Er is een plaats/.test(m.subject))!;
    const link = /\/aanmelding\/bevestigen\/[\w-]+/.exec(offerMail.text)![0];
    // Anyone with the link sees the offer; one press takes it.
    const anonymous = t.client();
    const offer = await anonymous.get(link);
    assert.equal(offer.status, 200);
    assert.match(textOf(offer.$, 'main'), /Bevestig vóór/);
    const taken = await anonymous.post(link, {});
    assert.equal(taken.status, 303);
    assert.equal((await enrolmentOf(edition.id, next.user.id)).status, 'confirmed');
    assert.equal((await t.client().get(link)).status, 404, 'a used link');

    // The next offer is not confirmed in time: it passes on.
    const nextUp = await enrolmentOf(edition.id, next.user.id);
    await next.client.get(`/mijn/aanmeldingen/${nextUp.id}`);
    await next.client.post(`/mijn/aanmeldingen/${nextUp.id}/annuleren`, {});
    assert.equal((await enrolmentOf(edition.id, after.user.id)).status, 'offered');
    const expiry = await t.app
      .get(EnrolmentService)
      .expireOffers(new Date(Date.now() + 3 * 86_400_000));
    assert.equal(expiry, 1);
    const lapsed = await enrolmentOf(edition.id, after.user.id);
    assert.equal(lapsed.status, 'cancelled');
    assert.equal(lapsed.cancelReason, 'offer_expired');
    const stored = await t.dataSource.getRepository(Edition).findOneByOrFail({ id: edition.id });
    assert.equal(stored.seatsTaken, 0);
  });
});

describe('enrolment: a new visitor registers and comes back', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ smtp: true });
  });
  after(() => t.close());

  it('leads from the edition through registration and the confirmation link back to the edition', async () => {
    const { edition } = await createEdition(t.dataSource);
    const back = `/uitvoeringen/${edition.id}`;
    const client = t.client();
    const page = await client.get(back);
    const register = page.$('.jep-enrol a[href^="/registreren"]').attr('href')!;
    assert.equal(register, `/registreren?terug=${encodeURIComponent(back)}`);
    const form = await client.get(register);
    const action = form.$('main form').attr('action')!;
    const sent = await client.post(action, {
      name: 'Noor de Vries',
      email: 'noor@example.nl',
      organisation: 'JoU',
      jobTitle: 'Jongerenwerker',
      sector: 'jongerenwerk',
      municipalityCode: 'GM0344',
      password: 'een lange zin als wachtwoord',
      passwordConfirm: 'een lange zin als wachtwoord',
    });
    assert.equal(sent.status, 303, textOf(sent.$, '.jep-error-summary'));
    await t.deliverMail();
    const [mail] = t.smtp!.to('noor@example.nl');
    const link = /\/account\/bevestigen\/\S+/.exec(mail.text)![0];
    const confirmed = await client.get(link);
    assert.equal(confirmed.location, `/inloggen?terug=${encodeURIComponent(back)}`);
    await client.get(confirmed.location);
    const signedIn = await client.post(confirmed.location, {
      email: 'noor@example.nl',
      password: 'een lange zin als wachtwoord',
    });
    assert.equal(signedIn.location, back);
  });
});
