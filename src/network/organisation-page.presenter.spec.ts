import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  emailLink,
  OrganisationPageData,
  organisationPage,
  phoneLink,
  visibilitiesFor,
  websiteLink,
} from './organisation-page.presenter';

const NOW = new Date('2026-05-01T10:00:00Z');

function data(overrides: Partial<OrganisationPageData> = {}): OrganisationPageData {
  return {
    organisation: {
      id: 12,
      slug: 'jongerenwerk-de-brug',
      name: 'Jongerenwerk De Brug',
      type: 'jongerenwerk',
      summary: 'Jongerenwerk in de wijk.',
      description: 'Wij werken **met jongeren**.\n\n<script>alert(1)</script>',
      address: 'Brugstraat 1',
      postcode: '8911 AA',
      city: 'Leeuwarden',
      website: 'https://debrug.example.nl',
      publicEmail: 'info@debrug.example.nl',
      publicPhone: '058 123 4567',
      memberSince: '2024-03-01',
      confirmedAt: new Date('2026-01-10T09:00:00Z'),
    },
    expertise: ['polarisatie', 'online-radicalisering'],
    provinces: [{ code: 'PV21', name: 'Fryslân' }],
    municipalities: [
      { code: 'GM1900', name: 'Súdwest-Fryslân' },
      { code: 'GM0080', name: 'Leeuwarden' },
    ],
    contacts: [
      { name: 'Anna', jobTitle: null, email: 'anna@x.nl', phone: null, visibility: 'public' },
      { name: 'Bram', jobTitle: 'Coördinator', email: null, phone: null, visibility: 'members' },
    ],
    moreAfterLogin: true,
    canRelay: true,
    ...overrides,
  };
}

describe('organisation page presenter', () => {
  it('lets each role see the contact visibilities it may', () => {
    assert.deepEqual(visibilitiesFor(null), ['public']);
    for (const role of ['professional', 'partner', 'trainer'] as const)
      assert.deepEqual(visibilitiesFor(role), ['public', 'members'], role);
    for (const role of ['staff', 'admin'] as const)
      assert.deepEqual(visibilitiesFor(role), ['public', 'members', 'staff'], role);
  });

  it('marks a listing not confirmed for more than a year as possibly outdated', () => {
    const old = organisationPage(
      data({
        organisation: { ...data().organisation, confirmedAt: new Date('2025-02-03T23:30:00Z') },
      }),
      { role: null },
      'nl',
      NOW,
    );
    // 23:30 UTC is already the next day in Amsterdam
    assert.deepEqual(old.outdated, { iso: '2025-02-04', text: '4 februari 2025' });
    assert.equal(organisationPage(data(), { role: null }, 'nl', NOW).outdated, null);
  });

  it('links only http(s) websites, well-formed addresses and phone numbers', () => {
    assert.deepEqual(websiteLink('https://a.example.nl/x'), {
      href: 'https://a.example.nl/x',
      text: 'https://a.example.nl/x',
    });
    assert.deepEqual(websiteLink('javascript:alert(1)'), {
      href: null,
      text: 'javascript:alert(1)',
    });
    assert.equal(websiteLink('www.example.nl')?.href, null);
    assert.equal(websiteLink(''), null);
    assert.equal(emailLink('info@x.nl')?.href, 'mailto:info@x.nl');
    assert.equal(emailLink('info@x.nl?bcc=y@z.nl')?.href, null);
    assert.equal(emailLink('info@x.nl?subject=hoi')?.href, null);
    assert.equal(emailLink('not an address')?.href, null);
    assert.equal(phoneLink('058 123 4567')?.href, 'tel:0581234567');
    assert.equal(phoneLink('+31 (0)58-1234567')?.href, 'tel:+310581234567');
    assert.equal(phoneLink('bel ons')?.href, null);
  });

  it('shows a visitor the public contacts and a hint, without visibility labels or the form', () => {
    const page = organisationPage(
      data({ contacts: [data().contacts[0]] }),
      { role: null },
      'nl',
      NOW,
    );
    assert.equal(page.pageTitle, 'Jongerenwerk De Brug · Netwerk');
    assert.deepEqual(
      page.contacts.map((c) => [c.name, c.visibilityLabel]),
      [['Anna', null]],
    );
    assert.equal(page.moreAfterLogin, true);
    assert.equal(page.loginHref, '/inloggen?terug=%2Fnetwerk%2Fjongerenwerk-de-brug');
    assert.equal(page.relay.form, null);
    assert.equal(page.relay.loginFirst, true);
    assert.equal(page.staffHref, null);
  });

  it('gives a signed-in user the form and labels contacts that not everyone sees', () => {
    const page = organisationPage(
      data(),
      { role: 'professional', name: 'Ravi', email: 'ravi@example.nl' },
      'nl',
      NOW,
    );
    assert.deepEqual(
      page.contacts.map((c) => c.visibilityLabel),
      [null, 'network.visibility.members'],
    );
    assert.equal(page.moreAfterLogin, false);
    assert.equal(page.relay.form?.action, '/netwerk/jongerenwerk-de-brug/bericht');
    assert.equal(page.relay.form?.senderEmail, 'ravi@example.nl');
    assert.equal(page.staffHref, null);
    const staff = organisationPage(
      data(),
      { role: 'staff', name: 'S', email: 's@x.nl' },
      'nl',
      NOW,
    );
    assert.equal(staff.staffHref, '/beheer/netwerk/12');
  });

  it('has no form when the organisation has no e-mail address', () => {
    const page = organisationPage(
      data({ canRelay: false }),
      { role: 'partner', name: 'P', email: 'p@x.nl' },
      'nl',
      NOW,
    );
    assert.equal(page.relay.form, null);
    assert.equal(page.relay.noAddress, true);
    assert.equal(page.relay.loginFirst, false);
  });

  it('renders the description through the sanitiser and places by name', () => {
    const page = organisationPage(data(), { role: null }, 'nl', NOW);
    assert.match(page.organisation.descriptionHtml, /<strong>met jongeren<\/strong>/);
    assert.doesNotMatch(page.organisation.descriptionHtml, /script/);
    assert.deepEqual(page.organisation.municipalities, ['Leeuwarden', 'Súdwest-Fryslân']);
    assert.deepEqual(page.organisation.provinces, ['Fryslân']);
    assert.deepEqual(page.organisation.addressLines, ['Brugstraat 1', '8911 AA Leeuwarden']);
    assert.deepEqual(page.organisation.memberSince, { iso: '2024-03-01', text: '1 maart 2024' });
    assert.deepEqual(page.organisation.expertise, [
      'network.expertise.polarisatie',
      'network.expertise.online-radicalisering',
    ]);
  });
});
