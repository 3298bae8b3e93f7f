import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Like } from 'typeorm';
import { hashToken } from '../../src/accounts/account-tokens.service';
import { LoginThrottle } from '../../src/accounts/login-throttle.entity';
import type { User } from '../../src/accounts/user.entity';
import { AdviceAccessService } from '../../src/advice/advice-access.service';
import { AdviceAppointment } from '../../src/advice/advice-appointment.entity';
import { AdviceMessage } from '../../src/advice/advice-message.entity';
import { AdviceNote } from '../../src/advice/advice-note.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import { AdviceStatusChange } from '../../src/advice/advice-status-change.entity';
import { AdviceTopic } from '../../src/advice/advice-topic.entity';
import { addWorkingDays } from '../../src/advice/working-days';
import { fromAmsterdam, toAmsterdamParts } from '../../src/common/views/amsterdam-time';
import { formatDate } from '../../src/common/views/format';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { createUser, signIn } from '../utils/factories';
import { linkIn } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf } from '../utils/web-client';

const BASE = 'http://jep.test';
const QUESTION =
  'In groep 8 zegt een leerling dat "ze" allemaal het land uit moeten. Hoe ga ik daarover het gesprek aan met de klas?';

/**
 * Asking Advies op Maat on /advies: a visitor confirms their address before the request reaches
 * the queue, a signed-in user's goes in at once; the requester follows the request, reads JEP's
 * messages and appointments (never the internal notes) and replies.
 */
