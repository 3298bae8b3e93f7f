import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  OPEN_DATA_CSV_COLUMNS,
  OpenDataOrganisation,
  openDataCsv,
  openDataDocument,
  openDataFilename,
} from './open-data';

const BASE = 'https://jep.example.nl';

function organisation(overrides: Partial<OpenDataOrganisation> = {}): OpenDataOrganisation {
  return {
    slug: 'jongerenwerk-de-brug',
    name: 'Jongerenwerk De Brug',
    type: 'jongerenwerk',
    summary: 'Jongerenwerk in de wijk; met aandacht voor polarisatie.',
    description: 'Regel één\n\nRegel "twee"',
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
    publicEmail: 'info@debrug.example.nl',
    publicPhone: '058 123 4567',
    memberSince: '2024-03-01',
    // 23:30 UTC is the next day in Amsterdam
    confirmedAt: new Date('2026-01-09T23:30:00Z'),
    contacts: [
      { name: 'Anna de Vries', jobTitle: null, email: 'anna@debrug.example.nl', phone: null },
      { name: 'Bram Jansen', jobTitle: 'Coördinator', email: null, phone: '06 12345678' },
    ],
    ...overrides,
  };
}

/** The cells of a CSV made by toCsv (`;`, quotes doubled, CRLF), enough for these tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('open data', () => {
  it('JSON: licence, generation time and the public fields of each listing', () => {
    const doc = openDataDocument([organisation()], BASE, new Date('2026-05-01T10:00:00Z'));
    assert.equal(doc.generated, '2026-05-01T10:00:00.000Z');
    assert.equal(doc.license, 'CC0-1.0');
    assert.deepEqual(doc.organisations[0], {
      slug: 'jongerenwerk-de-brug',
      url: 'https://jep.example.nl/netwerk/jongerenwerk-de-brug',
      name: 'Jongerenwerk De Brug',
      type: { key: 'jongerenwerk', label: 'Jongerenwerk' },
      summary: 'Jongerenwerk in de wijk; met aandacht voor polarisatie.',
      description: 'Regel één\n\nRegel "twee"',
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
      memberSince: '2024-03-01',
      lastConfirmed: '2026-01-10',
      contacts: [
        { name: 'Anna de Vries', jobTitle: null, email: 'anna@debrug.example.nl', phone: null },
        { name: 'Bram Jansen', jobTitle: 'Coördinator', email: null, phone: '06 12345678' },
      ],
    });
  });

  it('JSON: empty optional fields are null', () => {
    const [record] = openDataDocument(
      [organisation({ address: null, website: '', publicEmail: null, contacts: [] })],
      BASE,
      new Date(),
    ).organisations;
    assert.equal(record.address, null);
    assert.equal(record.website, null);
    assert.equal(record.email, null);
    assert.deepEqual(record.contacts, []);
  });

  it('CSV: a header and one row per organisation, lists joined with " | ", contacts side by side', () => {
    const csv = openDataCsv([organisation(), organisation({ slug: 'tweede', contacts: [] })], BASE);
    assert.ok(csv.startsWith('\uFEFF'), 'a byte order mark for spreadsheet programs');
    const [header, first, second, ...rest] = parseCsv(csv);
    assert.equal(rest.length, 0);
    assert.deepEqual(header, [...OPEN_DATA_CSV_COLUMNS]);
    const columns: string[] = header;
    const cell = (row: string[], column: string) => row[columns.indexOf(column)];
    assert.equal(cell(first, 'url'), 'https://jep.example.nl/netwerk/jongerenwerk-de-brug');
    assert.equal(cell(first, 'typeLabel'), 'Jongerenwerk');
    assert.equal(cell(first, 'description'), 'Regel één\n\nRegel "twee"');
    assert.equal(cell(first, 'expertise'), 'polarisatie | online-radicalisering');
    assert.equal(cell(first, 'municipalityCodes'), 'GM0080 | GM1900');
    assert.equal(cell(first, 'municipalities'), 'Leeuwarden | Súdwest-Fryslân');
    assert.equal(cell(first, 'provinces'), 'Fryslân');
    assert.equal(cell(first, 'lastConfirmed'), '2026-01-10');
    assert.equal(cell(first, 'contactNames'), 'Anna de Vries | Bram Jansen');
    assert.equal(cell(first, 'contactJobTitles'), ' | Coördinator');
    assert.equal(cell(first, 'contactEmails'), 'anna@debrug.example.nl | ');
    assert.equal(cell(second, 'slug'), 'tweede');
    assert.equal(cell(second, 'contactNames'), '');
  });

  it('CSV: a cell a spreadsheet would run as a formula is neutralised', () => {
    const csv = openDataCsv([organisation({ name: '=HYPERLINK("http://x")' })], BASE);
    const [header, row] = parseCsv(csv);
    assert.equal(row[header.indexOf('name')], `'=HYPERLINK("http://x")`);
  });

  it('names the download by the day in Amsterdam', () => {
    assert.equal(openDataFilename(new Date('2026-05-01T22:30:00Z')), 'jep-netwerk-2026-05-02.csv');
  });
});
