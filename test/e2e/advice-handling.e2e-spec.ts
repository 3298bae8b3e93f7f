import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { AdviceAppointment } from '../../src/advice/advice-appointment.entity';
import { AdviceNote } from '../../src/advice/advice-note.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import { AdviceStatusChange } from '../../src/advice/advice-status-change.entity';
import { AdviceTopic } from '../../src/advice/advice-topic.entity';
import { toAmsterdamParts } from '../../src/common/views/amsterdam-time';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { createUser, signedInClient, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

/** A future Amsterdam date, `days` from now. */
function futureDate(days: number): string {
  return toAmsterdamParts(new Date(Date.now() + days * 86_400_000)).date;
}

/** The unfolded lines of an iCalendar text. */
function icsLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split(/\r\n/);
}

/**
 * Staff handle Advies op Maat requests on /beheer/advies: assign an adviser (who is e-mailed),
 * follow the status flow, keep internal notes the requester never sees, send messages (e-mailed,
 * the first one is the first response) and plan appointments with an iCalendar invitation.
 */
describe('advice: staff handling', () => {
  let t: TestApp;
  let staff: User;
  let s: WebClient;
  let adviser: User;

  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);
  const mailsTo = (email: string) => t.smtp!.messages.filter((m) => m.to.includes(email));
  const load = (id: number) => t.dataSource.getRepository(AdviceRequest).findOneByOrFail({ id });

  before(async () => {
    t = await createTestApp({ smtp: true });
    ({ client: s, user: staff } = await signedInClient(() => t.client(), t.dataSource, 'staff'));
    adviser = await createUser(t.dataSource, { role: 'staff', name: 'Adviseur Anouk' });
  });
  after(() => t.close());

  it('refuses professionals every staff page and form (403)', async () => {
    const { request } = await createAdviceRequest(t.dataSource);
    const { client: p } = await signedInClient(() => t.client(), t.dataSource, 'professional');
    for (const path of [
      '/beheer/advies',
      `/beheer/advies/${request.id}`,
      '/beheer/advies/onderwerpen',
      '/beheer/advies/onderwerpen/1',
      `/beheer/advies/${request.id}/afspraken/1.ics`,
      `/beheer/advies/${request.id}/afspraken/1/wijzigen`,
    ])
      assert.equal((await p.get(path)).status, 403, path);
    await p.get('/mijn');
    for (const path of ['adviseur', 'status', 'notities', 'berichten', 'afspraken'])
      assert.equal(
        (await p.post(`/beheer/advies/${request.id}/${path}`, { note: 'x', message: 'x' })).status,
        403,
        path,
      );
    assert.equal((await t.client().get('/beheer/advies')).status, 303, 'a visitor logs in first');
  });

  it('assigns an adviser, who is e-mailed; the status becomes toegewezen', async () => {
    const { request } = await createAdviceRequest(t.dataSource);
    const page = await s.submit(
      `/beheer/advies/${request.id}/adviseur`,
      {
        adviserId: String(adviser.id),
      },
      true,
      `/beheer/advies/${request.id}`,
    );
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-flash'), /Adviseur Anouk/);
    const stored = await load(request.id);
    assert.equal(stored.adviserId, adviser.id);
    assert.equal(stored.status, 'assigned');
    const history = await t.dataSource
      .getRepository(AdviceStatusChange)
      .findBy({ requestId: request.id });
    assert.deepEqual(
      history.map((h) => [h.fromStatus, h.toStatus, h.changedBy]),
      [['new', 'assigned', staff.id]],
    );
    await t.deliverMail();
    const mail = mailsTo(adviser.email).find((m) => m.subject.includes(request.reference));
    assert.ok(mail, 'the adviser got an e-mail');
    assert.match(mail.text, new RegExp(`/beheer/advies/${request.id}`));

    // Assigning yourself sends nothing; an unknown adviser is a message at the field.
    const before = t.smtp!.messages.length;
    await s.submit(
      `/beheer/advies/${request.id}/adviseur`,
      { adviserId: String(staff.id) },
      true,
      `/beheer/advies/${request.id}`,
    );
    await t.deliverMail();
    assert.equal(t.smtp!.messages.length, before);
    const bad = await s.submit(
      `/beheer/advies/${request.id}/adviseur`,
      { adviserId: '999999' },
      true,
      `/beheer/advies/${request.id}`,
    );
    assert.equal(bad.status, 422);
    assert.match(error(bad, 'adviserId'), /Kies een adviseur/);
  });

  it('keeps internal notes from the requester and escapes HTML in notes and messages', async () => {
    const requester = await createUser(t.dataSource);
    const { request } = await createAdviceRequest(t.dataSource, { requester });
    const path = `/beheer/advies/${request.id}`;
    const note = 'Intern: <script>alert(1)</script> signaal bij wijkagent gemeld';
    let page = await s.submit(`${path}/notities`, { note }, true, path);
    assert.equal(page.status, 200);
    const notes = page.$('.jep-advice-notes');
    assert.match(
      textOf(page.$, '.jep-advice-notes h2'),
      /Interne notities — niet zichtbaar voor de vrager/,
    );
    assert.ok(notes.text().includes(note), 'the note is shown as text');
    assert.ok(!page.text.includes('<script>alert(1)</script>'), 'never as markup');
    assert.equal(
      await t.dataSource.getRepository(AdviceNote).countBy({ requestId: request.id }),
      1,
    );

    const message = 'Dank voor uw vraag. <b>Zullen we bellen?</b>\nGroet, Anouk';
    page = await s.submit(`${path}/berichten`, { message }, true, path);
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-flash'), new RegExp(requester.email));
    assert.ok(!page.text.includes('<b>Zullen'), 'the message is escaped');
    assert.ok(page.text.includes('&lt;b&gt;Zullen'));
    const stored = await load(request.id);
    assert.ok(stored.firstResponseAt, 'the first message is the first response');
    assert.equal(stored.status, 'in_progress');

    await t.deliverMail();
    const mails = mailsTo(requester.email);
    assert.equal(mails.length, 1);
    assert.match(mails[0].text, /Zullen we bellen\?/);
    assert.match(mails[0].text, new RegExp(`/mijn/advies/${request.id}`));
    for (const m of mails) {
      assert.ok(!m.text.includes('wijkagent') && !m.html.includes('wijkagent'), 'no note text');
      assert.ok(!m.html.includes('<b>Zullen'), 'the mail escapes the message');
    }

    // The requester's own page shows the message, never the note.
    const r = t.client();
    await signIn(r, requester.email);
    const mine = await r.get(`/mijn/advies/${request.id}`);
    assert.equal(mine.status, 200);
    {
      assert.ok(mine.text.includes('Zullen we bellen'));
      assert.ok(!mine.text.includes('wijkagent'));
      assert.ok(!mine.text.includes('Interne notities'));
    }
  });

  it('gives a visitor a fresh private link with each message (the older one stops working)', async () => {
    const { request, accessToken } = await createAdviceRequest(t.dataSource);
    const path = `/beheer/advies/${request.id}`;
    await s.submit(`${path}/berichten`, { message: 'Een eerste antwoord.' }, true, path);
    await t.deliverMail();
    const mail = mailsTo(request.requesterEmail).at(-1)!;
    const link = /\/advies\/vraag\/([A-Za-z0-9_-]{20,})/.exec(mail.text);
    assert.ok(link, 'the mail has the private link');
    assert.notEqual(link[1], accessToken);
    assert.match(mail.text, /werken niet meer/);
    const visitor = t.client();
    const fresh = await visitor.get(`/advies/vraag/${link[1]}`);
    assert.equal(fresh.status, 200);
    {
      assert.equal((await visitor.get(`/advies/vraag/${accessToken}`)).status, 404);
    }
  });

  it('plans, changes and cancels an appointment with iCalendar invitations', async () => {
    const requester = await createUser(t.dataSource, { name: 'Vrager Vera' });
    const { request } = await createAdviceRequest(t.dataSource, {
      requester,
      adviser: staff,
      status: 'assigned',
    });
    const path = `/beheer/advies/${request.id}`;
    const date = futureDate(10);
    let page = await s.submit(
      `${path}/afspraken`,
      {
        appointmentDate: date,
        appointmentStart: '14:30',
        appointmentEnd: '15:30',
        appointmentMode: 'online',
        appointmentLocation: 'https://meet.example.nl/av-123',
      },
      true,
      path,
    );
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-flash'), /uitnodiging is verstuurd/);
    const stored = await load(request.id);
    assert.equal(stored.status, 'appointment');
    assert.ok(stored.firstResponseAt);
    const [appointment] = await t.dataSource
      .getRepository(AdviceAppointment)
      .findBy({ requestId: request.id });
    assert.ok(appointment);

    await t.deliverMail();
    const invite = mailsTo(requester.email).at(-1)!;
    assert.match(invite.subject, new RegExp(request.reference));
    const part = invite.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    assert.ok(part, 'a calendar part');
    const lines = icsLines(part.content);
    assert.ok(lines.includes('METHOD:REQUEST'));
    const uid = lines.find((l) => l.startsWith('UID:'))!;
    assert.match(uid, new RegExp(`^UID:advice-appointment-${appointment.id}@jep\\.test$`));
    const dtstart = lines.find((l) => l.startsWith('DTSTART;TZID='))!;
    const local = toAmsterdamParts(appointment.startsAt);
    assert.equal(local.time, '14:30');
    assert.equal(dtstart, `DTSTART;TZID=Europe/Amsterdam:${local.date.replace(/-/g, '')}T143000`);
    assert.ok(lines.includes(`SUMMARY:Advies op Maat ${request.reference}`));
    assert.ok(lines.includes('URL:https://meet.example.nl/av-123'));
    assert.ok(lines.some((l) => l.startsWith('ORGANIZER') && l.includes('noreply@platformjep.nl')));

    // The adviser's download.
    const ics = await s.get(`${path}/afspraken/${appointment.id}.ics`);
    assert.equal(ics.status, 200);
    assert.match(String(ics.headers['content-type']), /text\/calendar/);
    assert.ok(icsLines(ics.text).includes(uid));
    assert.equal((await s.get(`${path}/afspraken/999999.ics`)).status, 404);

    // Change: same UID, sequence 1.
    const edit = `${path}/afspraken/${appointment.id}/wijzigen`;
    page = await s.submit(edit, {
      appointmentDate: date,
      appointmentStart: '15:00',
      appointmentEnd: '16:00',
      appointmentMode: 'place',
      appointmentLocation: 'Stadskantoor, Utrecht',
    });
    assert.equal(page.status, 200);
    await t.deliverMail();
    const changed = icsLines(
      mailsTo(requester.email)
        .at(-1)!
        .attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content,
    );
    assert.ok(changed.includes('METHOD:REQUEST'));
    assert.ok(changed.includes(uid));
    assert.ok(changed.includes('SEQUENCE:1'));
    assert.ok(changed.includes('LOCATION:Stadskantoor\\, Utrecht'));

    // Cancel: METHOD:CANCEL, back to in behandeling.
    await s.get(path);
    page = await s.post(`${path}/afspraken/${appointment.id}/afzeggen`, {}, { follow: true });
    assert.equal(page.status, 200);
    await t.deliverMail();
    const cancel = mailsTo(requester.email).at(-1)!;
    const cancelLines = icsLines(
      cancel.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content,
    );
    assert.ok(cancelLines.includes('METHOD:CANCEL'));
    assert.ok(cancelLines.includes(uid));
    assert.ok(cancelLines.includes('SEQUENCE:2'));
    assert.ok(cancelLines.includes('STATUS:CANCELLED'));
    assert.equal((await load(request.id)).status, 'in_progress');
    assert.ok(!(await s.get(path)).$('.jep-advice-appointment form').length, 'no cancel button');
  });

  it('refuses an appointment in the past, end before start and a bad online link', async () => {
    const { request } = await createAdviceRequest(t.dataSource);
    const path = `/beheer/advies/${request.id}`;
    const base = {
      appointmentDate: futureDate(5),
      appointmentStart: '10:00',
      appointmentEnd: '11:00',
      appointmentMode: 'place',
      appointmentLocation: 'Bibliotheek',
    };
    let page = await s.submit(
      `${path}/afspraken`,
      { ...base, appointmentDate: '2020-01-06' },
      true,
      path,
    );
    assert.equal(page.status, 422);
    assert.match(error(page, 'appointmentDate'), /in het verleden/);
    assert.equal(page.$('#field-appointmentDate').val(), '2020-01-06', 'the value is kept');
    page = await s.submit(`${path}/afspraken`, { ...base, appointmentEnd: '09:00' }, true, path);
    assert.equal(page.status, 422);
    assert.match(error(page, 'appointmentEnd'), /na de begintijd/);
    page = await s.submit(
      `${path}/afspraken`,
      {
        ...base,
        appointmentMode: 'online',
        appointmentLocation: 'javascript:alert(1)',
      },
      true,
      path,
    );
    assert.equal(page.status, 422);
    assert.match(error(page, 'appointmentLocation'), /https:\/\//);
    page = await s.submit(`${path}/afspraken`, { ...base, appointmentDate: 'morgen' }, true, path);
    assert.equal(page.status, 422);
    assert.equal(
      await t.dataSource.getRepository(AdviceAppointment).countBy({ requestId: request.id }),
      0,
    );
    assert.equal((await load(request.id)).status, 'new');
  });

  it('needs where to for a referral and a reason to close; closed requests are read-only', async () => {
    const { request } = await createAdviceRequest(t.dataSource, {
      adviser: staff,
      status: 'in_progress',
    });
    const path = `/beheer/advies/${request.id}`;
    let page = await s.submit(`${path}/status`, { status: 'referred', referredTo: '' }, true, path);
    assert.equal(page.status, 422);
    assert.match(error(page, 'referredTo'), /doorverwezen/);
    page = await s.submit(
      `${path}/status`,
      { status: 'referred', referredTo: 'x'.repeat(301) },
      true,
      path,
    );
    assert.equal(page.status, 422);
    page = await s.submit(`${path}/status`, { status: 'closed', closeReason: '  ' }, true, path);
    assert.equal(page.status, 422);
    assert.match(error(page, 'closeReason'), /reden/);
    assert.equal((await load(request.id)).status, 'in_progress');

    page = await s.submit(
      `${path}/status`,
      { status: 'closed', closeReason: 'Vrager trok de vraag in.' },
      true,
      path,
    );
    assert.equal(page.status, 200);
    const closed = await load(request.id);
    assert.equal(closed.status, 'closed');
    assert.ok(closed.closedAt);
    assert.equal(closed.closeReason, 'Vrager trok de vraag in.');
    assert.match(page.text, /Deze vraag is afgesloten/);
    assert.equal(
      page.$(`form[action="${path}/notities"]`).length,
      0,
      'no forms on a closed request',
    );
    const refused = await s.post(`${path}/notities`, { note: 'Te laat' });
    assert.equal(refused.status, 422);
    assert.equal(
      await t.dataSource.getRepository(AdviceNote).countBy({ requestId: request.id }),
      0,
    );

    const other = (await createAdviceRequest(t.dataSource, { status: 'in_progress' })).request;
    page = await s.submit(
      `/beheer/advies/${other.id}/status`,
      {
        status: 'referred',
        referredTo: 'Training Gesprekstechnieken bij polarisatie',
      },
      true,
      `/beheer/advies/${other.id}`,
    );
    assert.equal(page.status, 200);
    const referred = await load(other.id);
    assert.equal(referred.status, 'referred');
    assert.equal(referred.referredTo, 'Training Gesprekstechnieken bij polarisatie');
    // Backwards to nieuw is not a choice.
    const back = await s.post(`/beheer/advies/${other.id}/status`, { status: 'new' });
    assert.equal(back.status, 422);
  });

  it('shows the queue urgent first, then oldest, with filters and the overdue marker', async () => {
    const day = 86_400_000;
    const topic = await t.dataSource
      .getRepository(AdviceTopic)
      .findOneByOrFail({ key: 'conversation' });
    const code = 'GM0363';
    const make = (o: Parameters<typeof createAdviceRequest>[1]) =>
      createAdviceRequest(t.dataSource, { topicKey: 'conversation', municipalityCode: code, ...o });
    const old = (await make({ submittedAt: new Date(Date.now() - 30 * day) })).request;
    const recent = (await make({ submittedAt: new Date(Date.now() - 60_000) })).request;
    const urgent = (
      await make({ submittedAt: new Date(Date.now() - 2 * 60_000), urgency: 'urgent' })
    ).request;
    const mine = (
      await make({
        submittedAt: new Date(Date.now() - 3 * day),
        adviser: staff,
        status: 'assigned',
      })
    ).request;
    const done = (await make({ status: 'completed', closedAt: new Date() })).request;
    await make({ status: 'unverified' });

    const page = await s.get(`/beheer/advies?onderwerp=${topic.id}&gemeente=${code}`);
    assert.equal(page.status, 200);
    const refs = page
      .$('.jep-advice-row td:first-child a')
      .map((_, a) => page.$(a).text())
      .get();
    assert.deepEqual(refs, [urgent.reference, old.reference, mine.reference, recent.reference]);
    const row = (ref: string) =>
      page.$('.jep-advice-row').filter((_, r) => page.$(r).text().includes(ref));
    assert.match(row(old.reference).text(), /Te laat/);
    assert.match(row(old.reference).text(), /\d+ werkdagen/);
    assert.doesNotMatch(row(recent.reference).text(), /Te laat/);
    assert.match(row(recent.reference).text(), /0 uur|\d+ uur/);
    assert.match(row(recent.reference).text(), /Online|Het gesprek aangaan/);

    const mineOnly = await s.get(`/beheer/advies?onderwerp=${topic.id}&adviseur=mine`);
    assert.deepEqual(
      mineOnly
        .$('.jep-advice-row td:first-child a')
        .map((_, a) => mineOnly.$(a).text())
        .get(),
      [mine.reference],
    );
    const none = await s.get(`/beheer/advies?onderwerp=${topic.id}&adviseur=none&gemeente=${code}`);
    assert.equal(none.$('.jep-advice-row').length, 3);
    const completed = await s.get(`/beheer/advies?onderwerp=${topic.id}&status=completed`);
    assert.deepEqual(
      completed
        .$('.jep-advice-row td:first-child a')
        .map((_, a) => completed.$(a).text())
        .get(),
      [done.reference],
    );
    const all = await s.get(`/beheer/advies?onderwerp=${topic.id}&status=all&gemeente=${code}`);
    assert.equal(all.$('.jep-advice-row').length, 5, 'all but the unverified one');
    // Nonsense in the query is ignored, never an error.
    const odd = await s.get('/beheer/advies?status=%3Cx%3E&onderwerp=abc&adviseur[]=1&pagina=-4');
    assert.equal(odd.status, 200);

    const detail = await s.get(`/beheer/advies/${old.id}`);
    assert.match(textOf(detail.$, '#vraag ~ dl, .jep-facts'), /Te laat/);
    assert.equal((await s.get('/beheer/advies/999999')).status, 404);
    assert.equal((await s.get('/beheer/advies/abc')).status, 404);
  });

  it('manages topics: add, rename, reorder, hide (never delete)', async () => {
    let page = await s.submit('/beheer/advies/onderwerpen', {
      nameNl: 'Complotdenken <em>online</em>',
      nameEn: 'Conspiracy thinking',
    });
    assert.equal(page.status, 200);
    assert.ok(page.text.includes('Complotdenken &lt;em&gt;online&lt;/em&gt;'));
    const repo = t.dataSource.getRepository(AdviceTopic);
    const added = await repo.findOneByOrFail({ nameEn: 'Conspiracy thinking' });
    const all = await repo.find({ order: { position: 'ASC' } });
    assert.equal(all.at(-1)!.id, added.id, 'added at the end');

    page = await s.submit(`/beheer/advies/onderwerpen/${added.id}`, {
      nameNl: 'Complotdenken',
      nameEn: 'Conspiracy thinking online',
    });
    assert.equal(page.status, 200);
    assert.equal((await repo.findOneByOrFail({ id: added.id })).nameNl, 'Complotdenken');

    const before = all.at(-2)!;
    await s.get('/beheer/advies/onderwerpen');
    page = await s.post(`/beheer/advies/onderwerpen/${added.id}/omhoog`, {}, { follow: true });
    assert.equal(page.status, 200);
    const moved = await repo.find({ order: { position: 'ASC' } });
    assert.equal(moved.at(-2)!.id, added.id);
    assert.equal(moved.at(-1)!.id, before.id);

    page = await s.post(`/beheer/advies/onderwerpen/${added.id}/verbergen`, {}, { follow: true });
    assert.equal((await repo.findOneByOrFail({ id: added.id })).active, false);
    assert.match(page.text, /Verborgen/);
    page = await s.post(`/beheer/advies/onderwerpen/${added.id}/tonen`, {}, { follow: true });
    assert.equal((await repo.findOneByOrFail({ id: added.id })).active, true);

    const empty = await s.submit('/beheer/advies/onderwerpen', { nameNl: '', nameEn: 'x' });
    assert.equal(empty.status, 422);
    assert.ok(error(empty, 'nameNl'));
    assert.equal((await s.get('/beheer/advies/onderwerpen/999999')).status, 404);
  });
});