describe('Advies op Maat: asking, verification, following a request', () => {
  let t: TestApp;
  let topic: AdviceTopic;
  let adviser: User;
  let mailCount = 0;

  before(async () => {
    t = await createTestApp({ smtp: true });
    topic = await t.dataSource
      .getRepository(AdviceTopic)
      .findOneByOrFail({ key: 'online_influences' });
    adviser = await createUser(t.dataSource, { role: 'staff', name: 'Fatima de Vries' });
  });
  after(() => t.close());
  // Every request comes from 127.0.0.1: each test starts with a fresh per-address count.
  beforeEach(() => t.dataSource.getRepository(LoginThrottle).delete({ key: Like('advice:%') }));

  const requests = () => t.dataSource.getRepository(AdviceRequest);
  const fields = (extra: Record<string, string> = {}) => ({
    name: 'Sanne Bakker',
    email: 'sanne.bakker@school.example.nl',
    phone: '',
    organisation: 'Basisschool De Regenboog',
    role: 'Leerkracht groep 8',
    municipalityCode: 'GM0344',
    topicId: String(topic.id),
    question: QUESTION,
    urgency: 'soon',
    contactPreference: 'phone',
    ...extra,
  });
  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);

  async function newMails(to: string) {
    await t.deliverMail();
    const all = t.smtp!.messages.slice(mailCount);
    mailCount = t.smtp!.messages.length;
    return all.filter((m) => m.to.includes(to));
  }

  it('a visitor asks, confirms by e-mail (the link’s GET changes nothing) and gets the private link', async () => {
    const c = t.client();
    const form = await c.get('/advies');
    assert.equal(form.status, 200);
    assert.match(textOf(form.$, 'main'), /polarisatie of radicalisering/);
    assert.match(textOf(form.$, '.jep-advice-response-time'), /binnen 5 werkdagen/);
    assert.ok(form.$('form[action="/advies"] input[name=email][type=email]').length);
    assert.ok(form.$(`select[name=topicId] option[value="${topic.id}"]`).length);
    assert.equal(form.$('input[name=urgency]').length, 3);
    assert.match(textOf(form.$, 'label[for=field-question]'), /Uw vraag/);
    assert.match(textOf(form.$, '#field-question-hint'), /5000 tekens/);
    // The warning not to name young people comes before the question field.
    const warning = form.$('.jep-advice-privacy');
    assert.match(textOf(form.$, '.jep-advice-privacy'), /geen namen/i);
    const html = form.text;
    assert.ok(html.indexOf('jep-advice-privacy') < html.indexOf('id="field-question"'));
    assert.ok(warning.attr('id'));

    const sent = await c.post('/advies', fields({ email: ' Sanne.Bakker@School.example.NL ' }));
    assert.equal(sent.status, 303);
    assert.equal(sent.location, '/advies/verstuurd');
    const check = await c.get(sent.location);
    assert.match(textOf(check.$, 'h1'), /Kijk in uw mailbox/);

    const pending = await requests().findOneByOrFail({
      requesterEmail: 'sanne.bakker@school.example.nl',
    });
    assert.equal(pending.status, 'unverified');
    assert.equal(pending.submittedAt, null);
    assert.equal(pending.requesterId, null);
    assert.equal(pending.urgency, 'soon');
    assert.match(pending.verificationTokenHash!, /^[0-9a-f]{64}$/);
    assert.doesNotMatch(pending.reference, /^AV-/, 'no number before it is confirmed');
    // Not in the staff's reach while unconfirmed.
    await assert.rejects(t.app.get(AdviceAccessService).forStaff(pending.id));

    const [verify] = await newMails('sanne.bakker@school.example.nl');
    assert.equal(verify.subject, 'Bevestig uw adviesvraag aan JEP');
    const link = linkIn(verify, `${BASE}/advies/bevestigen/`);
    const token = link.slice(`${BASE}/advies/bevestigen/`.length);
    assert.equal(hashToken(token), pending.verificationTokenHash);

    // A link scanner's GET: a page with a button, nothing changes.
    const page = await t.client().get(link.replace(BASE, ''));
    assert.equal(page.status, 200);
    assert.equal(page.$(`form[action="/advies/bevestigen/${token}"] button`).length, 1);
    assert.equal((await requests().findOneByOrFail({ id: pending.id })).status, 'unverified');

    const before = Date.now();
    const browser = t.client();
    await browser.get(link.replace(BASE, ''));
    const confirmed = await browser.post(`/advies/bevestigen/${token}`, {});
    assert.equal(confirmed.status, 303);
    assert.match(confirmed.location!, /^\/advies\/vraag\/[A-Za-z0-9_-]{43}$/);
    const own = await browser.get(confirmed.location!);
    assert.equal(own.status, 200);
    assert.match(textOf(own.$, '.jep-flash, [role=status]'), /bevestigd/);

    const queued = await requests().findOneByOrFail({ id: pending.id });
    const year = toAmsterdamParts(new Date()).date.slice(0, 4);
    assert.equal(queued.status, 'new');
    assert.match(queued.reference, new RegExp(`^AV-${year}-\\d{4}$`));
    assert.ok(queued.submittedAt!.getTime() >= before - 1000);
    assert.equal(queued.verificationTokenHash, null);
    const accessToken = confirmed.location!.slice('/advies/vraag/'.length);
    assert.equal(queued.accessTokenHash, hashToken(accessToken));
    const changes = await t.dataSource
      .getRepository(AdviceStatusChange)
      .findBy({ requestId: queued.id });
    assert.deepEqual(
      changes.map((s) => [s.fromStatus, s.toStatus]),
      [['unverified', 'new']],
    );
    assert.match(textOf(own.$, 'h1'), new RegExp(queued.reference));
    assert.match(textOf(own.$, '.jep-advice-status'), /Nieuw/);
    assert.match(textOf(own.$, '.jep-advice-question'), /groep 8/);

    // The confirmation mail repeats the request, names the expected date and the private link.
    const [received] = await newMails('sanne.bakker@school.example.nl');
    assert.equal(received.subject, `Uw adviesvraag ${queued.reference} is ontvangen`);
    assert.ok(received.text.includes(QUESTION));
    assert.match(received.text, new RegExp(topic.nameNl));
    assert.match(received.text, /Graag binnen een week/);
    assert.match(received.text, /Telefonisch/);
    const due = formatDate(addWorkingDays(queued.submittedAt!, 5), 'nl');
    assert.ok(received.text.includes(due), `names ${due}`);
    assert.equal(linkIn(received, `${BASE}/advies/vraag/`), `${BASE}/advies/vraag/${accessToken}`);

    // A second confirmation, or a made-up link: a clear 404 page, nothing changed.
    const again = await browser.post(
      `/advies/bevestigen/${token}`,
      {},
      {
        csrf: browser.csrfToken(),
      },
    );
    assert.equal(again.status, 404);
    assert.match(textOf(again.$, 'h1'), /Deze link werkt niet/);
    assert.equal((await requests().findOneByOrFail({ id: queued.id })).reference, queued.reference);
    assert.equal(
      (await t.client().get('/advies/bevestigen/nietbestaandtokennietbestaand')).status,
      404,
    );
    const bad = await t.client().get('/advies/vraag/nietbestaandtokennietbestaand');
    assert.equal(bad.status, 404);
    assert.match(textOf(bad.$, 'h1'), /Deze link werkt niet/);
  });

  it('a signed-in user’s request goes straight into the queue, prefilled from the account', async () => {
    const user = await createUser(t.dataSource, {
      name: 'Jeroen Visser',
      organisation: 'Gemeente Utrecht',
      jobTitle: 'Beleidsadviseur',
      municipalityCode: 'GM0344',
    });
    const c = t.client();
    await signIn(c, user.email);
    const form = await c.get('/advies');
    assert.equal(form.$('#field-name').attr('value'), 'Jeroen Visser');
    assert.equal(form.$('#field-organisation').attr('value'), 'Gemeente Utrecht');
    assert.equal(form.$('#field-role').attr('value'), 'Beleidsadviseur');
    assert.equal(form.$('#field-municipalityCode option[selected]').attr('value'), 'GM0344');
    assert.equal(form.$('input[name=email][type=email]').length, 0, 'the address is not typed');
    assert.match(textOf(form.$, '.jep-advice-account-email'), new RegExp(user.email));

    const sent = await c.post('/advies', {
      ...fields({ name: 'Jeroen Visser', email: 'iemand.anders@example.nl', urgency: 'normal' }),
      question: 'Hoe zetten wij een lokale aanpak tegen polarisatie op?',
    });
    assert.equal(sent.status, 303);
    const request = await requests().findOneByOrFail({ requesterId: user.id });
    assert.equal(sent.location, `/mijn/advies/${request.id}`);
    assert.equal(request.status, 'new');
    assert.equal(request.requesterEmail, user.email, 'the account’s address, not the posted one');
    assert.match(request.reference, /^AV-\d{4}-\d{4}$/);
    assert.ok(request.submittedAt);
    const page = await c.get(sent.location);
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, 'main'), new RegExp(`${request.reference} is ontvangen`));
    const [mail] = await newMails(user.email);
    assert.ok(mail.text.includes('lokale aanpak tegen polarisatie'));
    assert.equal(linkIn(mail, `${BASE}/mijn/advies/`), `${BASE}/mijn/advies/${request.id}`);
    const list = await c.get('/mijn/advies');
    assert.equal(list.$(`a[href="/mijn/advies/${request.id}"]`).length, 1);
  });

  it('refuses a 50,000-character question with the limit shown, and stores nothing', async () => {
    const before = await requests().count();
    for (const long of ['x'.repeat(50_000), 'é'.repeat(50_000)]) {
      const c = t.client();
      await c.get('/advies');
      const page = await c.post('/advies', fields({ question: long, email: 'lang@example.nl' }));
      assert.equal(page.status, 422, 'the form again, not a bare "too large" page');
      assert.match(textOf(page.$, '.jep-error-summary'), /Uw vraag: Gebruik hooguit 5000 tekens/);
      assert.match(error(page, 'question'), /5000/);
      assert.equal(page.$('#field-name').attr('value'), 'Sanne Bakker', 'the other values kept');
    }
    assert.equal(await requests().count(), before);
  });

  it('a visitor flooding the form: 5 per address per hour, 3 unconfirmed per e-mail address', async () => {
    const before = await requests().count();
    const c = t.client();
    for (let i = 1; i <= 5; i++) {
      await c.get('/advies');
      const ok = await c.post('/advies', fields({ email: `flood${i}@example.nl` }));
      assert.equal(ok.status, 303, `request ${i}`);
    }
    await c.get('/advies');
    const refused = await c.post('/advies', fields({ email: 'flood6@example.nl' }));
    assert.equal(refused.status, 429);
    assert.match(textOf(refused.$, 'main'), /veel vragen verstuurd/);
    assert.equal(await requests().count(), before + 5);
    assert.equal(await requests().countBy({ requesterEmail: 'flood6@example.nl' }), 0);

    await t.dataSource.getRepository(LoginThrottle).delete({ key: Like('advice:%') });
    for (let i = 1; i <= 2; i++) {
      await c.get('/advies');
      assert.equal((await c.post('/advies', fields({ email: 'flood1@example.nl' }))).status, 303);
    }
    await c.get('/advies');
    const fourth = await c.post('/advies', fields({ email: 'FLOOD1@example.nl' }));
    assert.equal(fourth.status, 429);
    assert.match(textOf(fourth.$, 'main'), /wachten al drie vragen op bevestiging/);
    assert.equal(await requests().countBy({ requesterEmail: 'flood1@example.nl' }), 3);
  });

  it('shows JEP’s messages and appointments, never internal notes; a reply is stored, escaped and told to the adviser', async () => {
    const user = await createUser(t.dataSource);
    const other = await createUser(t.dataSource);
    const { request } = await createAdviceRequest(t.dataSource, {
      requester: user,
      status: 'appointment',
      adviser,
    });
    await t.dataSource
      .getRepository(AdviceRequest)
      .update(
        { id: request.id },
        { question: 'Wat doen wij met <script>alert(1)</script> en <b>vet</b>?' },
      );
    await t.dataSource.getRepository(AdviceNote).insert({
      requestId: request.id,
      authorId: adviser.id,
      body: 'GEHEIME INTERNE NOTITIE over de school',
    });
    await t.dataSource.getRepository(AdviceMessage).insert({
      requestId: request.id,
      direction: 'to_requester',
      authorId: adviser.id,
      body: 'Goed dat u dit meldt. Zullen we volgende week bellen?',
    });
    const startsAt = fromAmsterdam('2031-03-12', '10:00')!;
    await t.dataSource.getRepository(AdviceAppointment).insert({
      requestId: request.id,
      startsAt,
      endsAt: fromAmsterdam('2031-03-12', '11:00')!,
      mode: 'online',
      location: 'https://meet.example.nl/jep-advies',
      adviserId: adviser.id,
      sequence: 0,
      cancelledAt: null,
    });
    await t.dataSource.getRepository(AdviceAppointment).insert({
      requestId: request.id,
      startsAt: fromAmsterdam('2031-03-01', '09:00')!,
      endsAt: fromAmsterdam('2031-03-01', '10:00')!,
      mode: 'place',
      location: 'GEANNULEERDE PLEK',
      adviserId: adviser.id,
      sequence: 1,
      cancelledAt: new Date(),
    });

    const c = t.client();
    await signIn(c, user.email);
    const page = await c.get(`/mijn/advies/${request.id}`);
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.text, /GEHEIME INTERNE NOTITIE/);
    assert.match(
      textOf(page.$, '.jep-advice-message--jep'),
      /JEP \(Fatima\).*volgende week bellen/,
    );
    assert.match(textOf(page.$, '.jep-advice-appointments'), /12 maart 2031.*10:00–11:00.*Online/);
    assert.equal(
      page.$('.jep-advice-appointments a').attr('href'),
      'https://meet.example.nl/jep-advies',
    );
    assert.doesNotMatch(page.text, /GEANNULEERDE PLEK/);
    // HTML in the question: shown as text.
    assert.match(
      textOf(page.$, '.jep-advice-question'),
      /<script>alert\(1\)<\/script> en <b>vet<\/b>/,
    );
    assert.equal(page.$('.jep-advice-question b, .jep-advice-question script').length, 0);

    const replied = await c.post(`/mijn/advies/${request.id}/reactie`, {
      body: 'Ja graag, <img src=x onerror=alert(1)> dinsdag kan ik.',
    });
    assert.equal(replied.status, 303);
    assert.equal(replied.location, `/mijn/advies/${request.id}`);
    const stored = await t.dataSource
      .getRepository(AdviceMessage)
      .findOneByOrFail({ requestId: request.id, direction: 'from_requester' });
    assert.equal(stored.body, 'Ja graag, <img src=x onerror=alert(1)> dinsdag kan ik.');
    assert.equal(stored.authorId, null);
    const after = await c.get(`/mijn/advies/${request.id}`);
    assert.match(textOf(after.$, '.jep-flash, [role=status]'), /reactie is verstuurd/);
    assert.match(
      textOf(after.$, '.jep-advice-message--you'),
      /^U ·.*<img src=x onerror=alert\(1\)> dinsdag/,
    );
    assert.equal(after.$('.jep-advice-thread img').length, 0);
    const [notice] = await newMails(adviser.email);
    assert.equal(notice.subject, `Nieuwe reactie op adviesvraag ${request.reference}`);
    assert.equal(linkIn(notice, `${BASE}/beheer/advies/`), `${BASE}/beheer/advies/${request.id}`);
    assert.doesNotMatch(notice.text, /dinsdag kan ik/);

    // An empty or too long reply: the page again with the message, nothing stored.
    const empty = await c.post(`/mijn/advies/${request.id}/reactie`, { body: '  ' });
    assert.equal(empty.status, 422);
    assert.match(error(empty, 'body'), /Vul dit veld in/);
    const long = await c.post(
      `/mijn/advies/${request.id}/reactie`,
      { body: 'ü'.repeat(20_000) },
      { csrf: c.csrfToken() },
    );
    assert.equal(long.status, 422);
    assert.match(error(long, 'body'), /5000/);
    assert.equal(
      await t.dataSource.getRepository(AdviceMessage).countBy({ requestId: request.id }),
      2,
    );

    // Someone else's request, or no request at all: the same 404.
    const stranger = t.client();
    await signIn(stranger, other.email);
    assert.equal((await stranger.get(`/mijn/advies/${request.id}`)).status, 404);
    assert.equal((await stranger.get('/mijn/advies/999999')).status, 404);
    assert.equal((await stranger.get('/mijn/advies/abc')).status, 404);
    await stranger.get('/advies');
    const foreignReply = await stranger.post(`/mijn/advies/${request.id}/reactie`, { body: 'Hoi' });
    assert.equal(foreignReply.status, 404);
    assert.equal(
      await t.dataSource.getRepository(AdviceMessage).countBy({ requestId: request.id }),
      2,
    );
    // A visitor is sent to log in.
    assert.equal((await t.client().get(`/mijn/advies/${request.id}`)).status, 303);
  });

  it('a visitor replies through the private link; a closed request takes no more replies', async () => {
    const { request, accessToken } = await createAdviceRequest(t.dataSource, {
      status: 'in_progress',
    });
    const c = t.client();
    const page = await c.get(`/advies/vraag/${accessToken}`);
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-advice-private-note'), /Deel hem niet/);
    const replied = await c.post(`/advies/vraag/${accessToken}/reactie`, {
      body: 'Een aanvulling.',
    });
    assert.equal(replied.status, 303);
    assert.equal(replied.location, `/advies/vraag/${accessToken}`);
    const shown = await c.get(replied.location);
    assert.match(textOf(shown.$, '.jep-advice-message--you'), /Een aanvulling/);
    const outbox = await t.dataSource
      .getRepository(OutboxMessage)
      .countBy({ template: 'advice-reply-received' });

    await requests().update({ id: request.id }, { status: 'completed', closedAt: new Date() });
    const closed = await c.get(`/advies/vraag/${accessToken}`);
    assert.equal(closed.$(`form[action$="/reactie"]`).length, 0);
    assert.match(textOf(closed.$, '.jep-advice-closed'), /afgesloten/);
    const refused = await c.post(
      `/advies/vraag/${accessToken}/reactie`,
      { body: 'Nog iets.' },
      {
        csrf: page.$('input[name=_csrf]').attr('value')!,
      },
    );
    assert.equal(refused.status, 422);
    assert.match(textOf(refused.$, '.jep-error-summary'), /gewijzigd of afgesloten/);
    assert.equal(
      await t.dataSource.getRepository(AdviceMessage).countBy({ requestId: request.id }),
      1,
    );
    assert.equal(
      await t.dataSource
        .getRepository(OutboxMessage)
        .countBy({ template: 'advice-reply-received' }),
      outbox,
    );
    const wrong = await c.post(
      `/advies/vraag/${'a'.repeat(43)}/reactie`,
      { body: 'x' },
      {
        csrf: page.$('input[name=_csrf]').attr('value')!,
      },
    );
    assert.equal(wrong.status, 404);
  });
});
