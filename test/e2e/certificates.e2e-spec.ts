import { createLocalJWKSet, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Attendance } from '../../src/enrolments/attendance.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Certificate } from '../../src/certificates/certificate.entity';
import { CertificateService } from '../../src/certificates/certificate.service';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { Edition } from '../../src/scheduling/edition.entity';
import { createEdition, daysFromNow } from '../utils/enrolment-fixtures';
import { createUser, signIn } from '../utils/factories';
import { pdfText, qrCodesIn } from '../utils/pdf';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const DAY = 86_400_000;

/** A download as bytes, whatever its content type. */
async function binary(client: WebClient, path: string) {
  const res = await client.agent
    .get(path)
    .buffer(true)
    .parse((stream, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return { status: res.status, type: res.type, body: res.body as Buffer };
}

describe('certificates', () => {
  let t: TestApp;
  let staff: WebClient;
  before(async () => {
    t = await createTestApp({ smtp: true });
    const s = await createUser(t.dataSource, { role: 'staff' });
    staff = t.client();
    await signIn(staff, s.email);
  });
  after(() => t.close());

  /** An edition that ended last week; `present` people came to both meetings, the others to one. */
  async function endedEdition(present: number, absent: number) {
    const fixture = await createEdition(t.dataSource, {
      meetings: [
        [daysFromNow(-14), '09:30', '12:30'],
        [daysFromNow(-7), '09:30', '12:30'],
      ],
      registrationOpensAt: new Date(Date.now() - 60 * DAY),
      registrationClosesAt: new Date(Date.now() - 20 * DAY),
    });
    const people = [];
    for (let i = 0; i < present + absent; i++) {
      const user = await createUser(t.dataSource, {
        name: i === 0 ? 'Anouk de Boer-Fryslân' : `Deelnemer ${i}`,
        skjNumber: i === 0 ? '100123456' : null,
      });
      const enrolment = await t.dataSource.getRepository(Enrolment).save({
        editionId: fixture.edition.id,
        userId: user.id,
        status: 'confirmed',
        statusChangedAt: new Date(Date.now() - 30 * DAY),
        calendarSequence: 1,
      });
      const meetings = i < present ? fixture.meetings : fixture.meetings.slice(0, 1);
      await t.dataSource.getRepository(Attendance).insert(
        meetings.map((m) => ({
          enrolmentId: enrolment.id,
          meetingId: m.id,
          status: 'present' as const,
          markedBy: null,
          markedAt: new Date(),
        })),
      );
      const client = t.client();
      await signIn(client, user.email);
      people.push({ user, enrolment, client });
    }
    return { ...fixture, people };
  }

  const certificatesOf = (editionId: number) =>
    t.dataSource.getRepository(Certificate).find({ where: { editionId }, order: { id: 'ASC' } });

  it('finalising an edition issues one certificate per completed participant, once', async () => {
    const { edition, people } = await endedEdition(2, 1);
    await staff.get(`/beheer/uitvoeringen/${edition.id}/certificaten`);
    const first = await staff.post(
      `/beheer/uitvoeringen/${edition.id}/afronden`,
      {},
      { follow: true },
    );
    assert.match(textOf(first.$, '.jep-flash'), /2 certificaat/);
    assert.equal((await certificatesOf(edition.id)).length, 2);
    const again = await staff.post(
      `/beheer/uitvoeringen/${edition.id}/afronden`,
      {},
      { follow: true },
    );
    assert.match(textOf(again.$, '.jep-flash'), /0 certificaat/);
    const issued = await certificatesOf(edition.id);
    assert.equal(issued.length, 2, 'finalising again issues nothing twice');
    assert.deepEqual(
      issued.map((c) => c.userId).sort(),
      [people[0].user.id, people[1].user.id].sort(),
    );
    const stored = await t.dataSource.getRepository(Edition).findOneByOrFail({ id: edition.id });
    assert.equal(stored.status, 'completed');
    const c = issued.find((x) => x.userId === people[0].user.id)!;
    assert.match(c.code, /^JEP(-[0-9A-Z]{4}){5}$/);
    assert.equal(c.holderName, 'Anouk de Boer-Fryslân');
    assert.equal(c.skjNumber, '100123456');
    assert.equal(c.studyLoadHours, 12);
    assert.equal(c.skjPoints, 8);

    await t.deliverMail();
    const mail = t.smtp!.to(people[0].user.email).find((m) => /Uw certificaat/.test(m.subject));
    assert.ok(mail, 'the participant is told');
    assert.match(mail.text, new RegExp(`/certificaten/${c.code}`));
    const mine = await people[0].client.get('/mijn');
    assert.match(textOf(mine.$, '.jep-dashboard-certificates'), new RegExp(c.code));
    assert.equal(
      textOf((await people[2].client.get('/mijn')).$, 'main').includes('JEP-'),
      false,
      'the one who missed a meeting has none',
    );
  });

  it('refuses to finalise before the last meeting, with a message', async () => {
    const { edition } = await createEdition(t.dataSource);
    await staff.get(`/beheer/uitvoeringen/${edition.id}/certificaten`);
    const early = await staff.post(`/beheer/uitvoeringen/${edition.id}/afronden`, {});
    assert.equal(early.status, 422);
    assert.match(textOf(early.$, 'main'), /na de laatste bijeenkomst/);
    assert.equal((await certificatesOf(edition.id)).length, 0);
  });

  it('verifies valid, revoked and unknown codes publicly, showing only what is on the certificate', async () => {
    const { edition, people } = await endedEdition(1, 0);
    await t.app.get(CertificateService).finalise({ id: 0, email: 'test' }, edition.id);
    const [c] = await certificatesOf(edition.id);
    const visitor = t.client();
    const valid = await visitor.get(`/certificaten/${c.code}`);
    assert.equal(valid.status, 200);
    assert.match(textOf(valid.$, '.jep-certificate-state'), /geldig/);
    const facts = textOf(valid.$, '.jep-certificate-facts');
    for (const part of [c.code, 'Anouk de Boer-Fryslân', '100123456', '12 uur', 'Platform JEP'])
      assert.ok(facts.includes(part), part);
    assert.doesNotMatch(
      valid.text,
      new RegExp(people[0].user.email.replace('.', '\\.')),
      'no e-mail',
    );
    assert.doesNotMatch(valid.text, /Testorganisatie/, 'nothing else about the person');

    const typed = await visitor.get(`/certificaten/${c.code.toLowerCase()}`);
    assert.equal(typed.status, 301);
    assert.equal(typed.location, `/certificaten/${c.code}`);

    for (const code of ['JEP-0000-0000-0000-0000-0000', 'bestaat-niet', '%3Cscript%3E']) {
      const unknown = await visitor.get(`/certificaten/${code}`);
      assert.equal(unknown.status, 404, code);
      assert.match(textOf(unknown.$, '.jep-certificate-state'), /geen certificaat met dit nummer/);
      assert.doesNotMatch(unknown.text, /<script>/);
    }

    const detail = await staff.get(`/beheer/certificaten/${c.id}`);
    const empty = await staff.post(`/beheer/certificaten/${c.id}/intrekken`, { reason: ' ' });
    assert.equal(empty.status, 422);
    assert.ok(detail.status === 200);
    await staff.get(`/beheer/certificaten/${c.id}`);
    await staff.post(`/beheer/certificaten/${c.id}/intrekken`, {
      reason: 'Ten onrechte uitgegeven',
    });
    const revoked = await visitor.get(`/certificaten/${c.code}`);
    assert.match(
      textOf(revoked.$, '.jep-certificate-state'),
      /ingetrokken op .*Ten onrechte uitgegeven/,
    );
    const status = await visitor.agent.get(`/certificaten/${c.code}/status`);
    const list = status.body as { status: string; revokedCredentials: { id: string }[] };
    assert.equal(list.status, 'revoked');
    assert.deepEqual(
      list.revokedCredentials.map((r) => r.id),
      [`http://jep.test/certificaten/${c.code}`],
    );
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ action: 'certificate.revoked' });
    assert.ok(audit.some((a) => a.subjectId === String(c.id)));
  });

  it('issues one by hand with a reason, replacing the valid one', async () => {
    const { edition, people } = await endedEdition(1, 1);
    await staff.get(`/beheer/uitvoeringen/${edition.id}/certificaten`);
    await staff.post(`/beheer/uitvoeringen/${edition.id}/afronden`, {});
    const [original] = await certificatesOf(edition.id);
    await staff.get(`/beheer/uitvoeringen/${edition.id}/certificaten`);
    const noReason = await staff.post(`/beheer/uitvoeringen/${edition.id}/certificaten/uitgeven`, {
      enrolmentId: String(people[0].enrolment.id),
      reason: '',
    });
    assert.equal(noReason.status, 422);
    assert.ok(noReason.$('#field-reason-error').length);
    await staff.get(`/beheer/uitvoeringen/${edition.id}/certificaten`);
    await staff.post(`/beheer/uitvoeringen/${edition.id}/certificaten/uitgeven`, {
      enrolmentId: String(people[0].enrolment.id),
      reason: 'Naam gecorrigeerd',
    });
    await staff.get(`/beheer/uitvoeringen/${edition.id}/certificaten`);
    await staff.post(`/beheer/uitvoeringen/${edition.id}/certificaten/uitgeven`, {
      enrolmentId: String(people[1].enrolment.id),
      reason: 'Inhaalopdracht gemaakt',
    });
    const all = await certificatesOf(edition.id);
    assert.equal(all.length, 3);
    const old = all.find((c) => c.id === original.id)!;
    assert.ok(old.revokedAt);
    assert.match(old.revokeReason!, /Vervangen door JEP-.*Naam gecorrigeerd/);
    assert.equal(all.filter((c) => !c.revokedAt).length, 2);
  });

  it('gives participants their own PDF and credential, and 404 for someone else\u2019s', async () => {
    const { edition, people } = await endedEdition(2, 0);
    await staff.get(`/beheer/uitvoeringen/${edition.id}/certificaten`);
    await staff.post(`/beheer/uitvoeringen/${edition.id}/afronden`, {});
    const [mine, theirs] = await certificatesOf(edition.id);
    const owner = people.find((p) => p.user.id === mine.userId)!;
    const pdf = await binary(owner.client, `/mijn/certificaten/${mine.id}.pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.type, 'application/pdf');
    const text = await pdfText(pdf.body);
    for (const part of [
      mine.holderName,
      mine.code,
      mine.offeringTitle,
      `http://jep.test/certificaten/${mine.code}`,
    ])
      assert.ok(text.includes(part), `the PDF says ${part}`);
    assert.deepEqual(await qrCodesIn(pdf.body), [`http://jep.test/certificaten/${mine.code}`]);
    const again = await binary(owner.client, `/mijn/certificaten/${mine.id}.pdf`);
    assert.ok(again.body.equals(pdf.body), 'the same certificate always gives the same PDF');
    const jwt = await owner.client.agent.get(`/mijn/certificaten/${mine.id}.jwt`);
    assert.equal(jwt.status, 200);
    assert.equal(jwt.text.split('.').length, 3);
    for (const path of [
      `/mijn/certificaten/${theirs.id}.pdf`,
      `/mijn/certificaten/${theirs.id}.jwt`,
    ])
      assert.equal((await owner.client.get(path)).status, 404, path);
    const zip = await binary(staff, `/beheer/uitvoeringen/${edition.id}/certificaten.zip`);
    assert.equal(zip.status, 200);
    assert.equal(zip.body.subarray(0, 2).toString(), 'PK');
    const entries = (
      zip.body.toString('latin1').match(/certificaat-JEP-[0-9A-Z-]+\.pdf/g) ?? []
    ).filter((name, i, all) => all.indexOf(name) === i);
    assert.deepEqual(
      entries.sort(),
      [mine.code, theirs.code].map((c) => `certificaat-${c}.pdf`).sort(),
    );
    assert.equal(
      (await owner.client.get(`/beheer/uitvoeringen/${edition.id}/certificaten.zip`)).status,
      403,
    );
  });

  it('checks a signed credential: genuine against the published key, and rejected when tampered or revoked', async () => {
    const { edition, people } = await endedEdition(1, 0);
    await t.app.get(CertificateService).finalise({ id: 0, email: 'test' }, edition.id);
    const [c] = await certificatesOf(edition.id);
    const credential = (await people[0].client.agent.get(`/mijn/certificaten/${c.id}.jwt`)).text;
    // An independent check: jose against the keys the platform publishes.
    const jwks = (await t.client().agent.get('/.well-known/jwks.json')).body as JSONWebKeySet;
    const { payload } = await jwtVerify(credential, createLocalJWKSet(jwks));
    assert.equal((payload as { id?: string }).id, `http://jep.test/certificaten/${c.code}`);

    const visitor = t.client();
    const check = async (text: string) => {
      await visitor.get('/certificaten');
      return visitor.post('/certificaten/controleren', { credential: text });
    };
    const genuine = await check(credential);
    assert.equal(genuine.status, 200);
    assert.match(
      textOf(genuine.$, '.jep-certificate-state'),
      /handtekening is echt.*niet ingetrokken/,
    );
    assert.match(textOf(genuine.$, '.jep-certificate-facts'), new RegExp(c.code));

    const [header, body, signature] = credential.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
    claims.name = 'Een andere training';
    const tampered = [
      header,
      Buffer.from(JSON.stringify(claims)).toString('base64url'),
      signature,
    ].join('.');
    await assert.rejects(jwtVerify(tampered, createLocalJWKSet(jwks)));
    assert.match(
      textOf((await check(tampered)).$, '.jep-certificate-state'),
      /handtekening klopt niet/,
    );
    assert.match(
      textOf((await check('dit is geen certificaat')).$, '.jep-certificate-state'),
      /geen leesbaar/,
    );
    const empty = await check('');
    assert.equal(empty.status, 422);
    assert.match(textOf(empty.$, '.jep-error-summary'), /Plak een digitaal certificaat/);

    await t.app.get(CertificateService).revoke({ id: 0, email: 'test' }, c.id, 'Fraude');
    assert.match(textOf((await check(credential)).$, '.jep-certificate-state'), /ingetrokken/);

    await visitor.get('/certificaten');
    const huge = await visitor.agent
      .post('/certificaten/controleren')
      .set('Accept', 'text/html')
      .field('_csrf', visitor.csrfToken())
      .attach('file', Buffer.alloc(200 * 1024, 'a'), 'groot.jwt');
    assert.equal(huge.status, 422);
    assert.match(huge.text, /te groot/);
    await visitor.get('/certificaten');
    const uploaded = await visitor.agent
      .post('/certificaten/controleren')
      .set('Accept', 'text/html')
      .field('_csrf', visitor.csrfToken())
      .attach('file', Buffer.from(credential), 'certificaat.jwt');
    assert.equal(uploaded.status, 200);
    assert.match(uploaded.text, /handtekening is echt/);
  });
});
