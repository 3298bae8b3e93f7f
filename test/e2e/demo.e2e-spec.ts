import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifyPassword } from '../../src/accounts/password-hasher';
import { User } from '../../src/accounts/user.entity';
import { Offering } from '../../src/catalogue/offering.entity';
import { In } from 'typeorm';
import { Certificate } from '../../src/certificates/certificate.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { DemoSeedService } from '../../src/demo/demo-seed.service';
import { signIn } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';

describe('demo data', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp()));
  after(() => t.close());

  it('seeds one working account per role and a published catalogue, once', async () => {
    const accounts = await t.app.get(DemoSeedService).seedIfEmpty();
    assert.deepEqual(accounts.map((a) => a.role).sort(), [
      'admin',
      'partner',
      'professional',
      'staff',
      'trainer',
    ]);
    for (const a of accounts) {
      const user = await t.dataSource.getRepository(User).findOneByOrFail({ email: a.email });
      assert.ok(await verifyPassword(user.passwordHash, a.password));
    }
    const admin = accounts.find((a) => a.role === 'admin')!;
    await signIn(t.client(), admin.email, admin.password);
    assert.deepEqual(
      (await t.dataSource.getRepository(Offering).find({ order: { kind: 'ASC' } })).map(
        (o) => o.kind,
      ),
      ['omei', 'werkatelier'],
    );
    const editions = await t.dataSource.getRepository(Edition).findBy({ status: 'published' });
    assert.ok(editions.length >= 4);
    assert.ok(
      editions.every((e) => e.startsAt && e.startsAt > new Date()),
      'all in the future',
    );
    // Seats taken are real enrolments, so the demo's numbers add up on every page.
    for (const e of editions) {
      const holding = await t.dataSource
        .getRepository(Enrolment)
        .countBy({ editionId: e.id, status: In(['confirmed', 'pending', 'offered']) });
      assert.equal(holding, e.seatsTaken, e.title);
    }
    assert.ok(
      (await t.dataSource.getRepository(Enrolment).countBy({ status: 'waitlisted' })) > 0,
      'a full edition with a waiting list',
    );
    const demoProfessional = await t.dataSource
      .getRepository(User)
      .findOneByOrFail({ email: 'professional@platformjep.nl' });
    // A place in a coming edition, and a finished one with a certificate.
    assert.equal(
      await t.dataSource.getRepository(Enrolment).countBy({ userId: demoProfessional.id }),
      2,
    );
    const [certificate] = await t.dataSource
      .getRepository(Certificate)
      .findBy({ userId: demoProfessional.id });
    assert.ok(certificate, 'the demo professional has a certificate');
    const check = await t.client().get(`/certificaten/${certificate.code}`);
    assert.equal(check.status, 200);
    assert.deepEqual(
      await t.app.get(DemoSeedService).seedIfEmpty(),
      [],
      'a second start seeds nothing',
    );
  });
});
