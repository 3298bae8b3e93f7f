import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as ical from 'node-ical';
import { User } from '../../src/accounts/user.entity';
import type { EnrolmentStatus } from '../../src/enrolments/enrolment-status';
import { EnrolmentReminder } from '../../src/enrolments/enrolment-reminder.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { JobRunner } from '../../src/jobs/job-runner';
import { REMINDER_JOB, ReminderService } from '../../src/reminders/reminder.service';
import type { Edition } from '../../src/scheduling/edition.entity';
import { Meeting } from '../../src/scheduling/meeting.entity';
import { EditionFixture, createEdition, createEnrolment } from '../utils/enrolment-fixtures';
import { createUser } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * About `hours` from now (the hour rounded down) as [Amsterdam date, start, end] of a meeting of
 * up to an hour.
 */
function slot(hours: number): [string, string, string] {
  const [date, time] = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(Date.now() + hours * HOUR))
    .split(' ');
  const hour = Number(time.slice(0, 2));
  const hh = (n: number) => String(n).padStart(2, '0');
  return [date, `${hh(hour)}:00`, hour === 23 ? '23:59' : `${hh(hour + 1)}:00`];
}

function place(
  t: TestApp,
  user: User,
  edition: Edition,
  status: EnrolmentStatus = 'confirmed',
): Promise<Enrolment> {
  return createEnrolment(t.dataSource, edition.id, user.id, { status });
}

/** A new participant in `fixture` (confirmed unless told otherwise). */
async function participant(t: TestApp, fixture: EditionFixture, status?: EnrolmentStatus) {
  const user = await createUser(t.dataSource);
  const enrolment = await place(t, user, fixture.edition, status);
  return { user, enrolment };
}

function reminders(t: TestApp): Promise<EnrolmentReminder[]> {
  return t.dataSource.getRepository(EnrolmentReminder).find();
}

/** The VEVENT UIDs of a mail's calendar part. */
function invitationUids(content: string): string[] {
  return Object.values(ical.sync.parseICS(content))
    .filter((v): v is ical.VEvent => v?.type === 'VEVENT')
    .map((v) => v.uid);
}

