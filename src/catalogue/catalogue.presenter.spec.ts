import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Edition } from '../scheduling/edition.entity';
import type { Meeting } from '../scheduling/meeting.entity';
import { parseCatalogueFilter, parseMonth } from './catalogue-filter.query';
import {
  audienceLabels,
  completionRule,
  courseMode,
  dateRange,
  editionJsonLd,
  jsonLdScript,
  kindLabel,
  meetingRow,
  monthOptions,
  registrationWindow,
  seatsLeft,
  skjPoints,
  studyLoad,
} from './catalogue.presenter';
import type { PublicEdition } from './catalogue.service';
import type { Offering } from './offering.entity';

const d = (iso: string) => new Date(iso);

/** The parts of a CourseInstance the tests read. */
interface LdInstance {
  '@type': string;
  courseMode?: string;
  startDate: string;
  endDate: string;
  location: unknown;
  offers: { availability: string };
  instructor: unknown;
}

function offering(overrides: Partial<Offering> = {}): Offering {
  return {
    id: 1,
    kind: 'omei',
    title: 'Omgaan met Extreme Idealen',
    slug: 'omei',
    summary: 'Samenvatting',
    description: 'Tekst',
    audience: '',
    studyLoadHours: 12,
    skjPoints: 8,
    completionRule: 'all_meetings',
    completionPercent: null,
    excusedCounts: false,
    requiresApproval: false,
    offerConfirmDays: null,
    published: true,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

function edition(overrides: Partial<Edition> = {}): Edition {
  return {
    id: 7,
    offeringId: 1,
    title: 'Utrecht, voorjaar 2027',
    capacity: 12,
    seatsTaken: 0,
    registrationOpensAt: d('2026-11-01T08:00:00Z'),
    registrationClosesAt: d('2026-12-01T16:00:00Z'),
    cancellationClosesAt: null,
    regionCode: 'PV26',
    notes: '',
    status: 'published',
    startsAt: d('2026-12-03T13:30:00Z'),
    endsAt: d('2027-02-04T16:00:00Z'),
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 1,
    editionId: 7,
    startsAt: d('2026-12-03T13:30:00Z'),
    endsAt: d('2026-12-03T16:00:00Z'),
    locationName: 'Stadskantoor',
    address: 'Stadsplateau 1',
    municipalityCode: 'GM0344',
    municipality: { code: 'GM0344', name: 'Utrecht', provinceCode: 'PV26' },
    locationKey: 'stadskantoor|stadsplateau 1',
    onlineUrl: null,
    sequence: 0,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

describe('catalogue presenter: dates', () => {
  it('writes one date for a single day and a range for several, in Amsterdam', () => {
    const one = dateRange(d('2026-12-03T13:30:00Z'), d('2026-12-03T16:00:00Z'), 'nl');
    assert.equal(one?.text, '3 december 2026');
    assert.equal(one?.end, null);
    assert.equal(one?.start.iso, '2026-12-03');
    const range = dateRange(d('2026-12-03T13:30:00Z'), d('2027-02-04T16:00:00Z'), 'nl');
    assert.equal(range?.text, '3 december 2026 – 4 februari 2027');
    assert.equal(range?.end?.iso, '2027-02-04');
    assert.equal(
      dateRange(d('2026-12-03T09:00:00Z'), d('2026-12-04T10:00:00Z'), 'en')?.text,
      '3 December 2026 – 4 December 2026',
    );
  });
  it('uses the Amsterdam date, not the UTC one, around midnight', () => {
    // 23:30Z on 2 December is 00:30 on 3 December in Amsterdam
    const r = dateRange(d('2026-12-02T23:30:00Z'), d('2026-12-03T02:00:00Z'), 'nl');
    assert.equal(r?.text, '3 december 2026');
    assert.equal(r?.start.iso, '2026-12-03');
  });
  it('has nothing to show without a start', () => {
    assert.equal(dateRange(null, null, 'nl'), null);
  });
  it('shows meeting times in Amsterdam, winter and summer', () => {
    const winter = meetingRow(meeting(), 'nl');
    assert.equal(winter.date.text, '3 december 2026');
    assert.equal(`${winter.start.text}–${winter.end.text}`, '14:30–17:00');
    const summer = meetingRow(
      meeting({ startsAt: d('2027-07-01T07:00:00Z'), endsAt: d('2027-07-01T09:30:00Z') }),
      'nl',
    );
    assert.equal(`${summer.start.text}–${summer.end.text}`, '09:00–11:30');
  });
  it('offers the next twelve months and keeps a chosen month outside them', () => {
    const now = d('2026-11-30T23:30:00Z'); // already 1 December in Amsterdam
    const months = monthOptions(now, undefined, 'nl');
    assert.equal(months.length, 12);
    assert.deepEqual(months[0], { value: '2026-12', label: 'december 2026', selected: false });
    assert.equal(months[11].value, '2027-11');
    const kept = monthOptions(now, '2028-03', 'en');
    assert.equal(kept.length, 13);
    assert.deepEqual(kept[12], { value: '2028-03', label: 'March 2028', selected: true });
  });
});

describe('catalogue presenter: labels', () => {
  it('names the kinds', () => {
    assert.equal(kindLabel('omei'), 'catalogue.kind.omei');
    assert.equal(kindLabel('werkatelier'), 'catalogue.kind.werkatelier');
  });
  it('says how many places are left, and "Vol" when none', () => {
    assert.equal(seatsLeft({ capacity: 12, seatsTaken: 3 }, 'nl').label, 'Nog 9 plaatsen');
    assert.equal(seatsLeft({ capacity: 12, seatsTaken: 11 }, 'nl').label, 'Nog 1 plaats');
    const full = seatsLeft({ capacity: 12, seatsTaken: 12 }, 'nl');
    assert.deepEqual(full, { left: 0, full: true, label: 'Vol' });
    assert.equal(seatsLeft({ capacity: 12, seatsTaken: 14 }, 'en').label, 'Full');
  });
  it('describes the registration window before, during and after', () => {
    const e = edition();
    assert.equal(
      registrationWindow(e, d('2026-10-01T00:00:00Z'), 'nl').text,
      'Aanmelden opent op 1 november 2026 09:00',
    );
    const open = registrationWindow(e, d('2026-11-15T00:00:00Z'), 'nl');
    assert.equal(open.state, 'open');
    assert.equal(open.text, 'Aanmelden kan van 1 november 2026 09:00 tot 1 december 2026 17:00');
    assert.equal(
      registrationWindow(e, d('2026-12-01T16:00:00Z'), 'nl').text,
      'Aanmelden is gesloten',
    );
    assert.equal(
      registrationWindow(edition({ status: 'completed' }), d('2026-11-15T00:00:00Z'), 'nl').state,
      'closed',
      'a completed edition takes no registrations',
    );
  });
  it('puts the completion rule in words', () => {
    assert.equal(
      completionRule(offering(), 'nl'),
      'Aanwezig bij alle bijeenkomsten. Een afmelding met bericht telt niet als aanwezig.',
    );
    assert.equal(
      completionRule(
        offering({ completionRule: 'min_percent', completionPercent: 80, excusedCounts: true }),
        'nl',
      ),
      'Aanwezig bij ten minste 80% van de uren. Een afmelding met bericht telt als aanwezig.',
    );
    assert.match(
      completionRule(offering({ completionRule: 'min_percent', completionPercent: 75 }), 'en'),
      /^Attend at least 75% of the hours\./,
    );
  });
  it('lists known sectors only, hours and SKJ points', () => {
    assert.deepEqual(audienceLabels('onderwijs,bestaat-niet, jongerenwerk'), [
      'sector.onderwijs',
      'sector.jongerenwerk',
    ]);
    assert.deepEqual(audienceLabels(''), []);
    assert.equal(studyLoad(12, 'nl'), '12 uur');
    assert.equal(studyLoad(1, 'en'), '1 hour');
    assert.equal(skjPoints(0, 'nl'), 'Geen SKJ-punten');
    assert.equal(skjPoints(8, 'nl'), '8 SKJ-punten');
  });
  it('marks online meetings without exposing their link', () => {
    const row = meetingRow(
      meeting({ locationName: null, address: null, onlineUrl: 'https://meet.example.nl/jep' }),
      'nl',
    );
    assert.equal(row.online, true);
    assert.ok(!JSON.stringify(row).includes('meet.example.nl'));
  });
});

describe('catalogue filter (query string)', () => {
  const provinces = ['PV26', 'PV27'];
  it('takes known values', () => {
    const f = parseCatalogueFilter(
      { soort: 'werkatelier', provincie: 'PV26', maand: '2026-12', plekken: '1', pagina: '2' },
      provinces,
    );
    assert.equal(f.kind, 'werkatelier');
    assert.equal(f.region, 'PV26');
    assert.equal(f.placesLeft, true);
    assert.equal(f.page, 2);
    assert.equal(f.month?.value, '2026-12');
  });
  it('ignores unknown and malformed values', () => {
    const f = parseCatalogueFilter(
      { soort: 'cursus', provincie: 'PV99', maand: '2026-13', plekken: 'ja', pagina: '-1' },
      provinces,
    );
    assert.deepEqual(f, {
      kind: undefined,
      region: undefined,
      month: undefined,
      placesLeft: undefined,
      page: 1,
    });
    assert.equal(parseCatalogueFilter({ soort: ['omei', 'training'] }, provinces).kind, undefined);
    for (const bad of ['2026-1', '26-12', '2026-00', '1999-05', 'x', '2026-12-01'])
      assert.equal(parseMonth(bad), undefined, bad);
  });
  it('turns a month into [from, to) in Amsterdam time, across the year end and DST', () => {
    const dec = parseMonth('2026-12')!;
    assert.equal(dec.from.toISOString(), '2026-11-30T23:00:00.000Z');
    assert.equal(dec.to.toISOString(), '2026-12-31T23:00:00.000Z');
    const apr = parseMonth('2027-04')!; // summer time: UTC+2
    assert.equal(apr.from.toISOString(), '2027-03-31T22:00:00.000Z');
    assert.equal(apr.to.toISOString(), '2027-04-30T22:00:00.000Z');
  });
});

describe('catalogue presenter: JSON-LD', () => {
  const detail = (meetings: Meeting[], overrides: Partial<Edition> = {}): PublicEdition => ({
    edition: { ...edition(overrides), offering: offering() },
    meetings,
    trainers: [{ id: 3, name: 'Fatima El Amrani' }],
  });

  it('describes the edition as a Course with one CourseInstance', () => {
    const ld = editionJsonLd(detail([meeting()]), 'https://jep.example');
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'Course');
    assert.equal(ld.url, 'https://jep.example/aanbod/omei');
    const [instance] = ld.hasCourseInstance as unknown as LdInstance[];
    assert.equal(instance['@type'], 'CourseInstance');
    assert.equal(instance.courseMode, 'onsite');
    assert.equal(instance.startDate, '2026-12-03T13:30:00.000Z');
    assert.equal(instance.endDate, '2027-02-04T16:00:00.000Z');
    assert.deepEqual(instance.location, {
      '@type': 'Place',
      name: 'Stadskantoor',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Stadsplateau 1',
        addressLocality: 'Utrecht',
        addressCountry: 'NL',
      },
    });
    assert.equal(instance.offers.availability, 'https://schema.org/InStock');
    assert.deepEqual(instance.instructor, [{ '@type': 'Person', name: 'Fatima El Amrani' }]);
  });
  it('knows online and blended editions, and a full one is sold out', () => {
    const online = meeting({
      id: 2,
      locationName: null,
      address: null,
      municipality: null,
      onlineUrl: 'https://meet.example.nl/x',
    });
    assert.equal(courseMode([online]), 'online');
    assert.equal(courseMode([meeting(), online]), 'blended');
    assert.equal(courseMode([]), null);
    const ld = editionJsonLd(
      detail([meeting(), online], { seatsTaken: 12 }),
      'https://jep.example',
    );
    const [instance] = ld.hasCourseInstance as unknown as LdInstance[];
    assert.equal(instance.courseMode, 'blended');
    const places = instance.location as unknown[];
    assert.equal(places.length, 2);
    assert.deepEqual(
      places[1],
      { '@type': 'VirtualLocation' },
      'the meeting link is not published',
    );
    assert.equal(instance.offers.availability, 'https://schema.org/SoldOut');
  });
  it('escapes the JSON so stored text cannot close the script element', () => {
    const nasty = { name: '</script><script>alert(1)</script> & <!-- \u2028' };
    const out = jsonLdScript(nasty);
    assert.ok(!/[<>&]/.test(out), out);
    assert.ok(!out.includes('\u2028'));
    assert.deepEqual(JSON.parse(out), nasty);
  });
});
