import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Attendance } from '../../src/enrolments/attendance.entity';
import type { AttendanceStatus, EnrolmentStatus } from '../../src/enrolments/enrolment-status';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { JobRunner } from '../../src/jobs/job-runner';
import { createEdition, daysFromNow, EditionFixtureOptions } from '../utils/enrolment-fixtures';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const DAY = 86_400_000;

describe('attendance and completion', () => {
  let t: TestApp;
  let trainer: User;
  let otherTrainer: User;
  let staff: User;
  let trainerClient: WebClient;
  let otherClient: WebClient;
  let staffClient: WebClient;
  let professionalClient: WebClient;

  async function signedIn(user: User) {
    const client = t.client();
    await signIn(client, user.email);
    return client;
  }

  before(async () => {
    t = await createTestApp();
    trainer = await createUser(t.dataSource, { role: 'trainer', name: 'Marieke Trainer' });
    otherTrainer = await createUser(t.dataSource, { role: 'trainer', name: 'Karel Anders' });
    staff = await createUser(t.dataSource, { role: 'staff', name: 'Sanne Medewerker' });
    const professional = await createUser(t.dataSource);
    trainerClient = await signedIn(trainer);
    otherClient = await signedIn(otherTrainer);
    staffClient = await signedIn(staff);
    professionalClient = await signedIn(professional);
  });
  after(() => t.close());

  /** An edition taught by `trainer`, with meetings on the given days from now (negative: past). */
  function edition(days: number[], options: EditionFixtureOptions = {}) {
    return createEdition(t.dataSource, {
      meetings: days.map((d) => [daysFromNow(d), '09:30', '12:30']),
      registrationOpensAt: new Date(Date.now() - 90 * DAY),
      registrationClosesAt: new Date(Date.now() + Math.min(...days) * DAY - DAY),
      trainerIds: [trainer.id],
      ...options,
    });
  }

  async function participant(
    editionId: number,
    fields: Partial<User> = {},
    status: EnrolmentStatus = 'confirmed',
  ) {
    const user = await createUser(t.dataSource, fields);
    const repo = t.dataSource.getRepository(Enrolment);
    const enrolment = await repo.save(
      repo.create({
        editionId,
        userId: user.id,
        status,
        waitlistSeq: null,
        statusChangedAt: new Date(),
        offerExpiresAt: null,
        offerTokenHash: null,
        cancelReason: status === 'cancelled' ? 'participant' : null,
        completion: null,
        completionNote: null,
        calendarSequence: 0,
        enrolledBy: null,
      }),
    );
    return { user, enrolment };
  }

  const marksOf = (meetingId: number) =>
    t.dataSource
      .getRepository(Attendance)
      .find({ where: { meetingId }, order: { enrolmentId: 'ASC' } });

  const completionOf = async (enrolmentId: number) =>
    (await t.dataSource.getRepository(Enrolment).findOneByOrFail({ id: enrolmentId })).completion;

  async function mark(meetingId: number, enrolmentId: number, status: AttendanceStatus) {
    await t.dataSource
      .getRepository(Attendance)
      .save({ enrolmentId, meetingId, status, markedBy: trainer.id, markedAt: new Date() });
  }

  it('a trainer of the edition marks everyone in one form; the values are stored and shown back', async () => {
    const { edition: e, meetings } = await edition([-2, 12]);
    const anna = await participant(e.id, {
      name: 'Anna Bakker',
      organisation: 'Jongerenwerk Utrecht',
    });
    const bram = await participant(e.id, { name: 'Bram de Wit' });
    const cem = await participant(e.id, { name: 'Cem Yilmaz' });
    await participant(e.id, { name: 'Dirk Geannuleerd' }, 'cancelled');
    await participant(e.id, { name: 'Eva Wachtlijst' }, 'waitlisted');
    const path = `/bijeenkomsten/${meetings[0].id}/presentie`;

    const page = await trainerClient.get(path);
    assert.equal(page.status, 200);
    const legends = page
      .$('form fieldset legend')
      .map((_, el) => page.$(el).text().trim())
      .get();
    assert.deepEqual(legends, ['Anna Bakker', 'Bram de Wit', 'Cem Yilmaz']);
    assert.match(textOf(page.$, 'main'), /Jongerenwerk Utrecht/);
    // every radio has its own label
    const radios = page.$(`fieldset#field-status-${anna.enrolment.id} input[type=radio]`);
    assert.equal(radios.length, 3);
    radios.each((_, el) => {
      const id = page.$(el).attr('id');
      assert.equal(page.$(`label[for="${id}"]`).length, 1, `label for ${id}`);
    });
    assert.equal(page.$('input[type=radio]:checked').length, 0);
    assert.equal(page.$('a[href$="/afronding"]').length, 0, 'no completion link for trainers');

    const saved = await trainerClient.post(
      path,
      {
        [`status-${anna.enrolment.id}`]: 'present',
        [`status-${bram.enrolment.id}`]: 'absent',
        [`status-${cem.enrolment.id}`]: 'excused',
      },
      { follow: true },
    );
    assert.equal(saved.status, 200);
    assert.match(textOf(saved.$, '.jep-flash'), /De presentie is opgeslagen \(3 gewijzigd\)/);
    assert.equal(saved.$(`#field-status-${anna.enrolment.id}-present`).attr('checked'), 'checked');
    assert.equal(saved.$(`#field-status-${bram.enrolment.id}-absent`).attr('checked'), 'checked');
    assert.equal(saved.$(`#field-status-${cem.enrolment.id}-excused`).attr('checked'), 'checked');
    assert.match(textOf(saved.$, 'main'), /Laatst opgeslagen op .* door Marieke Trainer/);

    const stored = await marksOf(meetings[0].id);
    assert.deepEqual(
      stored.map((a) => [a.enrolmentId, a.status, a.markedBy]),
      [
        [anna.enrolment.id, 'present', trainer.id],
        [bram.enrolment.id, 'absent', trainer.id],
        [cem.enrolment.id, 'excused', trainer.id],
      ],
    );
    assert.ok(Date.now() - stored[0].markedAt.getTime() < 60_000);

    // staff changes one: only that row gets a new marker
    await staffClient.get(path);
    const again = await staffClient.post(
      path,
      {
        [`status-${anna.enrolment.id}`]: 'present',
        [`status-${bram.enrolment.id}`]: 'present',
      },
      { follow: true },
    );
    assert.match(textOf(again.$, '.jep-flash'), /1 gewijzigd/);
    const after = await marksOf(meetings[0].id);
    assert.deepEqual(
      after.map((a) => [a.status, a.markedBy]),
      [
        ['present', trainer.id],
        ['present', staff.id],
        ['excused', trainer.id],
      ],
    );
    const audits = await t.dataSource.getRepository(AuditEntry).find({
      where: { action: 'attendance.marked', subjectId: String(meetings[0].id) },
      order: { id: 'ASC' },
    });
    assert.equal(audits.length, 2);
    assert.equal(audits[0].actorId, trainer.id);
    assert.deepEqual(JSON.parse(audits[1].detail!).changes, [
      { enrolmentId: bram.enrolment.id, before: 'absent', after: 'present' },
    ]);
    // the edition has a meeting to come: no completion yet
    assert.equal(await completionOf(anna.enrolment.id), null);
  });

  it('shows the roster only to its trainers and staff: others get 404, a professional 403', async () => {
    const { edition: e, meetings } = await edition([-3]);
    const p = await participant(e.id);
    const base = `/bijeenkomsten/${meetings[0].id}/presentie`;
    for (const path of [base, `${base}/afdrukken`, `${base}.csv`]) {
      assert.equal((await otherClient.get(path)).status, 404, `other trainer ${path}`);
      assert.equal((await professionalClient.get(path)).status, 403, `professional ${path}`);
      assert.equal((await staffClient.get(path)).status, 200, `staff ${path}`);
      assert.equal((await trainerClient.get(path)).status, 200, `trainer ${path}`);
      const anonymous = await t.client().get(path);
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.location ?? '', /^\/inloggen\?terug=/);
    }
    // a post by a trainer who does not teach it is not found either, and stores nothing
    await otherClient.get('/mijn');
    const post = await otherClient.post(base, { [`status-${p.enrolment.id}`]: 'present' });
    assert.equal(post.status, 404);
    assert.equal((await marksOf(meetings[0].id)).length, 0);
    // the 404 is the same as for a meeting that does not exist
    const unknown = await staffClient.get('/bijeenkomsten/987654321/presentie');
    assert.equal(unknown.status, 404);
    assert.equal(textOf(unknown.$, 'h1'), textOf((await otherClient.get(base)).$, 'h1'));
    assert.equal((await staffClient.get('/bijeenkomsten/abc/presentie')).status, 404);
    // staff get the completion link
    const staffPage = await staffClient.get(base);
    assert.equal(
      staffPage.$(`a[href="/beheer/uitvoeringen/${e.id}/afronding"]`).length,
      1,
      'link to the completion page',
    );
  });

  it('has no roster for a draft or cancelled edition', async () => {
    for (const status of ['draft', 'cancelled'] as const) {
      const { meetings } = await edition([-1], { status });
      assert.equal(
        (await staffClient.get(`/bijeenkomsten/${meetings[0].id}/presentie`)).status,
        404,
        status,
      );
    }
  });

  it('links each meeting of a published edition to its roster from the staff edition page', async () => {
    const { edition: e, meetings } = await edition([-1, 6]);
    const page = await staffClient.get(`/beheer/uitvoeringen/${e.id}`);
    assert.equal(page.status, 200);
    for (const m of meetings)
      assert.equal(page.$(`a[href="/bijeenkomsten/${m.id}/presentie"]`).length, 1);
  });

  it('refuses tampered values with a clear 422 and changes nothing', async () => {
    const { edition: e, meetings } = await edition([-1, 8]);
    const a = await participant(e.id, { name: 'Anna Anker' });
    const b = await participant(e.id, { name: 'Bo Bos' });
    const gone = await participant(e.id, { name: 'Ceder Weg' }, 'cancelled');
    const other = await edition([-1]);
    const elsewhere = await participant(other.edition.id);
    const path = `/bijeenkomsten/${meetings[0].id}/presentie`;
    await mark(meetings[0].id, b.enrolment.id, 'absent');

    await trainerClient.get(path);
    const bad = await trainerClient.post(path, {
      [`status-${a.enrolment.id}`]: 'present',
      [`status-${b.enrolment.id}`]: 'aanwezig',
    });
    assert.equal(bad.status, 422);
    assert.match(textOf(bad.$, '.jep-error-summary'), /Bo Bos: Kies aanwezig, afwezig of afgemeld/);
    assert.equal(bad.$(`#field-status-${b.enrolment.id}-error`).length, 1);
    assert.equal(
      bad.$(`#field-status-${a.enrolment.id}-present`).attr('checked'),
      'checked',
      'input kept',
    );

    for (const id of [gone.enrolment.id, elsewhere.enrolment.id, 'x1']) {
      const tampered = await trainerClient.post(path, {
        [`status-${a.enrolment.id}`]: 'present',
        [`status-${id}`]: 'present',
      });
      assert.equal(tampered.status, 422, `id ${id}`);
      assert.match(
        textOf(tampered.$, '.jep-error-summary'),
        /niet \(meer\) op deze presentielijst/,
      );
    }
    const repeated = await trainerClient.post(path, {
      [`status-${a.enrolment.id}`]: ['present', 'absent'],
    });
    assert.equal(repeated.status, 422);
    const empty = await trainerClient.post(path, {});
    assert.equal(empty.status, 422);
    assert.match(textOf(empty.$, '.jep-error-summary'), /minstens één deelnemer/);

    const stored = await marksOf(meetings[0].id);
    assert.deepEqual(
      stored.map((x) => [x.enrolmentId, x.status]),
      [[b.enrolment.id, 'absent']],
      'nothing changed',
    );
    assert.equal(
      await t.dataSource.getRepository(AuditEntry).countBy({
        action: 'attendance.marked',
        subjectId: String(meetings[0].id),
      }),
      0,
    );

    // a meeting still to come: the list can be printed but not filled in yet
    const future = `/bijeenkomsten/${meetings[1].id}/presentie`;
    const view = await trainerClient.get(future);
    assert.equal(view.status, 200);
    assert.equal(view.$('input[type=radio]').length, 0);
    assert.match(textOf(view.$, 'main'), /U kunt de presentie invullen vanaf die dag/);
    const early = await trainerClient.post(future, { [`status-${a.enrolment.id}`]: 'present' });
    assert.equal(early.status, 422);
    assert.match(textOf(early.$, '.jep-error-summary'), /pas invullen vanaf de dag/);
    assert.equal((await marksOf(meetings[1].id)).length, 0);
  });

  it('exports the roster as CSV for a Dutch spreadsheet, guarded against formulas', async () => {
    const { edition: e, meetings } = await edition([-4]);
    const a = await participant(e.id, { name: 'Bakker; Anna', organisation: 'De "Brug"' });
    await participant(e.id, {
      name: 'Zoë Özdemir',
      organisation: '=HYPERLINK("http://x.example")',
    });
    await participant(e.id, { name: '@Mallory', organisation: '+31 6 12345678' });
    await mark(meetings[0].id, a.enrolment.id, 'present');

    const res = await staffClient.agent
      .get(`/bijeenkomsten/${meetings[0].id}/presentie.csv`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(
      String(res.headers['content-disposition']),
      /^attachment; filename="presentie-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = res.body as Buffer;
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    assert.equal(lines[0], 'Naam;Organisatie;Presentie;Ingevuld op');
    assert.equal(lines.at(-1), '', 'every line ends with CRLF');
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare line feeds');
    assert.match(lines[1], /^'@Mallory;'\+31 6 12345678;;$/);
    assert.match(lines[2], /^"Bakker; Anna";"De ""Brug""";Aanwezig;\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    assert.equal(lines[3], `Zoë Özdemir;"'=HYPERLINK(""http://x.example"")";;`);
  });

  it('prints a clean sheet with the meeting facts and a signature column', async () => {
    const { edition: e, meetings, offering } = await edition([-5]);
    await participant(e.id, { name: 'Fenna Frans', organisation: 'Gemeente Zeist' });
    const page = await trainerClient.get(`/bijeenkomsten/${meetings[0].id}/presentie/afdrukken`);
    assert.equal(page.status, 200);
    assert.match(page.$('html').attr('class') ?? '', /\bjep-print\b/);
    assert.equal(page.$('header nav, footer').length, 0, 'no site navigation on the sheet');
    const facts = textOf(page.$, '.jep-facts');
    assert.ok(facts.includes(offering.title));
    assert.ok(facts.includes(e.title));
    assert.match(facts, /09:30–12:30/);
    assert.match(facts, /Stadskantoor, Stadsplateau 1 \(Utrecht\)/);
    const headers = page
      .$('thead th')
      .map((_, el) => page.$(el).text().trim())
      .get();
    assert.deepEqual(headers, ['Nr.', 'Naam', 'Organisatie', 'Presentie', 'Handtekening']);
    assert.match(textOf(page.$, 'tbody'), /Fenna Frans Gemeente Zeist/);
  });

  it('decides completion after the last meeting by "all meetings", excused counted or not', async () => {
    for (const excusedCounts of [false, true]) {
      const { edition: e, meetings } = await edition([-9, -2], {
        completionRule: 'all_meetings',
        excusedCounts,
      });
      const all = await participant(e.id, { name: 'Alle Keren' });
      const excused = await participant(e.id, { name: 'Bericht Gegeven' });
      const missing = await participant(e.id, { name: 'Chris Gemist' });
      await mark(meetings[0].id, all.enrolment.id, 'present');
      await mark(meetings[0].id, excused.enrolment.id, 'present');
      await mark(meetings[0].id, missing.enrolment.id, 'present');
      // the last roster: saving it decides at once, missing's second meeting stays unmarked
      const path = `/bijeenkomsten/${meetings[1].id}/presentie`;
      await trainerClient.get(path);
      const saved = await trainerClient.post(
        path,
        {
          [`status-${all.enrolment.id}`]: 'present',
          [`status-${excused.enrolment.id}`]: 'excused',
        },
        { follow: true },
      );
      assert.equal(saved.status, 200);
      assert.equal(await completionOf(all.enrolment.id), 'completed');
      assert.equal(
        await completionOf(excused.enrolment.id),
        excusedCounts ? 'completed' : 'not_completed',
        `excused counts: ${excusedCounts}`,
      );
      assert.equal(await completionOf(missing.enrolment.id), 'not_completed');
    }
  });

  it('decides "minimum percent" by hours in the job, once, and only for ended editions', async () => {
    const opts = {
      meetings: [
        [daysFromNow(-20), '09:00', '12:00'],
        [daysFromNow(-13), '09:00', '12:00'],
        [daysFromNow(-6), '13:00', '15:00'],
      ] as [string, string, string][],
      registrationOpensAt: new Date(Date.now() - 90 * DAY),
      registrationClosesAt: new Date(Date.now() - 30 * DAY),
      trainerIds: [trainer.id],
      completionRule: 'min_percent' as const,
      completionPercent: 75,
      excusedCounts: true,
      status: 'completed' as const,
    };
    const { edition: e, meetings } = await createEdition(t.dataSource, opts);
    const [m1, m2, m3] = meetings;
    // 3 + 3 of 8 hours = 75 %
    const exact = await participant(e.id);
    await mark(m1.id, exact.enrolment.id, 'present');
    await mark(m2.id, exact.enrolment.id, 'present');
    await mark(m3.id, exact.enrolment.id, 'absent');
    // 3 + 2 of 8 hours = 62.5 %
    const short = await participant(e.id);
    await mark(m1.id, short.enrolment.id, 'present');
    await mark(m3.id, short.enrolment.id, 'present');
    // present 3 h, excused 3 h (counts), third unmarked: 75 %
    const excused = await participant(e.id);
    await mark(m1.id, excused.enrolment.id, 'present');
    await mark(m2.id, excused.enrolment.id, 'excused');
    // still to come: not decided
    const future = await edition([-1, 5]);
    const waiting = await participant(future.edition.id);
    await mark(future.meetings[0].id, waiting.enrolment.id, 'present');
    // draft: never decided
    const draft = await edition([-10], { status: 'draft' });
    const inDraft = await participant(draft.edition.id);

    const jobs = t.app.get(JobRunner);
    const first = await jobs.runAll(new Date());
    assert.ok(first['attendance.completion'] >= 3, `decided ${first['attendance.completion']}`);
    assert.equal(await completionOf(exact.enrolment.id), 'completed');
    assert.equal(await completionOf(short.enrolment.id), 'not_completed');
    assert.equal(await completionOf(excused.enrolment.id), 'completed');
    assert.equal(await completionOf(waiting.enrolment.id), null);
    assert.equal(await completionOf(inDraft.enrolment.id), null);
    const second = await jobs.runAll(new Date());
    assert.equal(second['attendance.completion'], 0, 'a second run changes nothing');
  });

  it('staff correct a completion with a reason; the rule keeps it and the audit log has it', async () => {
    const { edition: e, meetings } = await edition([-8, -1], { completionRule: 'all_meetings' });
    const kept = await participant(e.id, { name: 'Kim Gecorrigeerd' });
    const ruled = await participant(e.id, { name: 'Lars Regel' });
    const cancelled = await participant(e.id, { name: 'Mo Geannuleerd' }, 'cancelled');
    for (const m of meetings) await mark(m.id, ruled.enrolment.id, 'present');
    await mark(meetings[0].id, kept.enrolment.id, 'present');
    await t.app.get(JobRunner).runAll(new Date());
    assert.equal(await completionOf(kept.enrolment.id), 'not_completed');
    assert.equal(await completionOf(ruled.enrolment.id), 'completed');

    const path = `/beheer/uitvoeringen/${e.id}/afronding`;
    assert.equal((await trainerClient.get(path)).status, 403);
    assert.equal((await professionalClient.get(path)).status, 403);
    const page = await staffClient.get(path);
    assert.equal(page.status, 200);
    const row = page.$(`tr[data-enrolment="${kept.enrolment.id}"]`);
    assert.equal(
      textOf(page.$, `tr[data-enrolment="${kept.enrolment.id}"] .jep-completion-meetings`),
      '1 van 2',
    );
    assert.equal(
      textOf(page.$, `tr[data-enrolment="${kept.enrolment.id}"] .jep-completion-hours`),
      '3 van 6',
    );
    assert.match(row.text(), /Niet afgerond/);
    assert.equal(
      page.$(`#field-completion-${kept.enrolment.id}-not_completed`).attr('checked'),
      'checked',
    );
    assert.doesNotMatch(textOf(page.$, 'main'), /Mo Geannuleerd/);

    const action = `/beheer/aanmeldingen/${kept.enrolment.id}/afronding`;
    const noReason = await staffClient.post(action, {
      [`completion-${kept.enrolment.id}`]: 'completed',
      [`reason-${kept.enrolment.id}`]: '   ',
    });
    assert.equal(noReason.status, 422);
    assert.match(
      textOf(noReason.$, '.jep-error-summary'),
      /Reden van de correctie – Kim Gecorrigeerd: Vul de reden/,
    );
    assert.equal(noReason.$(`#field-reason-${kept.enrolment.id}`).attr('aria-invalid'), 'true');
    const tooLong = await staffClient.post(action, {
      [`completion-${kept.enrolment.id}`]: 'completed',
      [`reason-${kept.enrolment.id}`]: 'x'.repeat(501),
    });
    assert.equal(tooLong.status, 422);
    assert.match(
      textOf(tooLong.$, `#field-reason-${kept.enrolment.id}-error`),
      /hooguit 500 tekens/,
    );
    assert.equal(await completionOf(kept.enrolment.id), 'not_completed', 'unchanged');
    const notConfirmed = await staffClient.post(
      `/beheer/aanmeldingen/${cancelled.enrolment.id}/afronding`,
      {
        [`completion-${cancelled.enrolment.id}`]: 'completed',
        [`reason-${cancelled.enrolment.id}`]: 'Poging',
      },
    );
    assert.equal(notConfirmed.status, 422);
    assert.equal(await completionOf(cancelled.enrolment.id), null);

    const reason = 'Tweede bijeenkomst ingehaald in de groep van 14 maart.';
    const corrected = await staffClient.post(
      action,
      { [`completion-${kept.enrolment.id}`]: 'completed', [`reason-${kept.enrolment.id}`]: reason },
      { follow: true },
    );
    assert.equal(corrected.status, 200);
    assert.match(
      textOf(corrected.$, '.jep-flash'),
      /De afronding van Kim Gecorrigeerd is gecorrigeerd/,
    );
    assert.match(
      textOf(corrected.$, `tr[data-enrolment="${kept.enrolment.id}"]`),
      /Afgerond \(gecorrigeerd\)/,
    );
    assert.match(
      textOf(corrected.$, 'main'),
      /Gecorrigeerd door JEP: Tweede bijeenkomst ingehaald/,
    );
    const stored = await t.dataSource
      .getRepository(Enrolment)
      .findOneByOrFail({ id: kept.enrolment.id });
    assert.equal(stored.completion, 'completed');
    assert.equal(stored.completionNote, reason);
    const audit = await t.dataSource.getRepository(AuditEntry).findOneByOrFail({
      action: 'enrolment.completion_corrected',
      subjectId: String(kept.enrolment.id),
    });
    assert.equal(audit.actorId, staff.id);
    assert.equal(audit.subjectType, 'enrolment');
    assert.deepEqual(JSON.parse(audit.detail!), {
      editionId: e.id,
      userId: kept.user.id,
      before: 'not_completed',
      after: 'completed',
      reason,
      previousReason: null,
    });

    // a later roster save and the job run the rule again: the correction stays, the rest follows
    const roster = `/bijeenkomsten/${meetings[1].id}/presentie`;
    await trainerClient.get(roster);
    await trainerClient.post(roster, {
      [`status-${kept.enrolment.id}`]: 'absent',
      [`status-${ruled.enrolment.id}`]: 'absent',
    });
    await t.app.get(JobRunner).runAll(new Date());
    assert.equal(await completionOf(kept.enrolment.id), 'completed');
    assert.equal(await completionOf(ruled.enrolment.id), 'not_completed');
    const page2 = await staffClient.get(path);
    assert.equal(
      textOf(page2.$, `tr[data-enrolment="${ruled.enrolment.id}"] .jep-completion-meetings`),
      '1 van 2',
    );
  });

  it('has no completion page for an unknown or draft edition', async () => {
    assert.equal((await staffClient.get('/beheer/uitvoeringen/987654321/afronding')).status, 404);
    const draft = await edition([-3], { status: 'draft' });
    assert.equal(
      (await staffClient.get(`/beheer/uitvoeringen/${draft.edition.id}/afronding`)).status,
      404,
    );
    const post = await staffClient.post('/beheer/aanmeldingen/987654321/afronding', {
      'completion-987654321': 'completed',
      'reason-987654321': 'x',
    });
    assert.equal(post.status, 404);
  });
});
