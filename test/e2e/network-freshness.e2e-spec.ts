import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { User } from '../../src/accounts/user.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { JobRunner } from '../../src/jobs/job-runner';
import { OutboxMessage } from '../../src/mail/outbox-message.entity';
import { FreshnessService } from '../../src/network/freshness.service';
import { NetworkMembership } from '../../src/network/membership.entity';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { createUser } from '../utils/factories';
import { createListing } from '../utils/network-fixtures';
import { linkIn, ReceivedMail } from '../utils/smtp-sink';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf } from '../utils/web-client';

const DAY = 86_400_000;
const BASE = 'http://jep.test';

describe('network freshness: the twice-yearly e-mail and the "still correct" link', () => {
  let t: TestApp;
  before(async () => (t = await createTestApp({ smtp: true })));
  after(() => t.close());

  const organisations = () => t.dataSource.getRepository(NetworkOrganisation);
  const reload = (o: NetworkOrganisation) => organisations().findOneByOrFail({ id: o.id });
  const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

  let seen = 0;
  beforeEach(() => {
    seen = t.smtp!.messages.length;
  });
  /** Delivers the outbox; the freshness mails received since the test began. */
  async function freshnessMails(): Promise<ReceivedMail[]> {
    await t.deliverMail();
    return t.smtp!.messages.slice(seen).filter((m) => /^Klopt de vermelding van/.test(m.subject));
  }

  async function partner(o: NetworkOrganisation, status: NetworkMembership['status'] = 'active') {
    const user = await createUser(t.dataSource, { role: 'partner' });
    await t.dataSource.getRepository(NetworkMembership).insert({
      userId: user.id,
      organisationId: o.id,
      status,
      note: null,
      decidedAt: status === 'requested' ? null : new Date(),
      decidedBy: null,
    });
    return user;
  }

  it('e-mails each active partner of a due listing once; not due, already sent, nobody to ask or archived: nothing', async () => {
    const now = new Date();
    const due = await createListing(t.dataSource, {
      name: 'Jongerenwerk Sneek',
      confirmedAt: new Date(now.getTime() - 200 * DAY),
    });
    const [p1, p2] = [await partner(due), await partner(due)];
    const requested = await partner(due, 'requested');
    const leaver = await partner(due);
    await t.dataSource
      .getRepository(User)
      .update({ id: leaver.id }, { deactivatedAt: new Date(now.getTime() - DAY) });

    const notDue = await createListing(t.dataSource, {
      name: 'Jongerenwerk Drachten',
      confirmedAt: new Date(now.getTime() - 100 * DAY),
    });
    const notDuePartner = await partner(notDue);
    const alreadySent = await createListing(t.dataSource, {
      name: 'Jongerenwerk Heerenveen',
      confirmedAt: new Date(now.getTime() - 400 * DAY),
    });
    await organisations().update(alreadySent.id, {
      freshnessSentAt: new Date(now.getTime() - 10 * DAY),
    });
    const alreadySentPartner = await partner(alreadySent);
    const publicOnly = await createListing(t.dataSource, {
      name: 'Sleutelfiguren Harlingen',
      publicEmail: 'info@sleutelfiguren-harlingen.example.nl',
      confirmedAt: new Date(now.getTime() - 183 * DAY),
    });
    const nobody = await createListing(t.dataSource, {
      name: 'Buurtwerk Franeker',
      publicEmail: '',
      confirmedAt: new Date(now.getTime() - 300 * DAY),
    });
    const archived = await createListing(t.dataSource, {
      name: 'Oud Jongerenwerk Bolsward',
      confirmedAt: new Date(now.getTime() - 300 * DAY),
    });
    await organisations().update(archived.id, { status: 'archived' });
    await partner(archived);

    const counts = await t.app.get(JobRunner).runAll(now);
    assert.equal(counts['network.freshness'], 2, 'two listings handled');
    const mails = await freshnessMails();
    assert.deepEqual(
      mails.map((m) => m.to[0]).sort(),
      [p1.email, p2.email, 'info@sleutelfiguren-harlingen.example.nl'].sort(),
    );
    const notSentTo = [requested, leaver, notDuePartner, alreadySentPartner].map((u) => u.email);
    assert.ok(mails.every((m) => !notSentTo.includes(m.to[0])));

    const toPartner = mails.find((m) => m.to[0] === p1.email)!;
    assert.equal(toPartner.subject, 'Klopt de vermelding van Jongerenwerk Sneek nog?');
    assert.match(toPartner.text, new RegExp(`Beste ${p1.name},`));
    assert.match(toPartner.text, /als partner bent gekoppeld aan Jongerenwerk Sneek/);
    assert.ok(toPartner.text.includes(`${BASE}/mijn/organisatie/${due.id}/bewerken`));
    assert.ok(toPartner.text.includes(`${BASE}/netwerk/${due.slug}`));
    const link = linkIn(toPartner, `${BASE}/netwerk/actueel/`);
    const token = link.slice(`${BASE}/netwerk/actueel/`.length);
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(toPartner.html.includes(`href="${link}"`), 'a button in the HTML part');
    // One link per listing: both partners got the same one; only its hash is stored.
    assert.equal(
      linkIn(
        mails.find((m) => m.to[0] === p2.email)!,
        `${BASE}/netwerk/actueel/`,
      ),
      link,
    );
    const stored = await reload(due);
    assert.equal(stored.freshnessTokenHash, sha256(token));
    assert.ok(Math.abs(stored.freshnessSentAt!.getTime() - now.getTime()) < 1000);
    const toPublic = mails.find((m) => m.to[0] === 'info@sleutelfiguren-harlingen.example.nl')!;
    assert.match(toPublic.text, /Beste lezer,/);
    assert.match(toPublic.text, /als e-mailadres van Sleutelfiguren Harlingen in het netwerk/);
    assert.ok((await reload(publicOnly)).freshnessTokenHash, 'the public address got a link');

    for (const o of [notDue, nobody, archived]) {
      const row = await reload(o);
      assert.equal(row.freshnessSentAt, null, `${o.name}: not sent`);
      assert.equal(row.freshnessTokenHash, null);
    }
    assert.equal(
      (await reload(alreadySent)).freshnessSentAt!.getTime(),
      alreadySent.confirmedAt.getTime() + 390 * DAY,
      'the earlier send stays as it was',
    );
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'network.freshnessSent', subjectId: String(due.id) });
    assert.equal(audit.actorId, null);

    // The same day again (a second run, a restart): nothing more.
    const outbox = await t.dataSource.getRepository(OutboxMessage).count();
    assert.equal(await t.app.get(FreshnessService).sendDue(new Date(now.getTime() + 3600_000)), 0);
    assert.equal(await t.dataSource.getRepository(OutboxMessage).count(), outbox);
    // Half a year later, still unconfirmed: the next e-mail, with a new link.
    const later = new Date(now.getTime() + 183 * DAY);
    const sent = await t.app.get(FreshnessService).sendDue(later);
    assert.ok(sent >= 2, 'the due listing and the one sent before are due again');
    const next = (await freshnessMails()).filter((m) => m.to[0] === p1.email);
    assert.equal(next.length, 2);
    assert.notEqual(linkIn(next[1], `${BASE}/netwerk/actueel/`), link);
  });

  it('two instances running the job at the same moment send each e-mail once', async () => {
    const now = new Date();
    const listing = await createListing(t.dataSource, {
      name: 'Jongerenwerk Leeuwarden-Oost',
      confirmedAt: new Date(now.getTime() - 190 * DAY),
    });
    const p = await partner(listing);
    const service = t.app.get(FreshnessService);
    await Promise.all([service.sendDue(now), service.sendDue(now), service.sendDue(now)]);
    const mails = (await freshnessMails()).filter((m) => m.to[0] === p.email);
    assert.equal(mails.length, 1);
  });

  it('the link shows a button and changes nothing; the button confirms once; a used or tampered link changes nothing', async () => {
    const now = new Date();
    const confirmedAt = new Date(now.getTime() - 400 * DAY);
    const listing = await createListing(t.dataSource, {
      name: 'Jongerenwerk Súdwest-Fryslân',
      summary: 'Jongerenwerk in Sneek en de dorpen.',
      confirmedAt,
    });
    const p = await partner(listing);
    await t.app.get(FreshnessService).sendDue(now);
    const [mail] = (await freshnessMails()).filter((m) => m.to[0] === p.email);
    const path = linkIn(mail, `${BASE}/netwerk/actueel/`).slice(BASE.length);
    const token = path.split('/').pop()!;

    // A link scanner (or the partner) opens the link: only a page with a button.
    const c = t.client();
    const page = await c.get(path);
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'h1'), 'Klopt de vermelding nog?');
    assert.match(textOf(page.$, 'main'), /Jongerenwerk Súdwest-Fryslân/);
    assert.match(textOf(page.$, 'main'), /Mogelijk verouderd/);
    assert.equal(page.$(`form[action="${path}"] button[type=submit]`).length, 1);
    assert.equal(page.$(`form[action="${path}"] input[name=_csrf]`).length, 1);
    assert.equal(page.$(`a[href="/mijn/organisatie/${listing.id}/bewerken"]`).length, 1);
    assert.equal(page.$(`a[href="/netwerk/${listing.slug}"]`).length, 1);
    await c.get(path);
    let row = await reload(listing);
    assert.equal(row.confirmedAt.getTime(), confirmedAt.getTime(), 'GET changed nothing');
    assert.equal(row.freshnessTokenHash, sha256(token));

    // Without the form's CSRF token: refused, nothing changes.
    const forged = await t.client().post(path, {}, { csrf: null });
    assert.equal(forged.status, 403);
    assert.equal((await reload(listing)).freshnessTokenHash, sha256(token));

    // A tampered token: the clear page, nothing changes.
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const wrongPage = await c.get(`/netwerk/actueel/${tampered}`);
    assert.equal(wrongPage.status, 404);
    assert.match(textOf(wrongPage.$, 'main'), /Er is niets veranderd/);
    await c.get(path);
    const wrongPost = await c.post(`/netwerk/actueel/${tampered}`, {});
    assert.equal(wrongPost.status, 404);
    assert.equal(textOf(wrongPost.$, 'h1'), 'Deze link werkt niet (meer)');
    assert.equal((await reload(listing)).freshnessTokenHash, sha256(token));
    assert.equal((await c.get('/netwerk/actueel/kort')).status, 404);

    // The button (the page is open in a second tab too).
    await c.get(path);
    const csrf = c.csrfToken();
    const before = Date.now();
    const confirmed = await c.post(path, {});
    assert.equal(confirmed.status, 303);
    assert.equal(confirmed.location, '/netwerk/actueel/bedankt');
    const thanks = await c.get(confirmed.location);
    assert.equal(thanks.status, 200);
    assert.equal(textOf(thanks.$, 'h1'), 'Dank u wel');
    assert.match(
      textOf(thanks.$, '.jep-flash'),
      /De vermelding van Jongerenwerk Súdwest-Fryslân is bevestigd/,
    );
    row = await reload(listing);
    assert.ok(row.confirmedAt.getTime() >= before - 1000, 'confirmed now');
    assert.equal(row.freshnessTokenHash, null, 'the link works once');
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'network.freshnessConfirmed', subjectId: String(listing.id) });
    assert.equal(audit.actorId, null);
    assert.equal(audit.subjectType, 'network_organisation');

    // The same link again (a second click, a second tab): the clear page, nothing changes.
    const again = await c.post(path, {}, { csrf });
    assert.equal(again.status, 404);
    assert.match(textOf(again.$, 'main'), /Er is niets veranderd/);
    assert.equal((await reload(listing)).confirmedAt.getTime(), row.confirmedAt.getTime());
    assert.equal((await c.get(path)).status, 404);
    // Confirmed, the listing is not due until half a year later.
    assert.equal(await t.app.get(FreshnessService).sendDue(new Date(Date.now() + DAY)), 0);
  });

  it('a link to a listing that staff archived since no longer works', async () => {
    const now = new Date();
    const listing = await createListing(t.dataSource, {
      name: 'Jongerenwerk Dokkum',
      confirmedAt: new Date(now.getTime() - 190 * DAY),
    });
    const p = await partner(listing);
    await t.app.get(FreshnessService).sendDue(now);
    const [mail] = (await freshnessMails()).filter((m) => m.to[0] === p.email);
    const path = linkIn(mail, `${BASE}/netwerk/actueel/`).slice(BASE.length);
    await organisations().update(listing.id, { status: 'archived' });
    assert.equal((await t.client().get(path)).status, 404);
  });
});
