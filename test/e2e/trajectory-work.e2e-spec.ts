import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { JobRunner } from '../../src/jobs/job-runner';
import { ActionReminders } from '../../src/trajectories/action-reminders';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { TrajectoryAction } from '../../src/trajectories/trajectory-action.entity';
import { TrajectoryLink } from '../../src/trajectories/trajectory-link.entity';
import { TrajectoryLogAttendee } from '../../src/trajectories/trajectory-log-attendee.entity';
import { TrajectoryLogEntry } from '../../src/trajectories/trajectory-log-entry.entity';
import type { Trajectory } from '../../src/trajectories/trajectory.entity';
import { toAmsterdamParts } from '../../src/common/views/amsterdam-time';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { createTrajectory } from '../utils/trajectory-fixtures';
import { Page, textOf, WebClient } from '../utils/web-client';

const DAY = 86_400_000;
const dateOf = (instant: Date) => toAmsterdamParts(instant).date;

/**
 * Working together in a JOS trajectory: the log (with attendees, shown escaped), actions with an
 * owner and a due date (a mail to the owner, one reminder when overdue), document links, and
 * nobody outside the trajectory sees or changes any of it.
 */
describe('JOS trajectory: log, actions, reminders and documents', () => {
  let t: TestApp;
  let coach: User;
  let anna: User;
  let bram: User;
  let outsider: User;
  let trajectory: Trajectory;
  let a: WebClient;
  let b: WebClient;
  let c: WebClient;
  let o: WebClient;
  let base = '';

  const error = (page: Page, field: string) => textOf(page.$, `#field-${field}-error`);
  const outbox = (template: string) =>
    t.dataSource.getRepository(OutboxMessage).find({ where: { template }, order: { id: 'ASC' } });

  before(async () => {
    t = await createTestApp({ smtp: true });
    coach = await createUser(t.dataSource, { role: 'staff', name: 'Coach Carla' });
    anna = await createUser(t.dataSource, { name: 'Anna de Vries' });
    bram = await createUser(t.dataSource, { name: 'Bram Jansen' });
    outsider = await createUser(t.dataSource, { name: 'Olga Buiten' });
    trajectory = await createTrajectory(t.dataSource, {
      members: [anna, bram],
      coach,
      title: 'JOS Utrecht: Testcollege en Jongerenwerk Test',
    });
    base = `/jos/trajecten/${trajectory.id}`;
    [a, b, c, o] = [t.client(), t.client(), t.client(), t.client()];
    await signIn(a, anna.email);
    await signIn(b, bram.email);
    await signIn(c, coach.email);
    await signIn(o, outsider.email);
  });
  after(() => t.close());

  it('keeps a log entry with who was there, and shows HTML and Markdown as plain text', async () => {
    const form = await a.get(`${base}/logboek`);
    assert.equal(form.status, 200);
    assert.match(textOf(form.$, 'main'), /niets over individuele jongeren/);
    assert.match(textOf(form.$, 'h1'), /JOS Utrecht: Testcollege/);
    assert.equal(
      form.$('form textarea').length,
      1,
      'one text field: the body, no field about pupils',
    );
    const body =
      '<script>alert("x")</script>\n**Vet** en [een link](javascript:alert(1))\n<img src=x onerror=alert(2)>';
    const page = await a.submit(`${base}/logboek`, {
      kind: 'meeting',
      occurredOn: dateOf(new Date()),
      title: 'Kennismaking <b>team</b>',
      body,
      attendees: [String(anna.id), String(coach.id)],
      otherAttendees: 'wijkagent',
    });
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, '.jep-flash'), /staat in het logboek/);
    const item = page.$('.jep-work-item').first();
    assert.equal(item.find('h3').text(), 'Kennismaking <b>team</b>');
    assert.equal(item.find('.jep-plain-text').text(), body, 'the text as typed, line breaks kept');
    assert.equal(page.$('main script').length, 0);
    assert.equal(page.$('main img').length, 0);
    assert.equal(page.$('main b').length, 0);
    assert.ok(!page.text.includes('<script>alert("x")'), 'never unescaped');
    assert.ok(!page.$('main a[href^="javascript"]').length);
    const present = textOf(page.$, '.jep-work-item dd');
    assert.match(present, /Anna de Vries/);
    assert.match(present, /Coach Carla/);
    assert.match(present, /anderen: wijkagent/);
    assert.doesNotMatch(present, /Bram Jansen/);
    const entry = await t.dataSource.getRepository(TrajectoryLogEntry).findOneByOrFail({
      trajectoryId: trajectory.id,
    });
    assert.equal(entry.authorId, anna.id);
    assert.equal(
      await t.dataSource.getRepository(TrajectoryLogAttendee).countBy({ entryId: entry.id }),
      2,
    );
  });

  it('refuses a date in the future, an attendee from elsewhere and an empty body', async () => {
    const tomorrow = dateOf(new Date(Date.now() + 2 * DAY));
    await a.get(`${base}/logboek`);
    const page = await a.post(`${base}/logboek`, {
      kind: 'note',
      occurredOn: tomorrow,
      title: 'Later',
      body: 'Tekst',
    });
    assert.equal(page.status, 422);
    assert.match(error(page, 'occurredOn'), /vandaag of eerder/);
    assert.equal(page.$('#field-title').val(), 'Later', 'the values are kept');
    await a.get(`${base}/logboek`);
    const stranger = await a.post(`${base}/logboek`, {
      kind: 'note',
      occurredOn: dateOf(new Date()),
      title: 'Met een buitenstaander',
      body: 'Tekst',
      attendees: String(outsider.id),
    });
    assert.equal(stranger.status, 422);
    assert.match(error(stranger, 'attendees'), /deelnemers van dit traject/);
    await a.get(`${base}/logboek`);
    const empty = await a.post(`${base}/logboek`, {
      kind: 'note',
      occurredOn: dateOf(new Date()),
      title: 'Leeg',
      body: '',
    });
    assert.equal(empty.status, 422);
    assert.match(error(empty, 'body'), /Vul dit veld in/);
    assert.equal(
      await t.dataSource.getRepository(TrajectoryLogEntry).countBy({ trajectoryId: trajectory.id }),
      1,
    );
  });

  it('lets the author and the coach change an entry, and nobody else', async () => {
    const entry = await t.dataSource
      .getRepository(TrajectoryLogEntry)
      .findOneByOrFail({ trajectoryId: trajectory.id });
    const edit = `${base}/logboek/${entry.id}/bewerken`;
    const list = await b.get(`${base}/logboek`);
    assert.equal(list.$(`a[href="${edit}"]`).length, 0, 'another member gets no edit link');
    assert.equal((await b.get(edit)).status, 403);
    await b.get(`${base}/logboek`);
    const refused = await b.post(`${base}/logboek/${entry.id}/verwijderen`, {});
    assert.equal(refused.status, 403);

    const form = await a.get(edit);
    assert.equal(form.status, 200);
    assert.equal(form.$('#field-title').val(), 'Kennismaking <b>team</b>');
    assert.equal(form.$(`#field-attendees-${anna.id}`).attr('checked'), 'checked');
    const saved = await a.submit(edit, {
      kind: 'meeting',
      occurredOn: entry.occurredOn,
      title: 'Kennismaking',
      body: 'Bijgewerkt verslag',
      attendees: String(bram.id),
      otherAttendees: '',
    });
    assert.equal(saved.status, 200);
    assert.match(textOf(saved.$, '.jep-work-item'), /Bijgewerkt verslag/);
    assert.match(textOf(saved.$, '.jep-work-item dd'), /Bram Jansen/);
    assert.doesNotMatch(textOf(saved.$, '.jep-work-item dd'), /Anna de Vries/);
    const page = await c.get(`${base}/logboek`);
    assert.equal(page.$(`form[action="${base}/logboek/${entry.id}/verwijderen"]`).length, 1);
  });

  it('refuses an action without an owner, and one due in the past, with a clear message', async () => {
    const form = await a.get(`${base}/acties`);
    assert.equal(form.status, 200);
    const options = form
      .$('#field-ownerId option')
      .map((_, el) => form.$(el).text())
      .get();
    assert.deepEqual(options.slice(1), ['Anna de Vries', 'Bram Jansen', 'Coach Carla (JEP-coach)']);
    const noOwner = await a.post(`${base}/acties`, {
      title: 'Rooster afstemmen',
      description: '',
      ownerId: '',
      dueOn: dateOf(new Date(Date.now() + 7 * DAY)),
    });
    assert.equal(noOwner.status, 422);
    assert.match(error(noOwner, 'ownerId'), /Kies wie deze actie uitvoert/);
    assert.match(textOf(noOwner.$, '.jep-error-summary'), /Eigenaar/);
    await a.get(`${base}/acties`);
    const past = await a.post(`${base}/acties`, {
      title: 'Rooster afstemmen',
      description: '',
      ownerId: String(bram.id),
      dueOn: dateOf(new Date(Date.now() - 2 * DAY)),
    });
    assert.equal(past.status, 422);
    assert.match(error(past, 'dueOn'), /kies een datum vanaf vandaag/);
    await a.get(`${base}/acties`);
    const stranger = await a.post(`${base}/acties`, {
      title: 'Rooster afstemmen',
      ownerId: String(outsider.id),
      dueOn: dateOf(new Date(Date.now() + 2 * DAY)),
    });
    assert.equal(stranger.status, 422);
    assert.match(error(stranger, 'ownerId'), /deelnemers van dit traject/);
    assert.equal(
      await t.dataSource.getRepository(TrajectoryAction).countBy({ trajectoryId: trajectory.id }),
      0,
    );
  });

  it('mails the owner of a new action, but not someone who gives it to themselves', async () => {
    const today = dateOf(new Date());
    const page = await a.submit(`${base}/acties`, {
      title: 'Rooster <i>afstemmen</i>',
      description: 'Met de teamleider.',
      ownerId: String(bram.id),
      dueOn: today,
    });
    assert.equal(page.status, 200);
    assert.match(textOf(page.$, 'main'), /Rooster <i>afstemmen<\/i>/);
    await a.submit(`${base}/acties`, {
      title: 'Verslag rondsturen',
      ownerId: String(anna.id),
      dueOn: today,
    });
    await t.deliverMail();
    const toBram = t.smtp!.messages.filter((mail) => mail.to.includes(bram.email));
    assert.equal(toBram.length, 1);
    assert.match(toBram[0].subject, /Nieuwe actie voor u: Rooster <i>afstemmen<\/i>/);
    assert.match(toBram[0].text, /Anna de Vries heeft in het JOS-traject/);
    assert.match(toBram[0].text, new RegExp(`http://jep.test${base}/acties`));
    assert.ok(!toBram[0].html.includes('<i>afstemmen'), 'escaped in the HTML part');
    assert.equal(t.smtp!.messages.filter((mail) => mail.to.includes(anna.email)).length, 0);
  });

  it('reminds the owner of an overdue action once, however often the job runs; not for done ones', async () => {
    const actions = t.dataSource.getRepository(TrajectoryAction);
    const rooster = await actions.findOneByOrFail({
      trajectoryId: trajectory.id,
      ownerId: bram.id,
    });
    const verslag = await actions.findOneByOrFail({
      trajectoryId: trajectory.id,
      ownerId: anna.id,
    });
    // Anna marks her own action done; Bram's stays open.
    await a.get(`${base}/acties`);
    const done = await a.post(`${base}/acties/${verslag.id}/afgerond`, {}, { follow: true });
    assert.equal(done.status, 200);
    assert.equal((await actions.findOneByOrFail({ id: verslag.id })).status, 'done');

    // The reminder is one of the registered jobs; later runs call it alone, because the other
    // jobs at a moment days ahead would also end every session (the retention of sessions).
    const now = await t.app.get(JobRunner).runAll(new Date());
    assert.equal(now['trajectories.overdueActions'], 0);
    assert.equal((await outbox('trajectory-action-overdue')).length, 0, 'due today is not overdue');
    const job = t.app.get(ActionReminders);
    const jobs = { runAll: (at: Date) => job.sendOverdueReminders(at) };

    const later = new Date(Date.now() + 3 * DAY);
    assert.equal(await jobs.runAll(later), 1);
    await jobs.runAll(later);
    await jobs.runAll(new Date(later.getTime() + DAY));
    const reminders = await outbox('trajectory-action-overdue');
    assert.equal(reminders.length, 1, 'one reminder, not one per run');
    assert.equal(reminders[0].toAddress, bram.email);
    assert.ok((await actions.findOneByOrFail({ id: rooster.id })).overdueNotifiedAt);
    assert.equal((await actions.findOneByOrFail({ id: verslag.id })).overdueNotifiedAt, null);
    await t.deliverMail();
    const mail = t.smtp!.messages.find((m) => m.subject.startsWith('Herinnering'));
    assert.ok(mail);
    assert.deepEqual(mail.to, [bram.email]);

    // The page marks it in words, open before done.
    await actions.update({ id: rooster.id }, { dueOn: dateOf(new Date(Date.now() - 2 * DAY)) });
    const page = await b.get(`${base}/acties`);
    const lists = page.$('.jep-work-list');
    assert.match(textOf(page.$, `#actie-${rooster.id}`), /Over de datum/);
    assert.doesNotMatch(textOf(page.$, `#actie-${verslag.id}`), /Over de datum/);
    assert.ok(lists.first().find(`#actie-${rooster.id}`).length, 'the open one in the first list');
    assert.ok(lists.last().find(`#actie-${verslag.id}`).length, 'the done one in the last list');

    // Reopened and overdue again: still no second reminder.
    await b.post(`${base}/acties/${verslag.id}/heropenen`, {});
    await actions.update({ id: verslag.id }, { dueOn: dateOf(new Date(Date.now() - 2 * DAY)) });
    await jobs.runAll(later);
    const after = await outbox('trajectory-action-overdue');
    assert.equal(after.length, 2, 'the reopened one gets its own single reminder');
    await jobs.runAll(later);
    assert.equal((await outbox('trajectory-action-overdue')).length, 2);
  });

  it('adds document links, refuses javascript: and other non-web addresses', async () => {
    const form = await a.get(`${base}/documenten`);
    assert.equal(form.status, 200);
    for (const url of ['javascript:alert(1)', 'ftp://example.nl/x', 'www.zonder-schema.nl']) {
      await a.get(`${base}/documenten`);
      const page = await a.post(`${base}/documenten`, { title: 'Plan', url });
      assert.equal(page.status, 422, url);
      assert.match(error(page, 'url'), /begint met https:\/\//);
    }
    assert.equal(await t.dataSource.getRepository(TrajectoryLink).count(), 0);
    const page = await a.submit(`${base}/documenten`, {
      title: 'Plan van aanpak',
      url: 'https://drive.example.nl/plan?id=1',
    });
    const link = page.$('main a[href="https://drive.example.nl/plan?id=1"]');
    assert.equal(link.text(), 'Plan van aanpak');
    assert.equal(link.attr('rel'), 'noopener noreferrer');
    assert.match(textOf(page.$, '.jep-work-item'), /drive\.example\.nl/);
    assert.match(textOf(page.$, '.jep-work-item'), /Toegevoegd door Anna de Vries/);
    const stored = await t.dataSource
      .getRepository(TrajectoryLink)
      .findOneByOrFail({ title: 'Plan van aanpak' });
    await b.get(`${base}/documenten`);
    assert.equal((await b.post(`${base}/documenten/${stored.id}/verwijderen`, {})).status, 403);
    await c.get(`${base}/documenten`);
    const removed = await c.post(
      `${base}/documenten/${stored.id}/verwijderen`,
      {},
      { follow: true },
    );
    assert.equal(removed.status, 200);
    assert.equal(await t.dataSource.getRepository(TrajectoryLink).count(), 0);
  });

  it('shows an outsider 404 on every page and every form of it', async () => {
    const entry = await t.dataSource.getRepository(TrajectoryLogEntry).findOneByOrFail({});
    const action = await t.dataSource
      .getRepository(TrajectoryAction)
      .findOneByOrFail({ ownerId: bram.id });
    await a.submit(`${base}/documenten`, { title: 'Nog een', url: 'https://example.nl/' });
    const link = await t.dataSource.getRepository(TrajectoryLink).findOneByOrFail({});
    for (const path of [
      `${base}/logboek`,
      `${base}/logboek/${entry.id}/bewerken`,
      `${base}/acties`,
      `${base}/documenten`,
      `${base}/zelfevaluatie`,
      `${base}/zelfevaluatie/start`,
      `/jos/trajecten/999999/logboek`,
    ]) {
      const page = await o.get(path);
      assert.equal(page.status, 404, path);
      assert.doesNotMatch(page.text, /JOS Utrecht/);
    }
    await o.get('/mijn');
    const token = o.csrfToken();
    const posts: [string, Record<string, string>][] = [
      [`${base}/logboek`, { kind: 'note', occurredOn: dateOf(new Date()), title: 'x', body: 'x' }],
      [`${base}/logboek`, { kind: 'note', occurredOn: '', title: '', body: '' }],
      [
        `${base}/logboek/${entry.id}/bewerken`,
        { kind: 'note', occurredOn: dateOf(new Date()), title: 'x', body: 'x' },
      ],
      [`${base}/logboek/${entry.id}/verwijderen`, {}],
      [`${base}/acties`, { title: 'x', ownerId: String(outsider.id), dueOn: dateOf(new Date()) }],
      [`${base}/acties/${action.id}/afgerond`, {}],
      [`${base}/acties/${action.id}/heropenen`, {}],
      [`${base}/documenten`, { title: 'x', url: 'https://example.nl' }],
      [`${base}/documenten/${link.id}/verwijderen`, {}],
      [`${base}/zelfevaluatie/start`, { organisationId: '1' }],
    ];
    for (const [path, fields] of posts) {
      const page = await o.post(path, fields, { csrf: token });
      assert.equal(page.status, 404, `POST ${path}`);
    }
    assert.equal(await t.dataSource.getRepository(TrajectoryLogEntry).count(), 1);
    assert.equal(
      (await t.dataSource.getRepository(TrajectoryAction).findOneByOrFail({ id: action.id }))
        .status,
      'open',
    );
    assert.equal(await t.dataSource.getRepository(TrajectoryLink).count(), 1);
  });
});
