import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NetworkApplication } from '../../src/network/application.entity';
import { NetworkDraft } from '../../src/network/draft.entity';
import { NetworkMembership } from '../../src/network/membership.entity';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { createUser, signedInClient } from '../utils/factories';
import { createListing, listingContent } from '../utils/network-fixtures';
import { createTestApp, TestApp } from '../utils/test-app';
import { textOf, WebClient } from '../utils/web-client';

const DAY = 86_400_000;

describe('network: the staff overview and the full export', () => {
  let t: TestApp;
  let staff: WebClient;
  const ids: Record<string, NetworkOrganisation> = {};
  let partnerEmail = '';

  before(async () => {
    t = await createTestApp();
    staff = (await signedInClient(() => t.client(), t.dataSource, 'staff')).client;
    const now = Date.now();
    ids.sneek = await createListing(t.dataSource, {
      name: 'Jongerenwerk Súdwest-Fryslân',
      type: 'jongerenwerk',
      municipalities: ['GM1900'],
      contacts: [
        {
          name: 'Wietske Hoekstra',
          jobTitle: 'Coördinator',
          email: 'wietske@example.nl',
          phone: '0515 123 456',
          visibility: 'public',
        },
        {
          name: 'Hylke Postma',
          jobTitle: 'Jongerenwerker',
          email: 'hylke@example.nl',
          phone: '',
          visibility: 'members',
        },
        {
          name: 'Baukje de Vries',
          jobTitle: 'Teamleider',
          email: 'baukje.geheim@example.nl',
          phone: '06 1234 5678',
          visibility: 'staff',
        },
      ],
      confirmedAt: new Date(now - 30 * DAY),
    });
    ids.oldPolice = await createListing(t.dataSource, {
      name: 'Politie basisteam Zwolle',
      type: 'politie',
      municipalities: ['GM0193'],
      confirmedAt: new Date(now - 400 * DAY),
    });
    ids.archived = await createListing(t.dataSource, {
      name: 'Buurtwerk Appingedam',
      type: 'zorg-en-welzijn',
      municipalities: ['GM1979'],
      confirmedAt: new Date(now - 500 * DAY),
    });
    await t.dataSource
      .getRepository(NetworkOrganisation)
      .update(ids.archived.id, { status: 'archived' });
    ids.province = await createListing(t.dataSource, {
      name: 'Kenniscentrum Fryslân',
      type: 'kennisinstituut',
      municipalities: [],
      provinces: ['PV21'],
      confirmedAt: new Date(now - 200 * DAY),
    });
    await t.dataSource
      .getRepository(NetworkOrganisation)
      .update(ids.province.id, { freshnessSentAt: new Date(now - 18 * DAY) });
    // A partner (active) for Súdwest-Fryslân; a request waiting for another.
    const partner = await createUser(t.dataSource, { role: 'partner' });
    partnerEmail = partner.email;
    const asking = await createUser(t.dataSource, { role: 'partner' });
    await t.dataSource.getRepository(NetworkMembership).insert([
      {
        userId: partner.id,
        organisationId: ids.sneek.id,
        status: 'active',
        note: null,
        decidedAt: new Date(),
        decidedBy: null,
      },
      {
        userId: asking.id,
        organisationId: ids.oldPolice.id,
        status: 'requested',
        note: 'Ik ben wijkagent hier',
        decidedAt: null,
        decidedBy: null,
      },
    ]);
    await t.dataSource.getRepository(NetworkDraft).insert({
      organisationId: ids.sneek.id,
      authorId: partner.id,
      content: JSON.stringify(listingContent({ name: 'Jongerenwerk Súdwest-Fryslân' })),
      status: 'submitted',
      staffMessage: null,
      submittedAt: new Date(),
      decidedAt: null,
      decidedBy: null,
    });
    await t.dataSource.getRepository(NetworkApplication).insert([
      {
        userId: null,
        applicantName: 'Anke Dijkstra',
        applicantEmail: 'anke@example.nl',
        content: JSON.stringify(listingContent({ name: 'Stichting Doarpswurk' })),
        motivation: 'Wij werken met jongeren in de dorpen.',
        status: 'pending',
        decisionMessage: null,
        decidedBy: null,
        decidedAt: null,
        organisationId: null,
      },
      {
        userId: null,
        applicantName: 'Oud',
        applicantEmail: 'oud@example.nl',
        content: JSON.stringify(listingContent({ name: 'Afgewezen' })),
        motivation: '-',
        status: 'declined',
        decisionMessage: 'Nee',
        decidedBy: null,
        decidedAt: new Date(),
        organisationId: null,
      },
    ]);
  });
  after(() => t.close());

  const names = (page: Awaited<ReturnType<WebClient['get']>>) =>
    page
      .$('table.jep-network-admin tbody th a')
      .map((_, a) => page.$(a).text())
      .get();

  it('lists every organisation, published and archived, with the numbers that wait for staff', async () => {
    const page = await staff.get('/beheer/netwerk');
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'h1'), 'Netwerk beheren');
    assert.deepEqual(names(page), [
      'Buurtwerk Appingedam',
      'Jongerenwerk Súdwest-Fryslân',
      'Kenniscentrum Fryslân',
      'Politie basisteam Zwolle',
    ]);
    const counts = Object.fromEntries(
      page
        .$('.jep-network-count a')
        .toArray()
        .map((a) => [
          page.$(a).find('.jep-network-count__label').text(),
          `${page.$(a).find('.jep-network-count__value').text()} ${page.$(a).attr('href')}`,
        ]),
    );
    assert.deepEqual(counts, {
      Gepubliceerd: '3 /beheer/netwerk?status=published',
      Gearchiveerd: '1 /beheer/netwerk?status=archived',
      'Mogelijk verouderd': '1 /beheer/netwerk?verouderd=1&sorteer=bevestigd',
      'Wijzigingen te beoordelen': '1 /beheer/netwerk/wijzigingen',
      'Aanmeldingen te beoordelen': '1 /beheer/netwerk/aanmeldingen',
      'Koppelverzoeken te beoordelen': '1 /beheer/netwerk/koppelingen',
    });
    const row = (o: NetworkOrganisation) => page.$(`tr[data-id="${o.id}"]`);
    assert.equal(row(ids.sneek).find('th a').attr('href'), `/beheer/netwerk/${ids.sneek.id}`);
    assert.match(
      textOf(page.$, `tr[data-id="${ids.sneek.id}"]`),
      /Jongerenwerk Fryslân Gepubliceerd/,
    );
    assert.match(textOf(page.$, `tr[data-id="${ids.province.id}"]`), /Fryslân \(hele provincie\)/);
    assert.match(textOf(page.$, `tr[data-id="${ids.oldPolice.id}"]`), /Mogelijk verouderd/);
    assert.doesNotMatch(textOf(page.$, `tr[data-id="${ids.sneek.id}"]`), /verouderd/);
    // An archived listing is not called outdated: it is not in the directory at all.
    assert.doesNotMatch(textOf(page.$, `tr[data-id="${ids.archived.id}"]`), /verouderd/);
    assert.match(textOf(page.$, `tr[data-id="${ids.archived.id}"]`), /Gearchiveerd/);
    assert.equal(row(ids.sneek).find('td').eq(4).text().trim(), '1', 'one partner');
    assert.match(row(ids.province).find('td').eq(5).text(), /\d{4}/, 'reminder sent');
    assert.equal(row(ids.sneek).find('td').eq(5).text().trim(), 'Nooit');
    assert.equal(page.$('a[href="/beheer/netwerk.csv"]').length, 1);
    assert.match(textOf(page.$, '.jep-network-found'), /4 organisaties/);
  });

  it('filters by outdated, without a partner, status, type, province and name; sorts by last confirmed', async () => {
    assert.deepEqual(names(await staff.get('/beheer/netwerk?verouderd=1')), [
      'Politie basisteam Zwolle',
    ]);
    assert.deepEqual(names(await staff.get('/beheer/netwerk?zonder-partner=1')), [
      'Buurtwerk Appingedam',
      'Kenniscentrum Fryslân',
      'Politie basisteam Zwolle',
    ]);
    // A requested link is not a partner yet.
    assert.ok(
      names(await staff.get('/beheer/netwerk?zonder-partner=1')).includes(
        'Politie basisteam Zwolle',
      ),
    );
    assert.deepEqual(names(await staff.get('/beheer/netwerk?status=archived')), [
      'Buurtwerk Appingedam',
    ]);
    assert.deepEqual(names(await staff.get('/beheer/netwerk?status=published&type=politie')), [
      'Politie basisteam Zwolle',
    ]);
    // The province: chosen as a whole, or through one of its municipalities.
    assert.deepEqual(names(await staff.get('/beheer/netwerk?provincie=PV21')), [
      'Jongerenwerk Súdwest-Fryslân',
      'Kenniscentrum Fryslân',
    ]);
    // By name, with or without the accent.
    assert.deepEqual(names(await staff.get('/beheer/netwerk?q=fryslan')), [
      'Jongerenwerk Súdwest-Fryslân',
      'Kenniscentrum Fryslân',
    ]);
    assert.deepEqual(names(await staff.get(`/beheer/netwerk?q=${encodeURIComponent('SÚDWEST')}`)), [
      'Jongerenwerk Súdwest-Fryslân',
    ]);
    assert.deepEqual(names(await staff.get('/beheer/netwerk?q=100%25')), []);
    const sorted = await staff.get('/beheer/netwerk?sorteer=bevestigd');
    assert.deepEqual(names(sorted), [
      'Buurtwerk Appingedam',
      'Politie basisteam Zwolle',
      'Kenniscentrum Fryslân',
      'Jongerenwerk Súdwest-Fryslân',
    ]);
    assert.equal(sorted.$('#filter-sorteer option[selected]').attr('value'), 'bevestigd');
    const combined = await staff.get('/beheer/netwerk?verouderd=1&zonder-partner=1&provincie=PV21');
    assert.deepEqual(names(combined), []);
    assert.match(textOf(combined.$, 'tbody'), /Geen organisaties gevonden/);
    assert.equal(combined.$('#filter-verouderd').attr('checked'), 'checked');
    assert.equal(combined.$('#filter-provincie option[selected]').attr('value'), 'PV21');
    // Nonsense in the URL is ignored, never an error.
    const odd = await staff.get(
      '/beheer/netwerk?status=x&type=%27&provincie=PV99&pagina=-3&sorteer=1',
    );
    assert.equal(odd.status, 200);
    assert.equal(names(odd).length, 4);
  });

  it('pages through many organisations, keeping the filter', async () => {
    for (let i = 1; i <= 55; i++)
      await createListing(t.dataSource, {
        name: `Sleutelfigurennetwerk ${String(i).padStart(2, '0')}`,
        type: 'sleutelfiguren',
      });
    const first = await staff.get('/beheer/netwerk?type=sleutelfiguren');
    assert.equal(names(first).length, 50);
    assert.match(textOf(first.$, '.jep-network-found'), /55 organisaties/);
    const next = first.$('a[rel=next]').attr('href')!;
    assert.equal(next, '/beheer/netwerk?type=sleutelfiguren&pagina=2');
    const second = await staff.get(next);
    assert.deepEqual(
      names(second),
      [51, 52, 53, 54, 55].map((i) => `Sleutelfigurennetwerk ${i}`),
    );
  });

  it('is for staff only', async () => {
    for (const role of ['professional', 'partner', 'trainer'] as const) {
      const { client } = await signedInClient(() => t.client(), t.dataSource, role);
      assert.equal((await client.get('/beheer/netwerk')).status, 403, role);
      assert.equal((await client.get('/beheer/netwerk.csv')).status, 403, role);
    }
    const visitor = await t.client().get('/beheer/netwerk.csv');
    assert.equal(visitor.status, 303);
    assert.match(visitor.location ?? '', /^\/inloggen/);
    const { client: admin } = await signedInClient(() => t.client(), t.dataSource, 'admin');
    assert.equal((await admin.get('/beheer/netwerk')).status, 200);
  });

  it('exports everything as CSV: every status, every contact whatever its visibility, the partners’ addresses', async () => {
    const res = await staff.agent.get('/beheer/netwerk.csv');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(
      String(res.headers['content-disposition']),
      /attachment; filename="netwerk-alles-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    assert.equal(res.headers['cache-control'], 'no-store');
    const text = res.text.replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    const header = lines[0].split(';');
    for (const column of [
      'Naam',
      'Status',
      'Laatst bevestigd',
      'Herinnering verstuurd',
      'Partners (e-mail)',
      'Contact 1 naam',
      'Contact 3 zichtbaar voor',
    ])
      assert.ok(header.includes(column), column);
    const row = (name: string) => {
      const line = lines.find((l) => l.includes(`;${name};`));
      assert.ok(line, name);
      return Object.fromEntries(line.split(';').map((cell, i) => [header[i], cell]));
    };
    const sneek = row('Jongerenwerk Súdwest-Fryslân');
    assert.equal(sneek.Status, 'Gepubliceerd');
    assert.equal(sneek['Partners (e-mail)'], partnerEmail);
    assert.equal(sneek.Gemeenten, 'Súdwest-Fryslân');
    assert.equal(sneek.Provincies, 'Fryslân');
    assert.equal(sneek['Contact 1 e-mail'], 'wietske@example.nl');
    assert.equal(sneek['Contact 1 zichtbaar voor'], 'Iedereen');
    assert.equal(sneek['Contact 2 zichtbaar voor'], 'Ingelogde professionals en partners');
    assert.equal(sneek['Contact 3 naam'], 'Baukje de Vries');
    assert.equal(sneek['Contact 3 e-mail'], 'baukje.geheim@example.nl');
    assert.equal(sneek['Contact 3 telefoon'], '06 1234 5678');
    assert.equal(sneek['Contact 3 zichtbaar voor'], 'Alleen JEP-medewerkers');
    assert.equal(sneek['Mogelijk verouderd'], 'nee');
    assert.match(sneek['Laatst bevestigd'], /^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
    assert.equal(row('Buurtwerk Appingedam').Status, 'Gearchiveerd');
    assert.equal(row('Politie basisteam Zwolle')['Mogelijk verouderd'], 'ja');
    assert.equal(row('Kenniscentrum Fryslân')['Hele provincies'], 'Fryslân');
    assert.notEqual(row('Kenniscentrum Fryslân')['Herinnering verstuurd'], '');
    assert.equal(lines.length, 1 + 4 + 55, 'every organisation, once');
  });
});
