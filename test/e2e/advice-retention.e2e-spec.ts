import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashToken } from '../../src/accounts/account-tokens.service';
import { AdviceAppointment } from '../../src/advice/advice-appointment.entity';
import { AdviceFollowUp } from '../../src/advice/advice-follow-up.entity';
import { AdviceMessage } from '../../src/advice/advice-message.entity';
import { AdviceNote } from '../../src/advice/advice-note.entity';
import { AdviceRequest } from '../../src/advice/advice-request.entity';
import type { AdviceStatus } from '../../src/advice/advice-status';
import { AdviceRetentionService } from '../../src/advice/retention.service';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { JobRunner } from '../../src/jobs/job-runner';
import type { User } from '../../src/accounts/user.entity';
import { createAdviceRequest } from '../utils/advice-fixtures';
import { createUser, signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

// 15 March 2026, 13:00 in Amsterdam. With 24 months the cutoff is 15 March 2024, 13:00 Amsterdam
// (12:00 UTC): requests closed before it are anonymised.
const NOW = new Date('2026-03-15T12:00:00Z');

describe('advice: anonymisation after the retention period', () => {
  let t: TestApp;
  let requester: User;
  let adviser: User;
  const ids: Record<string, number> = {};

  before(async () => {
    t = await createTestApp();
    requester = await createUser(t.dataSource, { name: 'Petra Visser' });
    adviser = await createUser(t.dataSource, { role: 'staff' });
    const make = async (
      name: string,
      status: AdviceStatus,
      closedAt: string | null,
      extra: Partial<AdviceRequest> = {},
    ) => {
      const { request } = await createAdviceRequest(t.dataSource, {
        requester: name === 'expired' ? requester : null,
        adviser,
        status,
        topicKey: 'tension_between_groups',
        municipalityCode: 'GM0599',
        submittedAt: new Date('2023-01-10T09:00:00Z'),
        closedAt: closedAt ? new Date(closedAt) : null,
      });
      await t.dataSource.getRepository(AdviceRequest).update(request.id, {
        requesterPhone: '06 12345678',
        firstResponseAt: new Date('2023-01-11T09:00:00Z'),
        verificationTokenHash: hashToken(`v-${name}`),
        followUpTokenHash: hashToken(`f-${name}`),
        ...extra,
      });
      await t.dataSource.getRepository(AdviceMessage).insert([
        {
          requestId: request.id,
          direction: 'to_requester',
          authorId: adviser.id,
          body: `Bericht aan de vraagsteller (${name})`,
        },
        { requestId: request.id, direction: 'from_requester', authorId: null, body: 'Antwoord' },
      ]);
      await t.dataSource.getRepository(AdviceNote).insert({
        requestId: request.id,
        authorId: adviser.id,
        body: `Interne notitie (${name})`,
      });
      await t.dataSource.getRepository(AdviceAppointment).insert({
        requestId: request.id,
        startsAt: new Date('2023-01-20T10:00:00Z'),
        endsAt: new Date('2023-01-20T11:00:00Z'),
        mode: 'place',
        location: 'Stadhuis Rotterdam, kamer 3',
        adviserId: adviser.id,
        sequence: 0,
        cancelledAt: null,
      });
      if (status === 'completed')
        await t.dataSource.getRepository(AdviceFollowUp).insert({
          requestId: request.id,
          usefulness: 4,
          comment: `Opmerking van de vraagsteller (${name})`,
          answeredAt: new Date('2023-03-01T09:00:00Z'),
        });
      ids[name] = request.id;
    };
    await make('expired', 'completed', '2024-01-10T09:00:00Z');
    await make('justExpired', 'closed', '2024-03-15T11:59:00Z', {
      closeReason: 'Buiten het werkgebied',
    });
    await make('referred', 'referred', '2023-06-01T09:00:00Z', { referredTo: 'Veiligheidshuis' });
    await make('justWithin', 'completed', '2024-03-15T12:01:00Z');
    await make('recent', 'referred', '2025-11-01T09:00:00Z', { referredTo: 'Wijkteam' });
    await make('open', 'in_progress', null);
    // Not closed, whatever its dates say: never touched.
    await make('openWithOldDate', 'appointment', '2023-02-01T09:00:00Z');
  });
  after(() => t.close());

  const load = (name: string) =>
    t.dataSource.getRepository(AdviceRequest).findOneByOrFail({ id: ids[name] });

  it('anonymises only the closed requests past the period, and keeps what reports count', async () => {
    const before = await load('expired');
    const count = await t.app.get(AdviceRetentionService).anonymiseExpired(NOW);
    assert.equal(count, 3);

    for (const name of ['expired', 'justExpired', 'referred']) {
      const r = await load(name);
      assert.ok(r.anonymisedAt, name);
      assert.equal(r.anonymisedAt.getTime(), NOW.getTime());
      assert.equal(r.requesterId, null);
      assert.equal(r.requesterName, '');
      assert.equal(r.requesterEmail, '');
      assert.equal(r.requesterPhone, null);
      assert.equal(r.organisation, '');
      assert.equal(r.requesterRole, '');
      assert.equal(r.question, '');
      assert.equal(r.verificationTokenHash, null);
      assert.equal(r.accessTokenHash, null);
      assert.equal(r.followUpTokenHash, null);
      const messages = await t.dataSource.getRepository(AdviceMessage).findBy({ requestId: r.id });
      assert.equal(messages.length, 2, 'the rows stay, empty');
      assert.ok(messages.every((m) => m.body === ''));
      const notes = await t.dataSource.getRepository(AdviceNote).findBy({ requestId: r.id });
      assert.ok(notes.every((n) => n.body === ''));
      const appointment = await t.dataSource
        .getRepository(AdviceAppointment)
        .findOneByOrFail({ requestId: r.id });
      assert.equal(appointment.location, '');
      assert.equal(appointment.mode, 'place');
    }
    // What the reports count stays.
    const expired = await load('expired');
    assert.equal(expired.reference, before.reference);
    assert.equal(expired.status, 'completed');
    assert.equal(expired.topicId, before.topicId);
    assert.equal(expired.municipalityCode, 'GM0599');
    assert.equal(expired.submittedAt!.getTime(), before.submittedAt!.getTime());
    assert.equal(expired.firstResponseAt!.getTime(), before.firstResponseAt!.getTime());
    assert.equal(expired.closedAt!.getTime(), before.closedAt!.getTime());
    assert.equal(expired.adviserId, adviser.id);
    const followUp = await t.dataSource
      .getRepository(AdviceFollowUp)
      .findOneByOrFail({ requestId: expired.id });
    assert.equal(followUp.comment, '');
    assert.equal(followUp.usefulness, 4);
    assert.equal((await load('justExpired')).closeReason, 'Buiten het werkgebied');
    assert.equal((await load('referred')).referredTo, 'Veiligheidshuis');

    // Within the period, or not closed: untouched.
    for (const name of ['justWithin', 'recent', 'open', 'openWithOldDate']) {
      const r = await load(name);
      assert.equal(r.anonymisedAt, null, name);
      assert.equal(r.requesterName, 'Bezoeker Test', name);
      assert.match(r.question, /extremistische/, name);
      assert.notEqual(r.followUpTokenHash, null, name);
      const notes = await t.dataSource.getRepository(AdviceNote).findBy({ requestId: r.id });
      assert.match(notes[0].body, /Interne notitie/, name);
      const appointment = await t.dataSource
        .getRepository(AdviceAppointment)
        .findOneByOrFail({ requestId: r.id });
      assert.equal(appointment.location, 'Stadhuis Rotterdam, kamer 3');
    }
    const kept = await t.dataSource
      .getRepository(AdviceFollowUp)
      .findOneByOrFail({ requestId: ids.justWithin });
    assert.match(kept.comment, /Opmerking/);

    // One audit entry for the run, by the system, with the count.
    const entries = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'advice.anonymised' });
    assert.equal(entries.length, 1);
    assert.equal(entries[0].actorId, null);
    assert.deepEqual(JSON.parse(entries[0].detail!), { count: 3 });
  });

  it('is idempotent: a second run, as the daily job, changes nothing and logs nothing', async () => {
    const updatedAt = (await load('expired')).updatedAt.getTime();
    const counts = await t.app.get(JobRunner).runAll(NOW);
    assert.equal(counts['advice.retention'], 0);
    assert.equal(await t.app.get(AdviceRetentionService).anonymiseExpired(NOW), 0);
    assert.equal((await load('expired')).updatedAt.getTime(), updatedAt);
    assert.equal(
      await t.dataSource.getRepository(AuditEntry).countBy({ action: 'advice.anonymised' }),
      1,
    );
  });

  it('takes the next ones when their time comes, and the requester no longer sees them', async () => {
    // Two days later "justWithin" (closed 15 March 2024 12:01 UTC) is past the period.
    const later = new Date('2026-03-17T12:00:00Z');
    assert.equal(await t.app.get(AdviceRetentionService).anonymiseExpired(later), 1);
    assert.ok((await load('justWithin')).anonymisedAt);
    assert.equal((await load('recent')).anonymisedAt, null);
    const entries = await t.dataSource
      .getRepository(AuditEntry)
      .find({ where: { action: 'advice.anonymised' }, order: { id: 'ASC' } });
    assert.deepEqual(
      entries.map((e) => JSON.parse(e.detail!) as unknown),
      [{ count: 3 }, { count: 1 }],
    );
    // The requester's own (now anonymised) request is gone from /mijn and its page is a 404.
    const client = t.client();
    await signIn(client, requester.email);
    const mijn = await client.get('/mijn');
    assert.equal(mijn.status, 200);
    assert.doesNotMatch(mijn.text, new RegExp(`/mijn/advies/${ids.expired}"`));
    assert.equal((await client.get(`/mijn/advies/${ids.expired}`)).status, 404);
  });

  it('deletes a visitor request left unconfirmed for a week, and only that one', async () => {
    const { request: old } = await createAdviceRequest(t.dataSource, { status: 'unverified' });
    const { request: fresh } = await createAdviceRequest(t.dataSource, { status: 'unverified' });
    const { request: confirmed } = await createAdviceRequest(t.dataSource, { status: 'new' });
    const repo = t.dataSource.getRepository(AdviceRequest);
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await repo.update([old.id, confirmed.id], { createdAt: eightDaysAgo });
    const service = t.app.get(AdviceRetentionService);
    assert.equal(await service.deleteUnconfirmed(new Date()), 1);
    assert.equal(await repo.countBy({ id: old.id }), 0, 'the stale unconfirmed one is gone');
    assert.equal(await repo.countBy({ id: fresh.id }), 1, 'one made today stays');
    assert.equal(await repo.countBy({ id: confirmed.id }), 1, 'a confirmed one is never deleted');
    assert.equal(await service.deleteUnconfirmed(new Date()), 0);
    const entry = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'advice.unconfirmedDeleted' });
    assert.deepEqual(JSON.parse(entry.detail!), { count: 1 });
  });
});
