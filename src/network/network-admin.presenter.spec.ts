import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NetworkContact } from './contact.entity';
import {
  networkAdminPage,
  networkAdminQuery,
  networkCsv,
  parseNetworkAdminFilter,
} from './network-admin.presenter';
import type { NetworkExportRow } from './network-admin.service';
import type { NetworkOrganisation } from './organisation.entity';

const now = new Date('2026-06-15T10:00:00Z');

function organisation(fields: Partial<NetworkOrganisation> = {}): NetworkOrganisation {
  return {
    id: 7,
    slug: 'jongerenwerk-sneek',
    name: 'Jongerenwerk Sneek',
    type: 'jongerenwerk',
    summary: 'Jongerenwerk in Sneek.',
    description: 'Wij werken met jongeren.\n\n- online',
    address: 'Marktstraat 1',
    postcode: '8601 AA',
    city: 'Sneek',
    website: 'https://sneek.example.nl',
    publicEmail: 'info@sneek.example.nl',
    publicPhone: '+31 515 123 456',
    memberSince: '2021-03-01',
    status: 'published',
    searchDocument: '',
    confirmedAt: new Date('2025-01-10T09:00:00Z'),
    freshnessSentAt: null,
    freshnessTokenHash: null,
    createdAt: new Date('2021-03-01T09:00:00Z'),
    updatedAt: new Date('2025-01-10T09:00:00Z'),
    ...fields,
  };
}

function contact(n: number, visibility: NetworkContact['visibility']): NetworkContact {
  return {
    id: n,
    organisationId: 7,
    name: `Contact ${n}`,
    jobTitle: null,
    email: `c${n}@example.nl`,
    phone: null,
    visibility,
    position: n,
  };
}

describe('network admin presenter', () => {
  it('reads the filter from the URL leniently and writes it back the same', () => {
    const filter = parseNetworkAdminFilter({
      q: '  fryslân ',
      status: 'archived',
      type: 'politie',
      provincie: 'PV21',
      verouderd: '1',
      'zonder-partner': '1',
      sorteer: 'bevestigd',
      pagina: '3',
    });
    assert.deepEqual(filter, {
      q: 'fryslân',
      status: 'archived',
      type: 'politie',
      province: 'PV21',
      outdated: true,
      withoutPartner: true,
      sort: 'bevestigd',
      page: 3,
    });
    assert.deepEqual(parseNetworkAdminFilter(networkAdminQuery(filter)), { ...filter, page: 1 });
    assert.deepEqual(
      parseNetworkAdminFilter({
        q: ['a', 'b'],
        status: 'deleted',
        type: 'x',
        provincie: 'PV99',
        verouderd: 'ja',
        sorteer: 'DROP',
        pagina: '0',
      }),
      {
        q: undefined,
        status: undefined,
        type: undefined,
        province: undefined,
        outdated: false,
        withoutPartner: false,
        sort: 'naam',
        page: 1,
      },
    );
  });

  it('marks only published listings outdated, and names whole provinces', () => {
    const filter = parseNetworkAdminFilter({});
    const page = networkAdminPage(
      {
        rows: [
          {
            organisation: organisation(),
            provinces: [{ code: 'PV21', name: 'Fryslân', whole: true }],
            partners: 2,
          },
          { organisation: organisation({ id: 8, status: 'archived' }), provinces: [], partners: 0 },
          {
            organisation: organisation({ id: 9, confirmedAt: new Date('2026-01-01T00:00:00Z') }),
            provinces: [],
            partners: 0,
          },
        ],
        total: 1234,
        counts: {
          published: 1200,
          archived: 34,
          outdated: 5,
          drafts: 0,
          applications: 2,
          links: 0,
        },
      },
      filter,
      [{ code: 'PV21', name: 'Fryslân' }],
      'nl',
      now,
    );
    assert.deepEqual(
      page.organisations.map((o) => o.outdated),
      [true, false, false],
    );
    assert.equal(page.organisations[0].provinces, 'Fryslân (hele provincie)');
    assert.equal(page.organisations[0].href, '/beheer/netwerk/7');
    assert.equal(page.found, '1.234 organisaties');
    assert.equal(page.counts[0].value, '1.200');
    assert.deepEqual(
      page.counts.filter((c) => c.attention).map((c) => c.href),
      ['/beheer/netwerk/aanmeldingen'],
    );
    assert.equal(page.filtered, false);
    assert.equal(page.pagination.pages, 25);
  });

  it('writes one CSV row per organisation with every contact in numbered columns, safe for spreadsheets', () => {
    const rows: NetworkExportRow[] = [
      {
        organisation: organisation({ name: '=HYPERLINK("x")' }),
        expertise: ['polarisatie', 'online-radicalisering'],
        provinces: [{ code: 'PV21', name: 'Fryslân', whole: false }],
        municipalities: [{ code: 'GM1900', name: 'Súdwest-Fryslân' }],
        contacts: [contact(1, 'public'), contact(2, 'members'), contact(3, 'staff')],
        partners: ['a@example.nl', 'b@example.nl'],
      },
      {
        organisation: organisation({ id: 8, name: 'Zonder contacten' }),
        expertise: [],
        provinces: [],
        municipalities: [],
        contacts: [],
        partners: [],
      },
    ];
    const csv = networkCsv(rows, 'nl', now);
    assert.ok(csv.startsWith('\uFEFF'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 3);
    const header = lines[0].split(';');
    assert.equal(header.filter((h) => h.startsWith('Contact ')).length, 15);
    const first = lines[1].split(';');
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    assert.equal(cell(first, 'Naam'), `"'=HYPERLINK(""x"")"`);
    assert.equal(cell(first, 'Expertise'), 'Polarisatie | Online radicalisering');
    assert.equal(cell(first, 'Partners (e-mail)'), 'a@example.nl | b@example.nl');
    assert.equal(cell(first, 'Contact 3 e-mail'), 'c3@example.nl');
    assert.equal(cell(first, 'Contact 3 zichtbaar voor'), 'Alleen JEP-medewerkers');
    assert.equal(cell(first, 'Openbaar telefoonnummer'), "'+31 515 123 456");
    assert.equal(cell(first, 'Mogelijk verouderd'), 'ja');
    assert.equal(cell(first, 'Laatst bevestigd'), '10-01-2025 10:00');
    assert.equal(cell(first, 'Beschrijving'), '"Wij werken met jongeren.\n\n- online"');
    const second = lines[lines.length - 1].split(';');
    assert.equal(cell(second, 'Contact 1 naam'), '');
    assert.equal(second.length, header.length);
  });
});
