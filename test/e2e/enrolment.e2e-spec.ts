import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
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
