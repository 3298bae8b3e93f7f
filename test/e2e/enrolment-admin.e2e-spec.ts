import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as ical from 'node-ical';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { Meeting } from '../../src/scheduling/meeting.entity';
import { createEdition, daysFromNow } from '../utils/enrolment-fixtures';
import { createUser, signIn } from '../utils/factories';
import type { ReceivedMail } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';
import { WebClient, formValues, textOf } from '../utils/web-client';

function calendarOf(mail: ReceivedMail, method: 'REQUEST' | 'CANCEL') {
  const part = mail.attachments.find(
    (a) => a.contentType.startsWith('text/calendar') && a.content.includes(`METHOD:${method}`),
  );
  assert.ok(part, `a ${method} calendar part in "${mail.subject}"`);
  return Object.values(ical.sync.parseICS(part.content)).filter(
    (c): c is ical.VEvent => c?.type === 'VEVENT',
  );
}

describe('enrolment: staff', () => {
  let t: TestApp;
  let staff: WebClient;
  const people: { id: number; email: string; client: WebClient }[] = [];
  before(async () => {
    t = await createTestApp({ smtp: true });
    const s = await createUser(t.dataSource, { role: 'staff' });
    staff = t.client();
    await signIn(staff, s.email);
    for (let i = 0; i < 6; i++) {
      const u = await createUser(t.dataSource);
      const client = t.client();
      await signIn(client, u.email);
      people.push({ id: u.id, email: u.email, client });
    }
  });
  after(() => t.close());

  const enrol = async (client: WebClient, editionId: number) => {
    await client.get(`/uitvoeringen/${editionId}`);
    return client.post(`/uitvoeringen/${editionId}/aanmelden`, {}, { follow: true });
  };
  const enrolments = (editionId: number) =>
    t.dataSource.getRepository(Enrolment).find({ where: { editionId }, order: { id: 'ASC' } });
  const seats = async (editionId: number) =>
    (await t.dataSource.getRepository(Edition).findOneByOrFail({ id: editionId })).seatsTaken;

  it('approves and rejects pending enrolments in bulk, with a message; a rejection frees the place', async () => {
    const { edition } = await createEdition(t.dataSource, { capacity: 2, requiresApproval: true });
    for (const p of people.slice(0, 3)) await enrol(p.client, edition.id);
    const answer = textOf(
      (await people[0].client.get(`/uitvoeringen/${edition.id}`)).$,
      '.jep-enrol',
    );
    assert.match(answer, /Wacht op goedkeuring/);
    let rows = await enrolments(edition.id);
    assert.deepEqual(
      rows.map((r) => r.status),
      ['pending', 'pending', 'waitlisted'],
    );
    const list = await staff.get(`/beheer/uitvoeringen/${edition.id}/aanmeldingen`);
    assert.equal(list.$('.jep-enrolments-pending tbody tr').length, 2);
    const none = await staff.post(`/beheer/uitvoeringen/${edition.id}/aanmeldingen/besluit`, {
      decision: 'approve',
    });
    assert.equal(none.status, 422);
    assert.match(textOf(none.$, '.jep-error-summary'), /Kies ten minste één/);
    await staff.post(`/beheer/uitvoeringen/${edition.id}/aanmeldingen/besluit`, {
      ids: [String(rows[0].id)],
      decision: 'approve',
      message: 'Welkom!',
    });
    await staff.get(`/beheer/uitvoeringen/${edition.id}/aanmeldingen`);
    await staff.post(`/beheer/uitvoeringen/${edition.id}/aanmeldingen/besluit`, {
      ids: [String(rows[1].id)],
      decision: 'reject',
      message: 'Deze training is voor het onderwijs.',
    });
    rows = await enrolments(edition.id);
    // The rejected place went to the waiting list, as a pending enrolment (approval still applies).
    assert.deepEqual(
      rows.map((r) => r.status),
      ['confirmed', 'rejected', 'pending'],
    );
    assert.equal(await seats(edition.id), 2);
    await t.deliverMail();
    const approved = t.smtp!.to(people[0].email).find((m) => /goedgekeurd/.test(m.subject))!;
    assert.match(approved.text, /Welkom!/);
    assert.equal(calendarOf(approved, 'REQUEST').length, 2);
    const rejected = t.smtp!.to(people[1].email).find((m) => /niet goedgekeurd/.test(m.subject))!;
    assert.match(rejected.text, /voor het onderwijs/);
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'enrolment.rejected', subjectId: String(edition.id) });
    assert.equal(audit.length, 1);
  });

  it('gives new places to the waiting list when staff raise the capacity', async () => {
    const { edition, offering } = await createEdition(t.dataSource, { capacity: 1 });
    for (const p of people.slice(0, 3)) await enrol(p.client, edition.id);
    const form = await staff.get(`/beheer/uitvoeringen/${edition.id}/bewerken`);
    const values = Object.fromEntries(
      form
        .$('form.utrecht-form input, form.utrecht-form select, form.utrecht-form textarea')
        .toArray()
        .map((el) => [form.$(el).attr('name') ?? '', form.$(el).val() as string])
        .filter(([n]) => n && n !== '_csrf'),
    );
    const saved = await staff.post(`/beheer/uitvoeringen/${edition.id}/bewerken`, {
      ...values,
      offeringId: String(offering.id),
      capacity: '3',
    });
    assert.equal(saved.status, 303, textOf(saved.$, '.jep-error-summary'));
    const rows = await enrolments(edition.id);
    assert.deepEqual(
      rows.map((r) => r.status),
      ['confirmed', 'confirmed', 'confirmed'],
    );
    await t.deliverMail();
    assert.ok(
      t.smtp!.to(people[2].email).some((m) => /U hebt een plaats/.test(m.subject)),
      'promotion e-mail',
    );
  });

  it('cancels on someone\u2019s behalf and moves an enrolment to another edition of the offering', async () => {
    const a = await createEdition(t.dataSource, { capacity: 1 });
    const b = await createEdition(t.dataSource, {
      capacity: 5,
      offering: a.offering,
      meetings: [[daysFromNow(60), '13:00', '16:00']],
    });
    const other = await createEdition(t.dataSource, { capacity: 5 });
    await enrol(people[3].client, a.edition.id);
    await enrol(people[4].client, a.edition.id);
    const [mover, waiting] = await enrolments(a.edition.id);
    const detail = await staff.get(`/beheer/aanmeldingen/${mover.id}`);
    const options = detail
      .$('select[name="target"] option')
      .map((_, o) => detail.$(o).attr('value'))
      .get();
    assert.deepEqual(options, ['', String(b.edition.id)], 'only editions of the same offering');
    const wrong = await staff.post(`/beheer/aanmeldingen/${mover.id}/verplaatsen`, {
      target: String(other.edition.id),
    });
    assert.equal(wrong.status, 422);
    await staff.get(`/beheer/aanmeldingen/${mover.id}`);
    const moved = await staff.post(`/beheer/aanmeldingen/${mover.id}/verplaatsen`, {
      target: String(b.edition.id),
    });
    assert.equal(moved.status, 303);
    const inB = await t.dataSource
      .getRepository(Enrolment)
      .findOneByOrFail({ editionId: b.edition.id, userId: people[3].id });
    assert.equal(inB.status, 'confirmed');
    // The place in A went to the one waiting.
    assert.equal(
      (await t.dataSource.getRepository(Enrolment).findOneByOrFail({ id: waiting.id })).status,
      'confirmed',
    );
    await t.deliverMail();
    const movedMail = t.smtp!.to(people[3].email).find((m) => /Verplaatst/.test(m.subject))!;
    const invitation = calendarOf(movedMail, 'REQUEST');
    const withdrawal = calendarOf(movedMail, 'CANCEL');
    assert.equal(invitation.length, 1);
    assert.equal(withdrawal.length, 2);
    assert.notEqual(invitation[0].uid, withdrawal[0].uid);

    await staff.get(`/beheer/aanmeldingen/${waiting.id}`);
    await staff.post(`/beheer/aanmeldingen/${waiting.id}/annuleren`, { message: 'Op verzoek.' });
    assert.equal(
      (await t.dataSource.getRepository(Enrolment).findOneByOrFail({ id: waiting.id }))
        .cancelReason,
      'staff',
    );
    assert.equal(await seats(a.edition.id), 0);
    await t.deliverMail();
    const cancelled = t.smtp!.to(people[4].email).find((m) => /geannuleerd/i.test(m.subject))!;
    assert.match(cancelled.text, /Op verzoek\./);
    assert.equal(calendarOf(cancelled, 'CANCEL').length, 2);
  });

  it('tells every participant and trainer what changed when a meeting moves, with an updated entry', async () => {
    const trainer = await createUser(t.dataSource, { role: 'trainer' });
    const { edition, meetings } = await createEdition(t.dataSource, { trainerIds: [trainer.id] });
    await enrol(people[5].client, edition.id);
    await t.deliverMail();
    const original = calendarOf(
      t.smtp!.to(people[5].email).find((m) => /Aangemeld/.test(m.subject))!,
      'REQUEST',
    ).find((e) => e.start.getTime() === meetings[0].startsAt.getTime())!;
    await staff.get(`/beheer/bijeenkomsten/${meetings[0].id}`);
    const changed = await staff.post(`/beheer/bijeenkomsten/${meetings[0].id}`, {
      date: daysFromNow(31),
      startTime: '13:00',
      endTime: '16:00',
      mode: 'location',
      locationName: 'Buurthuis De Linde',
      address: 'Lindelaan 4',
      municipalityCode: 'GM0344',
      override: 'on',
    });
    assert.equal(changed.status, 303, textOf(changed.$, '.jep-error-summary'));
    await t.deliverMail();
    for (const address of [people[5].email, trainer.email]) {
      const mail = t.smtp!.to(address).find((m) => /Gewijzigd/.test(m.subject));
      assert.ok(mail, `change e-mail to ${address}`);
      assert.match(mail.text, /Was: .*Stadskantoor/);
      assert.match(mail.text, /Nu: .*13:00–16:00: Buurthuis De Linde/);
      const [entry] = calendarOf(mail, 'REQUEST');
      assert.equal(entry.location, 'Buurthuis De Linde, Lindelaan 4, Utrecht');
      if (address === people[5].email) {
        assert.equal(entry.uid, original.uid, 'the same entry');
        assert.ok(Number(entry.sequence) > Number(original.sequence), 'a higher SEQUENCE');
      }
    }
    const stored = await t.dataSource
      .getRepository(Meeting)
      .findOneByOrFail({ id: meetings[0].id });
    assert.equal(stored.sequence, 1);
  });

  it('cancels every enrolment when staff cancel the edition, and tells participants and trainers', async () => {
    const trainer = await createUser(t.dataSource, { role: 'trainer' });
    const { edition } = await createEdition(t.dataSource, {
      capacity: 1,
      trainerIds: [trainer.id],
    });
    await enrol(people[0].client, edition.id);
    await enrol(people[1].client, edition.id);
    await staff.get(`/beheer/uitvoeringen/${edition.id}`);
    const done = await staff.post(`/beheer/uitvoeringen/${edition.id}/status`, {
      status: 'cancelled',
      confirmCancel: 'on',
    });
    assert.equal(done.status, 303);
    const rows = await enrolments(edition.id);
    assert.deepEqual(
      rows.map((r) => [r.status, r.cancelReason]),
      [
        ['cancelled', 'edition_cancelled'],
        ['cancelled', 'edition_cancelled'],
      ],
    );
    assert.equal(await seats(edition.id), 0);
    await t.deliverMail();
    const toParticipant = t
      .smtp!.to(people[0].email)
      .find((m) => /Geannuleerd: .*Utrecht/.test(m.subject))!;
    assert.equal(calendarOf(toParticipant, 'CANCEL').length, 2);
    assert.ok(t.smtp!.to(people[1].email).some((m) => /Geannuleerd: .*Utrecht/.test(m.subject)));
    const toTrainer = t.smtp!.to(trainer.email).find((m) => /Geannuleerd/.test(m.subject))!;
    assert.equal(calendarOf(toTrainer, 'CANCEL').length, 2);
  });

  it('keeps professionals and trainers out of the staff pages', async () => {
    const { edition } = await createEdition(t.dataSource);
    const page = await people[0].client.get(`/beheer/uitvoeringen/${edition.id}/aanmeldingen`);
    assert.equal(page.status, 403);
  });

  it('keeps the offering\u2019s confirmation days and the edition\u2019s cancellation deadline from the forms', async () => {
    const { offering, edition } = await createEdition(t.dataSource);
    const form = await staff.get(`/beheer/aanbod/${offering.id}`);
    const values = formValues(form, 'form.jep-wide-form', ['audience']);
    const wrong = await staff.post(`/beheer/aanbod/${offering.id}`, {
      ...values,
      offerConfirmDays: 'drie',
    });
    assert.equal(wrong.status, 422);
    assert.ok(wrong.$('#field-offerConfirmDays-error').length, 'the message at the field');
    await staff.get(`/beheer/aanbod/${offering.id}`);
    const saved = await staff.post(`/beheer/aanbod/${offering.id}`, {
      ...values,
      offerConfirmDays: '3',
    });
    assert.equal(saved.status, 303);
    const stored = await t.dataSource
      .getRepository(Edition)
      .findOneOrFail({ where: { id: edition.id }, relations: { offering: true } });
    assert.equal(stored.offering!.offerConfirmDays, 3);

    const editForm = await staff.get(`/beheer/uitvoeringen/${edition.id}/bewerken`);
    const fields = formValues(editForm, 'main form');
    const deadline = daysFromNow(10);
    const edited = await staff.post(`/beheer/uitvoeringen/${edition.id}/bewerken`, {
      ...fields,
      cancelDate: deadline,
      cancelTime: '12:00',
    });
    assert.equal(edited.status, 303, textOf(edited.$, '.jep-error-summary'));
    const withDeadline = await t.dataSource
      .getRepository(Edition)
      .findOneByOrFail({ id: edition.id });
    assert.equal(withDeadline.cancellationClosesAt?.toISOString().slice(0, 10), deadline);
  });
});
