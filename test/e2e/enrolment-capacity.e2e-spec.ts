import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashPassword } from '../../src/accounts/password-hasher';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { createEdition } from '../utils/enrolment-fixtures';
import { createUser, signIn, TEST_PASSWORD } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const PEOPLE = 200;
const PLACES = 20;

/**
 * The rule users rely on most: a place is never given twice. 200 signed-in professionals press
 * "Aanmelden" at the same moment for an edition with 20 places.
 */
describe('enrolment capacity under concurrency', () => {
  let t: TestApp;
  let clients: { client: WebClient; userId: number }[] = [];
  before(async () => {
    t = await createTestApp();
    const passwordHash = await hashPassword(TEST_PASSWORD);
    const users = [];
    for (let i = 0; i < PEOPLE; i++)
      users.push(await createUser(t.dataSource, { passwordHash, email: `rush${i}@example.nl` }));
    // Sign in a few at a time (argon2 is deliberately slow).
    for (let i = 0; i < users.length; i += 8) {
      const batch = users.slice(i, i + 8);
      const signed = await Promise.all(
        batch.map(async (u) => {
          const client = t.client();
          await signIn(client, u.email);
          return { client, userId: u.id };
        }),
      );
      clients = clients.concat(signed);
    }
  });
  after(() => t.close());

  it('confirms exactly 20 and puts 180 on the waiting list in the order they committed', async () => {
    const { edition } = await createEdition(t.dataSource, { capacity: PLACES });
    // Every client has the edition page (and its CSRF token) open, then all submit at once.
    const tokens = await Promise.all(
      clients.map(async ({ client }) => {
        await client.get(`/uitvoeringen/${edition.id}`);
        return client.csrfToken();
      }),
    );
    const answers = await Promise.all(
      clients.map(({ client }, i) =>
        client.post(`/uitvoeringen/${edition.id}/aanmelden`, {}, { csrf: tokens[i], follow: true }),
      ),
    );
    assert.deepEqual(
      answers.filter((a) => a.status !== 200).map((a) => a.status),
      [],
      'every request answered with a page',
    );
    const flashes = answers.map((a) => textOf(a.$, '.jep-flash'));
    const confirmed = flashes.filter((f) => /U bent aangemeld/.test(f));
    const positions = flashes
      .map((f) => /plaats (\d+)/.exec(f)?.[1])
      .filter((p): p is string => !!p)
      .map(Number)
      .sort((a, b) => a - b);
    assert.equal(confirmed.length, PLACES);
    assert.deepEqual(
      positions,
      Array.from({ length: PEOPLE - PLACES }, (_, i) => i + 1),
      'each waiting person was told a different position, 1 to 180',
    );

    const stored = await t.dataSource.getRepository(Edition).findOneByOrFail({ id: edition.id });
    assert.equal(stored.seatsTaken, PLACES);
    const rows = await t.dataSource
      .getRepository(Enrolment)
      .find({ where: { editionId: edition.id }, order: { waitlistSeq: 'ASC' } });
    assert.equal(rows.length, PEOPLE);
    assert.equal(rows.filter((r) => r.status === 'confirmed').length, PLACES);
    const queue = rows.filter((r) => r.status === 'waitlisted');
    assert.equal(queue.length, PEOPLE - PLACES);
    // Decided under the edition's lock: the queue number follows the moment each one committed,
    // and every confirmed place was decided before anyone went on the waiting list.
    const moments = queue.map((r) => r.statusChangedAt.getTime());
    assert.deepEqual(
      moments,
      [...moments].sort((a, b) => a - b),
    );
    const lastConfirmed = Math.max(
      ...rows.filter((r) => r.status === 'confirmed').map((r) => r.statusChangedAt.getTime()),
    );
    assert.ok(lastConfirmed <= moments[0]);
    assert.deepEqual(
      queue.map((r) => r.waitlistSeq),
      Array.from({ length: PEOPLE - PLACES }, (_, i) => i + 1),
    );
  });

  it('gives a freed place to the first in line, never to two people', async () => {
    const { edition } = await createEdition(t.dataSource, { capacity: 3 });
    const group = clients.slice(0, 10);
    await Promise.all(
      group.map(async ({ client }) => {
        await client.get(`/uitvoeringen/${edition.id}`);
        return client.post(`/uitvoeringen/${edition.id}/aanmelden`, {});
      }),
    );
    const repo = t.dataSource.getRepository(Enrolment);
    const holders = await repo.find({ where: { editionId: edition.id, status: 'confirmed' } });
    const firstInLine = await repo.findOneOrFail({
      where: { editionId: edition.id, status: 'waitlisted' },
      order: { waitlistSeq: 'ASC' },
    });
    // All three with a place cancel at the same moment.
    await Promise.all(
      holders.map(async (h) => {
        const owner = group.find((g) => g.userId === h.userId)!;
        await owner.client.get(`/mijn/aanmeldingen/${h.id}`);
        return owner.client.post(`/mijn/aanmeldingen/${h.id}/annuleren`, {});
      }),
    );
    const after = await repo.find({ where: { editionId: edition.id } });
    assert.equal(after.filter((r) => r.status === 'confirmed').length, 3);
    assert.equal(after.filter((r) => r.status === 'waitlisted').length, 4);
    assert.equal(after.find((r) => r.id === firstInLine.id)!.status, 'confirmed');
    const stored = await t.dataSource.getRepository(Edition).findOneByOrFail({ id: edition.id });
    assert.equal(stored.seatsTaken, 3);
  });
});
