import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ListingContact } from '../../src/network/listing-content';
import { OPEN_DATA_CSV_COLUMNS, OpenDataDocument } from '../../src/network/open-data';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { createListing } from '../utils/network-fixtures';
import { createTestApp, TestApp } from '../utils/test-app';

function contact(
  name: string,
  email: string,
  visibility: ListingContact['visibility'],
  phone = '',
): ListingContact {
  return { name, jobTitle: 'Coördinator', email, phone, visibility };
}

const PUBLIC = contact('Pieter Openbaar', 'pieter.openbaar@debrug.example.nl', 'public', '06 1');
const MEMBERS = contact('Lotte Ledenlijst', 'lotte.leden@debrug.example.nl', 'members', '06 2');
const STAFF = contact('Sander Stafkaart', 'sander.staf@debrug.example.nl', 'staff', '06 3');

/** What must never be in the open data, whatever the format. */
const HIDDEN = [
  MEMBERS.name,
  MEMBERS.email,
  MEMBERS.phone,
  STAFF.name,
  STAFF.email,
  STAFF.phone,
  'Opgeheven Stichting',
  'opgeheven-stichting',
  'archief@opgeheven.example.nl',
];

describe('network open data', () => {
  let t: TestApp;
  let brug: NetworkOrganisation;

  before(async () => {
    t = await createTestApp();
    brug = await createListing(t.dataSource, {
      name: 'Jongerenwerk De Brug',
      slug: 'jongerenwerk-de-brug',
      description: 'Wij werken met **jongeren**; ook "online".',
      expertise: ['online-radicalisering', 'polarisatie'],
      provinces: ['PV21'],
      municipalities: ['GM1900', 'GM0080'],
      contacts: [MEMBERS, PUBLIC, STAFF],
      confirmedAt: new Date('2026-03-10T10:00:00Z'),
    });
    await createListing(t.dataSource, {
      name: 'Gemeente Zonder Contacten',
      slug: 'gemeente-zonder-contacten',
      type: 'gemeente',
      municipalities: ['GM0344'],
      website: '',
      publicEmail: '',
      contacts: [],
    });
    const archived = await createListing(t.dataSource, {
      name: 'Opgeheven Stichting',
      slug: 'opgeheven-stichting',
      publicEmail: 'archief@opgeheven.example.nl',
      contacts: [contact('Publiek Maar Gearchiveerd', 'pg@opgeheven.example.nl', 'public')],
    });
    await t.dataSource
      .getRepository(NetworkOrganisation)
      .update(archived.id, { status: 'archived', freshnessTokenHash: 'f'.repeat(64) });
    await t.dataSource
      .getRepository(NetworkOrganisation)
      .update(brug.id, { freshnessTokenHash: 'a'.repeat(64), freshnessSentAt: new Date() });
  });
  after(() => t.close());

  async function fetch(path: string) {
    const res = await t
      .client()
      .agent.get(path)
      .buffer(true)
      .parse((stream, done) => {
        let text = '';
        stream.setEncoding('utf8');
        stream.on('data', (c: string) => (text += c));
        stream.on('end', () => done(null, text));
      });
    return { status: res.status, headers: res.headers, text: res.body as string };
  }

  it('/netwerk.json: the public fields of published listings and their public contacts only', async () => {
    const res = await fetch('/netwerk.json');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^application\/json; charset=utf-8/);
    assert.equal(res.headers['cache-control'], 'public, max-age=300');
    assert.match(
      String(res.headers.link),
      /creativecommons\.org\/publicdomain\/zero\/1\.0\/.*rel="license"/,
    );
    assert.equal(res.headers['set-cookie'], undefined, 'no session for open data');
    const doc = JSON.parse(res.text) as OpenDataDocument;
    assert.equal(doc.license, 'CC0-1.0');
    assert.ok(Math.abs(Date.parse(doc.generated) - Date.now()) < 60_000);
    assert.deepEqual(
      doc.organisations.map((o) => o.slug),
      ['gemeente-zonder-contacten', 'jongerenwerk-de-brug'],
    );
    const o = doc.organisations[1];
    assert.deepEqual(o, {
      slug: 'jongerenwerk-de-brug',
      url: 'http://jep.test/netwerk/jongerenwerk-de-brug',
      name: 'Jongerenwerk De Brug',
      type: { key: 'jongerenwerk', label: 'Jongerenwerk' },
      summary: 'Jongerenwerk in de wijk, met aandacht voor polarisatie.',
      description: 'Wij werken met **jongeren**; ook "online".',
      expertise: ['polarisatie', 'online-radicalisering'],
      provinces: [{ code: 'PV21', name: 'Fryslân' }],
      municipalities: [
        { code: 'GM0080', name: 'Leeuwarden' },
        { code: 'GM1900', name: 'Súdwest-Fryslân' },
      ],
      address: 'Brugstraat 1',
      postcode: '8911 AA',
      city: 'Leeuwarden',
      website: 'https://debrug.example.nl',
      email: 'info@debrug.example.nl',
      phone: '058 123 4567',
      memberSince: '2026-03-10',
      lastConfirmed: '2026-03-10',
      contacts: [
        {
          name: PUBLIC.name,
          jobTitle: 'Coördinator',
          email: PUBLIC.email,
          phone: PUBLIC.phone,
        },
      ],
    });
    const empty = doc.organisations[0];
    assert.equal(empty.website, null);
    assert.equal(empty.email, null);
    assert.deepEqual(empty.contacts, []);
    assert.deepEqual(empty.municipalities, [{ code: 'GM0344', name: 'Utrecht' }]);
    for (const hidden of HIDDEN) assert.ok(!res.text.includes(hidden), `${hidden} is absent`);
    for (const internal of [
      'searchDocument',
      'search_document',
      'freshness',
      'aaaaaaaa',
      'visibility',
      '"id"',
    ])
      assert.ok(!res.text.includes(internal), `no internal field: ${internal}`);
  });

  it('/netwerk.csv: one row per published listing, public contacts only, a dated file name', async () => {
    const res = await fetch('/netwerk.csv');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(res.headers['cache-control'], 'public, max-age=300');
    assert.match(
      String(res.headers['content-disposition']),
      /^attachment; filename="jep-netwerk-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    assert.equal(res.headers['set-cookie'], undefined);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    assert.equal(lines[0], OPEN_DATA_CSV_COLUMNS.join(';'));
    assert.equal(lines.length, 3, 'a header and two published listings');
    const brugLine = lines.find((l) => l.startsWith('jongerenwerk-de-brug;'))!;
    assert.ok(brugLine.includes(';polarisatie | online-radicalisering;'));
    assert.ok(brugLine.includes(';GM0080 | GM1900;Leeuwarden | Súdwest-Fryslân;'));
    assert.ok(brugLine.includes(`;${PUBLIC.name};Coördinator;${PUBLIC.email};`));
    assert.ok(brugLine.includes('"Wij werken met **jongeren**; ook ""online""."'));
    for (const hidden of HIDDEN) assert.ok(!res.text.includes(hidden), `${hidden} is absent`);
    assert.ok(!res.text.includes('aaaaaaaa'));
  });
});
