import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ListingContent } from './listing-content';
import { ListingDescriber, listingDiff } from './listing-diff';

const NAMES: Record<string, string> = {
  PV21: 'Fryslân',
  PV20: 'Groningen',
  GM0080: 'Leeuwarden',
  GM1900: 'Súdwest-Fryslân',
  GM0014: 'Groningen',
};

const d: ListingDescriber = {
  type: (k) => `type:${k}`,
  expertise: (k) => `exp:${k}`,
  province: (c) => NAMES[c] ?? c,
  municipality: (c) => NAMES[c] ?? c,
  visibility: (k) => ({ public: 'Iedereen', members: 'Ingelogd', staff: 'JEP' })[k],
};

const PUBLISHED: ListingContent = {
  name: 'Jongerenwerk De Brug',
  type: 'jongerenwerk',
  summary: 'Jongerenwerk in de wijk.',
  description: 'Eerste alinea.\n\nTweede alinea.',
  expertise: ['polarisatie'],
  provinces: [],
  municipalities: ['GM0080'],
  address: 'Brugstraat 1',
  postcode: '8911 AA',
  city: 'Leeuwarden',
  website: 'https://debrug.example.nl',
  publicEmail: 'info@debrug.example.nl',
  publicPhone: '058 123 4567',
  contacts: [
    { name: 'Sanne', jobTitle: 'Coördinator', email: 's@x.nl', phone: '', visibility: 'public' },
    { name: 'Jelle', jobTitle: '', email: '', phone: '', visibility: 'staff' },
  ],
};

const row = (rows: ReturnType<typeof listingDiff>, field: string) =>
  rows.find((r) => r.field === field)!;

describe('the difference between two listings', () => {
  it('has every field in the order of the form, none changed for the same listing', () => {
    const rows = listingDiff(PUBLISHED, structuredClone(PUBLISHED), d);
    assert.deepEqual(
      rows.map((r) => r.field),
      [
        'name',
        'type',
        'summary',
        'description',
        'expertise',
        'provinces',
        'municipalities',
        'address',
        'postcode',
        'city',
        'website',
        'publicEmail',
        'publicPhone',
        'contacts',
      ],
    );
    assert.deepEqual(
      rows.filter((r) => r.changed).map((r) => r.field),
      [],
    );
  });

  it('marks changed texts and keeps long texts whole in both columns', () => {
    const long = 'x'.repeat(5000);
    const rows = listingDiff(PUBLISHED, { ...PUBLISHED, name: 'De Brug', description: long }, d);
    assert.deepEqual(
      rows.filter((r) => r.changed).map((r) => r.field),
      ['name', 'description'],
    );
    assert.equal(row(rows, 'name').before, 'Jongerenwerk De Brug');
    assert.equal(row(rows, 'name').after, 'De Brug');
    assert.equal(row(rows, 'description').kind, 'long');
    assert.equal(row(rows, 'description').after.length, 5000, 'not shortened');
    assert.equal(row(rows, 'description').before, PUBLISHED.description);
    assert.equal(row(rows, 'type').before, 'type:jongerenwerk', 'codes by their names');
  });

  it('lists added and removed items of expertise, places and contacts', () => {
    const rows = listingDiff(
      PUBLISHED,
      {
        ...PUBLISHED,
        expertise: ['polarisatie', 'online-radicalisering'],
        provinces: ['PV21'],
        municipalities: ['GM1900'],
        contacts: [PUBLISHED.contacts[0]],
      },
      d,
    );
    const expertise = row(rows, 'expertise');
    assert.equal(expertise.changed, true);
    assert.deepEqual(expertise.added, ['exp:online-radicalisering']);
    assert.deepEqual(expertise.removed, []);
    assert.deepEqual(
      expertise.afterItems.map((i) => [i.text, i.change]),
      [
        ['exp:polarisatie', 'same'],
        ['exp:online-radicalisering', 'added'],
      ],
    );
    assert.deepEqual(row(rows, 'provinces').added, ['Fryslân']);
    const places = row(rows, 'municipalities');
    assert.deepEqual([places.added, places.removed], [['Súdwest-Fryslân'], ['Leeuwarden']]);
    assert.deepEqual(
      places.beforeItems.map((i) => i.change),
      ['removed'],
    );
    const contacts = row(rows, 'contacts');
    assert.deepEqual(contacts.removed, ['Jelle (JEP)']);
    assert.deepEqual(contacts.added, []);
    assert.equal(contacts.afterItems[0].text, 'Sanne, Coördinator — s@x.nl (Iedereen)');
  });

  it('shows a contact whose visibility changed as removed and added', () => {
    const contacts = row(
      listingDiff(
        PUBLISHED,
        {
          ...PUBLISHED,
          contacts: [{ ...PUBLISHED.contacts[0], visibility: 'staff' }, PUBLISHED.contacts[1]],
        },
        d,
      ),
      'contacts',
    );
    assert.deepEqual(contacts.removed, ['Sanne, Coördinator — s@x.nl (Iedereen)']);
    assert.deepEqual(contacts.added, ['Sanne, Coördinator — s@x.nl (JEP)']);
  });

  it('treats every filled field as new when there is no published version (an application)', () => {
    const rows = listingDiff(null, PUBLISHED, d);
    assert.equal(row(rows, 'name').before, '');
    assert.equal(row(rows, 'name').changed, true);
    assert.deepEqual(row(rows, 'contacts').added.length, 2);
    assert.equal(row(rows, 'provinces').changed, false, 'empty stays unchanged');
  });
});