describe('reminders before a meeting', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ smtp: true });
  });
  after(() => t.close());

  it('reminds each confirmed participant once, before the first meeting, with its invitation', async () => {
    assert.equal(t.config.reminderDays, 3);
    // first meeting in two days: due; its second meeting is not reminded
    const soon = await createEdition(t.dataSource, { meetings: [slot(48), slot(48 + 7 * 24)] });
    const first = await participant(t, soon);
    const second = await participant(t, soon);
    const waiting = await participant(t, soon, 'waitlisted');
    const cancelled = await participant(t, soon, 'cancelled');
    const pending = await participant(t, soon, 'pending');
    const deactivated = await participant(t, soon);
    await t.dataSource
      .getRepository(User)
      .update({ id: deactivated.user.id }, { deactivatedAt: new Date() });
    // too far ahead, already started, or not going ahead
    const later = await participant(
      t,
      await createEdition(t.dataSource, { meetings: [slot(100)] }),
    );
    const started = await participant(
      t,
      await createEdition(t.dataSource, { meetings: [slot(-24), slot(40)] }),
    );
    const called = await participant(
      t,
      await createEdition(t.dataSource, { status: 'cancelled', meetings: [slot(30)] }),
    );
    const draft = await participant(
      t,
      await createEdition(t.dataSource, { status: 'draft', meetings: [slot(30)] }),
    );

    const counts = await t.app.get(JobRunner).runAll(new Date());
    assert.equal(counts[REMINDER_JOB], 2);
    await t.deliverMail();

    for (const p of [first, second]) {
      const mails = t.smtp!.to(p.user.email);
      assert.equal(mails.length, 1, `one reminder for ${p.user.email}`);
      assert.match(mails[0].subject, /^Binnenkort: Omgaan met Extreme Idealen/);
      const ics = mails[0].attachments.find((a) => a.contentType.startsWith('text/calendar'));
      assert.ok(ics, 'with an invitation');
      assert.match(ics.content, /METHOD:REQUEST/);
      assert.deepEqual(invitationUids(ics.content), [
        `meeting-${soon.meetings[0].id}-user-${p.user.id}@jep.test`,
      ]);
    }
    for (const p of [waiting, cancelled, pending, deactivated, later, started, called, draft]) {
      assert.equal(t.smtp!.to(p.user.email).length, 0, `no reminder for ${p.user.email}`);
    }
    const rows = await reminders(t);
    assert.deepEqual(
      rows.map((r) => [r.enrolmentId, r.meetingId]).sort(),
      [
        [first.enrolment.id, soon.meetings[0].id],
        [second.enrolment.id, soon.meetings[0].id],
      ].sort(),
    );

    // a second run sends nothing
    assert.equal((await t.app.get(JobRunner).runAll(new Date()))[REMINDER_JOB], 0);
    await t.deliverMail();
    assert.equal(t.smtp!.to(first.user.email).length, 1);
    assert.equal((await reminders(t)).length, 2);
  });

  it('sends nothing again after a restart, and still sends what is newly due', async () => {
    const before = (await reminders(t)).length;
    assert.ok(before > 0, 'reminders were sent by the first instance');
    const edition = await createEdition(t.dataSource, { meetings: [slot(20)] });
    const early = await participant(t, edition);
    assert.equal(await t.app.get(ReminderService).sendDue(new Date()), 1);
    await t.deliverMail();
    const sentBefore = t.smtp!.messages.length;

    // an instance that starts on the same database, stops, and starts again
    // (the first app keeps the database: closing it would remove a SQLite test file)
    const restarted = await createTestApp({ shareDatabaseOf: t, smtpSink: t.smtp! });
    try {
      assert.equal((await restarted.app.get(JobRunner).runAll(new Date()))[REMINDER_JOB], 0);
    } finally {
      await restarted.close();
    }
    const again = await createTestApp({ shareDatabaseOf: t, smtpSink: t.smtp! });
    try {
      assert.equal(await again.app.get(ReminderService).sendDue(new Date()), 0);
      // it does work: a new participant is reminded by the restarted instance
      const late = await participant(t, edition);
      assert.equal(await again.app.get(ReminderService).sendDue(new Date()), 1);
      await again.deliverMail();
      assert.equal(t.smtp!.to(late.user.email).length, 1);
    } finally {
      await again.close();
    }
    assert.equal(t.smtp!.messages.length, sentBefore + 1);
    assert.equal(t.smtp!.to(early.user.email).length, 1);
    assert.equal((await reminders(t)).length, before + 2);
  });

  it('with REMINDER_DAYS=0 sends no reminders at all', async () => {
    const edition = await createEdition(t.dataSource, { meetings: [slot(10)] });
    const p = await participant(t, edition);
    const off = await createTestApp({
      shareDatabaseOf: t,
      smtpSink: t.smtp!,
      env: { REMINDER_DAYS: '0' },
    });
    try {
      assert.equal((await off.app.get(JobRunner).runAll(new Date()))[REMINDER_JOB], 0);
    } finally {
      await off.close();
    }
    const rows = await t.dataSource
      .getRepository(EnrolmentReminder)
      .countBy({ enrolmentId: p.enrolment.id });
    assert.equal(rows, 0);
    // with the default it is due
    assert.equal(await t.app.get(ReminderService).sendDue(new Date()), 1);
  });

  it('with REMIND_EVERY_MEETING reminds before each meeting, each once', async () => {
    const every = await createTestApp({
      shareDatabaseOf: t,
      smtpSink: t.smtp!,
      env: { REMIND_EVERY_MEETING: 'true' },
    });
    try {
      const service = every.app.get(ReminderService);
      await service.sendDue(new Date()); // whatever earlier tests left due
      const edition = await createEdition(t.dataSource, {
        meetings: [slot(12), slot(12 + 5 * 24), slot(12 + 9 * 24)],
      });
      const p = await participant(t, edition);
      const meetings = edition.meetings;
      const remindedOf = async () =>
        (
          await t.dataSource
            .getRepository(EnrolmentReminder)
            .findBy({ enrolmentId: p.enrolment.id })
        )
          .map((r) => r.meetingId)
          .sort((a, b) => a - b);
      await service.sendDue(new Date());
      assert.deepEqual(await remindedOf(), [meetings[0].id], 'the first meeting');
      await service.sendDue(new Date());
      assert.deepEqual(await remindedOf(), [meetings[0].id]);
      // four days on, the second meeting is due (the first has passed)
      await service.sendDue(new Date(Date.now() + 4 * DAY));
      await service.sendDue(new Date(Date.now() + 4 * DAY));
      assert.deepEqual(await remindedOf(), [meetings[0].id, meetings[1].id], 'the second');
      // and the third, later still
      await service.sendDue(new Date(Date.now() + 8 * DAY));
      assert.deepEqual(
        await remindedOf(),
        meetings.map((m) => m.id),
        'the third',
      );
      await every.deliverMail();
      const mails = t.smtp!.to(p.user.email);
      assert.equal(mails.length, 3);
      const uids = mails.flatMap((m) =>
        m.attachments
          .filter((a) => a.contentType.startsWith('text/calendar'))
          .flatMap((a) => invitationUids(a.content)),
      );
      assert.deepEqual(
        uids.sort(),
        meetings.map((m) => `meeting-${m.id}-user-${p.user.id}@jep.test`).sort(),
      );
    } finally {
      await every.close();
    }
  });

  it('does not remind again when a meeting is moved after its reminder', async () => {
    const edition = await createEdition(t.dataSource, { meetings: [slot(30)] });
    const p = await participant(t, edition);
    assert.equal(await t.app.get(ReminderService).sendDue(new Date()), 1);
    await t.dataSource
      .getRepository(Meeting)
      .update({ id: edition.meetings[0].id }, { startsAt: new Date(Date.now() + 50 * HOUR) });
    assert.equal(await t.app.get(ReminderService).sendDue(new Date()), 0);
    await t.deliverMail();
    assert.equal(t.smtp!.to(p.user.email).length, 1);
  });

  // PostgreSQL is the supported set-up for several instances; on SQLite the two apps' connections
  // to one file take turns for the write lock, and the outcome must be the same.
  it('two instances running at the same moment send exactly one reminder per participant', async () => {
    const second = await createTestApp({ shareDatabaseOf: t, smtpSink: t.smtp! });
    try {
      const service = t.app.get(ReminderService);
      await service.sendDue(new Date()); // nothing left over from earlier tests
      const edition = await createEdition(t.dataSource, { meetings: [slot(36)] });
      const people = [];
      for (let i = 0; i < 12; i++) people.push(await participant(t, edition));
      const now = new Date();
      for (let round = 0; round < 3; round++) {
        const counts = await Promise.all([
          service.sendDue(now),
          second.app.get(ReminderService).sendDue(now),
          second.app.get(JobRunner).runAll(now),
        ]);
        const total = counts[0] + counts[1] + counts[2][REMINDER_JOB];
        assert.equal(total, round === 0 ? people.length : 0, `round ${round}`);
      }
      await t.deliverMail();
      await second.deliverMail();
      for (const p of people) {
        assert.equal(t.smtp!.to(p.user.email).length, 1, `one mail to ${p.user.email}`);
      }
      const rows = await t.dataSource
        .getRepository(EnrolmentReminder)
        .countBy({ meetingId: edition.meetings[0].id });
      assert.equal(rows, people.length);
    } finally {
      await second.close();
    }
  });
});
