import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/accounts/user.entity';
import type { SaveOfferingDto } from '../../src/catalogue/dto/save-offering.dto';
import { OfferingAdminService } from '../../src/catalogue/offering-admin.service';
import { Offering } from '../../src/catalogue/offering.entity';
import type { SaveEditionDto } from '../../src/scheduling/dto/save-edition.dto';
import type { SaveMeetingDto } from '../../src/scheduling/dto/save-meeting.dto';
import { EditionAdminService } from '../../src/scheduling/edition-admin.service';
import type { EditionStatus } from '../../src/scheduling/edition-status';
import { Edition } from '../../src/scheduling/edition.entity';
import { MeetingService } from '../../src/scheduling/meeting.service';
import { createUser } from '../utils/factories';
import { createTestApp, TestApp } from '../utils/test-app';
import { Page, textOf, WebClient } from '../utils/web-client';

/** Next calendar year: every date below is in the future, whatever day the tests run. */
const Y = new Date().getFullYear() + 1;
const THIS_YEAR = Y - 1;

function offeringDto(overrides: Partial<SaveOfferingDto>): SaveOfferingDto {
  return {
    kind: 'training',
    title: 'Training',
    summary: 'Een korte samenvatting.',
    description: 'Een beschrijving.',
    audience: ['onderwijs', 'jongerenwerk'],
    studyLoadHours: '12',
    skjPoints: '8',
    completionRule: 'all_meetings',
    published: 'on',
    ...overrides,
  };
}

function editionDto(offeringId: number, overrides: Partial<SaveEditionDto>): SaveEditionDto {
  return {
    offeringId: String(offeringId),
    title: 'Uitvoering',
    capacity: '12',
    opensDate: `${THIS_YEAR}-01-01`,
    opensTime: '09:00',
    closesDate: `${Y}-01-15`,
    closesTime: '17:00',
    regionCode: 'PV26',
    notes: '',
    ...overrides,
  };
}

const place = (date: string, startTime: string, endTime: string, locationName: string) =>
  ({
    date,
    startTime,
    endTime,
    mode: 'location',
    locationName,
    address: 'Stadsplateau 1',
    municipalityCode: 'GM0344',
  }) satisfies SaveMeetingDto;

const titles = (page: Page) =>
  page
    .$('main .jep-catalogue-card h2')
    .map((_, h) => page.$(h).text().trim())
    .get();

/** What the JSON-LD blocks hold, as far as the tests read them. */
interface LdInstance {
  '@type': string;
  name: string;
  url: string;
  startDate: string;
  endDate: string;
  courseMode?: string;
  location: { '@type': string; address?: { addressLocality?: string } }[];
  offers: { availability: string };
  instructor: { name: string }[];
}
interface LdCourse {
  '@context': string;
  '@type': string;
  name: string;
  description: string;
  hasCourseInstance: LdInstance[];
}

const jsonLdOf = (page: Page) =>
  JSON.parse(page.$('script[type="application/ld+json"]').text()) as LdCourse;

/** The page's fact list as { term: description }. */
function factsOf(page: Page): Record<string, string> {
  const out: Record<string, string> = {};
  page.$('main .jep-facts dt').each((_, dt) => {
    const term = page.$(dt).text().replace(/\s+/g, ' ').trim();
    out[term] = page.$(dt).next('dd').text().replace(/\s+/g, ' ').trim();
  });
  return out;
}

const editionTitles = (page: Page) =>
  page
    .$('main .jep-catalogue-edition > a')
    .map((_, a) => page.$(a).text().trim())
    .get();

describe('public catalogue', () => {
  let t: TestApp;
  let staff: User;
  let visitor: WebClient;
  const ids: Record<string, number> = {};

  before(async () => {
    t = await createTestApp();
    staff = await createUser(t.dataSource, { role: 'staff' });
    const [anna, bram] = await Promise.all([
      createUser(t.dataSource, { role: 'trainer', name: 'Anna de Trainer' }),
      createUser(t.dataSource, { role: 'trainer', name: 'Bram Begeleider' }),
    ]);
    const offerings = t.app.get(OfferingAdminService);
    const editions = t.app.get(EditionAdminService);
    const meetings = t.app.get(MeetingService);

    const omei = await offerings.create(
      staff,
      offeringDto({
        kind: 'omei',
        title: 'Omgaan met Extreme Idealen',
        summary: 'Herkennen </script><b>en</b> & bespreken van extreme idealen.',
        description: [
          '## Wat leert u',
          '',
          'U leert **signalen** herkennen. Zie [de site](https://www.platformjep.nl/omei).',
          '',
          '<script>alert("xss")</script>',
          '',
          '[klik hier](javascript:alert(1))',
        ].join('\n'),
        studyLoadHours: '16',
        skjPoints: '12',
        completionRule: 'min_percent',
        completionPercent: '80',
        excusedCounts: 'on',
        requiresApproval: 'on',
      }),
    );
    const atelier = await offerings.create(
      staff,
      offeringDto({ kind: 'werkatelier', title: 'Werkatelier Informatie uitwisselen' }),
    );
    await offerings.create(staff, offeringDto({ title: 'Training zonder uitvoeringen' }));
    const hidden = await offerings.create(
      staff,
      offeringDto({ title: 'Verborgen training', published: undefined }),
    );

    const publish = async (
      offeringId: number,
      fields: Partial<SaveEditionDto>,
      meetingsToAdd: SaveMeetingDto[],
      status: EditionStatus = 'published',
    ) => {
      const edition = await editions.create(staff, editionDto(offeringId, fields));
      for (const m of meetingsToAdd) await meetings.add(staff, edition.id, m, 'nl');
      if (status !== 'draft') await editions.changeStatus(staff, edition.id, 'published');
      if (status === 'cancelled') await editions.changeStatus(staff, edition.id, 'cancelled', true);
      return edition.id;
    };

    ids.utrecht = await publish(
      omei.id,
      { title: 'Utrecht, winter', notes: 'Neem uw laptop mee.\nLunch is inbegrepen.' },
      [
        place(`${Y}-12-03`, '14:30', '17:00', 'Stadskantoor'),
        {
          date: `${Y}-12-10`,
          startTime: '14:30',
          endTime: '17:00',
          mode: 'online',
          onlineUrl: 'https://meet.example.nl/omei-utrecht',
        },
      ],
    );
    for (const trainer of [bram, anna])
      await editions.addTrainer(staff, ids.utrecht, { trainerId: String(trainer.id) }, 'nl');
    ids.zwolle = await publish(omei.id, { title: 'Zwolle, voorjaar', regionCode: 'PV23' }, [
      place(`${Y}-03-10`, '09:30', '12:30', 'Hanzeheerd'),
    ]);
    ids.draft = await publish(
      omei.id,
      { title: 'Concept-uitvoering' },
      [place(`${Y}-05-10`, '09:30', '12:30', 'Concept')],
      'draft',
    );
    ids.cancelled = await publish(
      omei.id,
      { title: 'Geannuleerde uitvoering' },
      [place(`${Y}-06-10`, '09:30', '12:30', 'Geannuleerd')],
      'cancelled',
    );
    ids.atelier = await publish(
      atelier.id,
      {
        title: 'Amsterdam, voorjaar',
        regionCode: 'PV27',
        opensDate: `${Y}-01-05`,
        closesDate: `${Y}-03-01`,
      },
      [place(`${Y}-03-20`, '13:00', '16:00', 'Het Atelier')],
    );

    // Straight to the tables: a full and closed edition, a past one, and a published edition
    // of an unpublished offering (which the service would refuse to publish).
    const repo = t.dataSource.getRepository(Edition);
    await repo.update(
      { id: ids.zwolle },
      { seatsTaken: 12, registrationClosesAt: new Date(Date.now() - 3600_000) },
    );
    const past = (offeringId: number, title: string, status: EditionStatus = 'published') =>
      repo.save(
        repo.create({
          offeringId,
          title,
          capacity: 10,
          seatsTaken: 0,
          registrationOpensAt: new Date('2020-01-01T08:00:00Z'),
          registrationClosesAt: new Date('2020-02-01T08:00:00Z'),
          regionCode: 'PV26',
          notes: '',
          status,
          startsAt: new Date(Date.now() - 30 * 86_400_000),
          endsAt: new Date(Date.now() - 29 * 86_400_000),
        }),
      );
    ids.past = (await past(omei.id, 'Voorbij, vorige maand')).id;
    const hiddenEdition = await past(hidden.id, 'Van een verborgen training');
    await repo.update(
      { id: hiddenEdition.id },
      {
        startsAt: new Date(`${Y}-04-01T08:00:00Z`),
        endsAt: new Date(`${Y}-04-01T12:00:00Z`),
      },
    );
    ids.hidden = hiddenEdition.id;

    visitor = t.client();
  });
  after(() => t.close());

  it('lists published offerings with their upcoming published editions only', async () => {
    const page = await visitor.get('/aanbod');
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'main h1'), 'Aanbod');
    assert.equal(page.$('main h1').length, 1);
    assert.deepEqual(titles(page), [
      'Omgaan met Extreme Idealen',
      'Training zonder uitvoeringen',
      'Werkatelier Informatie uitwisselen',
    ]);
    assert.equal(textOf(page.$, '[role=status]'), '3 trainingen en werkateliers gevonden');
    // upcoming, in date order; not the draft, the cancelled or last month's edition
    assert.deepEqual(editionTitles(page), [
      'Zwolle, voorjaar',
      'Utrecht, winter',
      'Amsterdam, voorjaar',
    ]);
    assert.doesNotMatch(page.text, /Concept-uitvoering|Geannuleerde|Voorbij|verborgen/i);
    const card = page.$('.jep-catalogue-card').first();
    assert.equal(card.find('h2 a').attr('href'), '/aanbod/omgaan-met-extreme-idealen');
    assert.equal(card.find('.jep-catalogue-kind').text(), 'OMEI-training');
    const utrecht = page.$(`.jep-catalogue-edition:has(a[href="/uitvoeringen/${ids.utrecht}"])`);
    assert.match(
      utrecht.text().replace(/\s+/g, ' '),
      new RegExp(`3 december ${Y} – 10 december ${Y} Utrecht Nog 12 plaatsen`),
    );
    assert.equal(utrecht.find('time').first().attr('datetime'), `${Y}-12-03`);
    assert.match(
      page.$(`.jep-catalogue-edition:has(a[href="/uitvoeringen/${ids.zwolle}"])`).text(),
      /Overijssel\s+Vol/,
    );
    assert.match(
      textOf(page.$, '.jep-catalogue-card:nth-child(2)'),
      /Er zijn nog geen uitvoeringen gepland/,
    );
  });

  it('filters by kind, province, month and places left, and keeps the choice in the form', async () => {
    const kind = await visitor.get('/aanbod?soort=werkatelier');
    assert.deepEqual(titles(kind), ['Werkatelier Informatie uitwisselen']);
    assert.equal(kind.$('#filter-soort option[selected]').attr('value'), 'werkatelier');
    assert.equal(textOf(kind.$, '[role=status]'), '1 training of werkatelier gevonden');
    assert.equal(kind.$('main a[href="/aanbod"]').length >= 1, true, 'a link to clear the filters');

    const province = await visitor.get('/aanbod?provincie=PV23');
    assert.deepEqual(titles(province), ['Omgaan met Extreme Idealen']);
    assert.deepEqual(editionTitles(province), ['Zwolle, voorjaar']);
    assert.equal(province.$('#filter-provincie option[selected]').text(), 'Overijssel');
    assert.equal(province.$('#filter-provincie option').length, 13, '12 provinces and "all"');

    const month = await visitor.get(`/aanbod?maand=${Y}-12`);
    assert.deepEqual(editionTitles(month), ['Utrecht, winter']);
    assert.equal(month.$('#filter-maand option[selected]').attr('value'), `${Y}-12`);
    const march = await visitor.get(`/aanbod?maand=${Y}-03`);
    assert.deepEqual(editionTitles(march), ['Zwolle, voorjaar', 'Amsterdam, voorjaar']);

    const places = await visitor.get('/aanbod?plekken=1');
    assert.deepEqual(editionTitles(places), ['Utrecht, winter', 'Amsterdam, voorjaar']);
    assert.deepEqual(titles(places), [
      'Omgaan met Extreme Idealen',
      'Werkatelier Informatie uitwisselen',
    ]);
    assert.equal(places.$('#filter-plekken').attr('checked'), 'checked');

    const combined = await visitor.get(`/aanbod?soort=omei&maand=${Y}-03&plekken=1`);
    assert.deepEqual(titles(combined), []);
    assert.match(textOf(combined.$, 'main'), /Er is geen aanbod dat bij deze keuze past/);
    assert.equal(textOf(combined.$, '[role=status]'), '0 trainingen en werkateliers gevonden');
  });

  it('ignores filter values it does not know, and never shows an error page for them', async () => {
    const all = titles(await visitor.get('/aanbod'));
    for (const query of [
      'soort=cursus',
      'provincie=PV99',
      `maand=${Y}-13`,
      'maand=morgen',
      'plekken=ja',
      'pagina=-3',
      'soort[]=omei',
      'provincie=%27%20OR%201=1',
    ]) {
      const page = await visitor.get(`/aanbod?${query}`);
      assert.equal(page.status, 200, query);
      assert.deepEqual(titles(page), all, query);
    }
    const beyond = await visitor.get('/aanbod?pagina=9');
    assert.equal(beyond.status, 200);
    assert.deepEqual(titles(beyond), []);
  });

  it('shows the offering with its facts, sanitised Markdown and upcoming editions', async () => {
    const page = await visitor.get('/aanbod/omgaan-met-extreme-idealen');
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'main h1'), 'Omgaan met Extreme Idealen');
    assert.deepEqual(factsOf(page), {
      Soort: 'OMEI-training',
      Voor: 'Onderwijs, Jongerenwerk',
      Studiebelasting: '16 uur',
      'SKJ-accreditatie': '12 SKJ-punten',
      Afronden:
        'Aanwezig bij ten minste 80% van de uren. Een afmelding met bericht telt als aanwezig.',
      Aanmelding: 'Een JEP-medewerker beoordeelt elke aanmelding.',
    });

    const description = page.$('.jep-catalogue-description');
    assert.equal(description.find('h2').text(), 'Wat leert u');
    assert.equal(description.find('strong').text(), 'signalen');
    assert.equal(description.find('a').length, 1, 'only the http(s) link is a link');
    assert.equal(description.find('a').attr('href'), 'https://www.platformjep.nl/omei');
    assert.doesNotMatch(page.text, /alert\("xss"\)|javascript:/);
    assert.equal(page.$('main script:not([type="application/ld+json"])').length, 0);

    const rows = page.$('main table tbody tr');
    assert.equal(rows.length, 2, 'Zwolle and Utrecht; not the draft, cancelled or past');
    assert.equal(rows.first().find('th[scope=row] a').text(), 'Zwolle, voorjaar');
    assert.match(rows.first().text(), /Vol/);
    assert.match(rows.first().text(), /Aanmelden is gesloten/);
    assert.match(rows.last().text(), /Nog 12 plaatsen/);
    assert.match(rows.last().text(), /Aanmelden kan van 1 januari \d{4} 09:00 tot 15 januari/);
    assert.ok(page.$('main table caption').text().length > 0);
  });

  it('carries a schema.org Course with its instances, escaped for the script element', async () => {
    const page = await visitor.get('/aanbod/omgaan-met-extreme-idealen');
    const raw = page.$('script[type="application/ld+json"]').text();
    assert.ok(!raw.includes('</script'), 'the summary cannot end the script element');
    assert.ok(!/[<>&]/.test(raw));
    const ld = JSON.parse(raw) as LdCourse;
    assert.equal(ld['@type'], 'Course');
    assert.equal(ld.description, 'Herkennen </script><b>en</b> & bespreken van extreme idealen.');
    assert.deepEqual(
      ld.hasCourseInstance.map((i) => i.name),
      ['Zwolle, voorjaar', 'Utrecht, winter'],
    );
    assert.equal(ld.hasCourseInstance[0].offers.availability, 'https://schema.org/SoldOut');
    assert.equal(ld.hasCourseInstance[1].offers.availability, 'https://schema.org/InStock');
    assert.equal(ld.hasCourseInstance[1].url, `http://jep.test/uitvoeringen/${ids.utrecht}`);
  });

  it('shows an edition: meetings in Amsterdam time, places, trainers, registration, notes', async () => {
    const stored = await t.dataSource.getRepository(Edition).findOneByOrFail({ id: ids.utrecht });
    assert.equal(stored.startsAt?.toISOString(), `${Y}-12-03T13:30:00.000Z`);

    const page = await visitor.get(`/uitvoeringen/${ids.utrecht}`);
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, 'main h1'), 'Utrecht, winter');
    const back = page.$('main a[href="/aanbod/omgaan-met-extreme-idealen"]');
    assert.equal(back.text(), 'Omgaan met Extreme Idealen');
    assert.deepEqual(factsOf(page), {
      Data: `3 december ${Y} – 10 december ${Y}`,
      Regio: 'Utrecht',
      Trainers: 'Anna de Trainer, Bram Begeleider',
      Plaatsen: 'Nog 12 plaatsen',
      Aanmelden: `Aanmelden kan van 1 januari ${THIS_YEAR} 09:00 tot 15 januari ${Y} 17:00`,
    });

    const rows = page.$('main table tbody tr');
    assert.equal(rows.length, 2);
    const first = rows.eq(0);
    assert.equal(first.find('th').text().trim(), `3 december ${Y}`);
    assert.equal(first.find('th time').attr('datetime'), `${Y}-12-03`);
    assert.equal(first.find('td').eq(0).text().trim(), '14:30–17:00');
    assert.equal(first.find('td time').first().attr('datetime'), `${Y}-12-03T13:30:00.000Z`);
    assert.deepEqual(
      (first.find('td').eq(1).html() ?? '').split('<br>').map((line) => line.trim()),
      ['Stadskantoor', 'Stadsplateau 1', 'Utrecht'],
    );
    const online = rows.eq(1).find('td').eq(1);
    assert.match(online.text(), /Online/);
    assert.equal(online.find('a').length, 0, 'the meeting link is for participants only');
    assert.ok(!page.text.includes('meet.example.nl'));

    assert.equal(
      textOf(page.$, '.jep-catalogue-notes'),
      'Neem uw laptop mee. Lunch is inbegrepen.',
    );
    // enrolment is the next issue: no form and no button on the page yet
    assert.equal(page.$('main form, main button').length, 0);
  });

  it('carries a Course with one CourseInstance on the edition page', async () => {
    const page = await visitor.get(`/uitvoeringen/${ids.utrecht}`);
    const ld = jsonLdOf(page);
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'Course');
    assert.equal(ld.name, 'Omgaan met Extreme Idealen');
    assert.equal(ld.hasCourseInstance.length, 1);
    const [instance] = ld.hasCourseInstance;
    assert.equal(instance['@type'], 'CourseInstance');
    assert.equal(instance.startDate, `${Y}-12-03T13:30:00.000Z`);
    assert.equal(instance.endDate, `${Y}-12-10T16:00:00.000Z`);
    assert.equal(instance.courseMode, 'blended');
    assert.deepEqual(
      instance.location.map((l) => l['@type']),
      ['Place', 'VirtualLocation'],
    );
    assert.equal(instance.location[0].address?.addressLocality, 'Utrecht');
    assert.equal(instance.offers.availability, 'https://schema.org/InStock');
    assert.deepEqual(
      instance.instructor.map((p) => p.name),
      ['Anna de Trainer', 'Bram Begeleider'],
    );
  });

  it('shows a full edition as "Vol" with registration closed', async () => {
    const page = await visitor.get(`/uitvoeringen/${ids.zwolle}`);
    assert.equal(page.status, 200);
    assert.equal(textOf(page.$, '.jep-catalogue-seats'), 'Vol');
    assert.equal(textOf(page.$, '.jep-catalogue-registration'), 'Aanmelden is gesloten');
    assert.equal(factsOf(page).Trainers, 'Nog niet bekend');
    const ld = jsonLdOf(page);
    assert.equal(ld.hasCourseInstance[0].offers.availability, 'https://schema.org/SoldOut');
    assert.equal(ld.hasCourseInstance[0].courseMode, 'onsite');

    const later = await visitor.get(`/uitvoeringen/${ids.atelier}`);
    assert.equal(
      textOf(later.$, '.jep-catalogue-registration'),
      `Aanmelden opent op 5 januari ${Y} 09:00`,
    );
  });

  it('answers 404 for drafts, cancelled editions, unpublished offerings and bad ids', async () => {
    for (const path of [
      `/uitvoeringen/${ids.draft}`,
      `/uitvoeringen/${ids.cancelled}`,
      `/uitvoeringen/${ids.hidden}`,
      '/uitvoeringen/999999',
      '/uitvoeringen/abc',
      '/uitvoeringen/1e3',
      `/uitvoeringen/${ids.utrecht}.5`,
      '/aanbod/verborgen-training',
      '/aanbod/bestaat-niet',
    ]) {
      const page = await visitor.get(path);
      assert.equal(page.status, 404, path);
      assert.equal(textOf(page.$, 'main h1'), 'Pagina niet gevonden', path);
    }
  });

  it('speaks English after the language switch', async () => {
    const en = t.client();
    await en.get('/taal/en?terug=/aanbod', true);
    const page = await en.get('/aanbod?soort=werkatelier');
    assert.equal(page.$('html').attr('lang'), 'en');
    assert.equal(textOf(page.$, '.jep-catalogue-kind'), 'Workshop');
    assert.equal(textOf(page.$, '[role=status]'), '1 training or workshop found');
    const edition = await en.get(`/uitvoeringen/${ids.utrecht}`);
    assert.equal(factsOf(edition).Places, '12 places left');
    assert.match(textOf(edition.$, 'main table'), new RegExp(`3 December ${Y}`));
  });
});

describe('public catalogue: pages and query counts', () => {
  let t: TestApp;

  before(async () => (t = await createTestApp()));
  after(() => t.close());

  /** `offerings` published offerings, each with `perOffering` upcoming published editions. */
  async function addOfferings(from: number, to: number, perOffering: number) {
    const offerings = await t.dataSource.getRepository(Offering).save(
      Array.from({ length: to - from }, (_, i) => {
        const n = String(from + i).padStart(3, '0');
        return t.dataSource.getRepository(Offering).create({
          kind: (['omei', 'werkatelier', 'training'] as const)[(from + i) % 3],
          title: `Aanbod ${n}`,
          slug: `aanbod-${n}`,
          summary: `Samenvatting ${n}`,
          description: 'Tekst',
          audience: 'onderwijs',
          studyLoadHours: 4,
          skjPoints: 2,
          published: true,
        });
      }),
    );
    await addEditions(offerings, 0, perOffering);
    return offerings;
  }

  async function addEditions(offerings: Offering[], from: number, to: number) {
    const repo = t.dataSource.getRepository(Edition);
    const rows = offerings.flatMap((o) =>
      Array.from({ length: to - from }, (_, k) => {
        const start = new Date(Date.UTC(Y, (from + k) % 12, 10, 9, 0));
        return repo.create({
          offeringId: o.id,
          title: `Uitvoering ${o.slug} ${from + k}`,
          capacity: 20,
          seatsTaken: (from + k) % 4 === 0 ? 20 : 3,
          registrationOpensAt: new Date(Date.now() - 86_400_000),
          registrationClosesAt: new Date(start.getTime() - 86_400_000),
          regionCode: ['PV26', 'PV27', 'PV28'][(from + k) % 3],
          notes: '',
          status: 'published',
          startsAt: start,
          endsAt: new Date(start.getTime() + 3 * 3600_000),
        });
      }),
    );
    // in chunks: SQLite limits the number of bound parameters in one statement
    for (let i = 0; i < rows.length; i += 50) await repo.insert(rows.slice(i, i + 50));
  }

  /** The SQL statements one GET makes, recorded by replacing the data source's logger. */
  async function queriesFor(path: string): Promise<{ sql: string[]; status: number }> {
    const ds = t.dataSource as unknown as { logger: unknown };
    const original = ds.logger;
    const sql: string[] = [];
    ds.logger = {
      logQuery: (query: string) => sql.push(query),
      logQueryError() {},
      logQuerySlow() {},
      logSchemaBuild() {},
      logMigration() {},
      log() {},
    };
    try {
      const page = await t.client().get(path);
      return { sql, status: page.status };
    } finally {
      ds.logger = original;
    }
  }

  it('makes the same number of queries with 5 × 3 and with 40 × 6 offerings × editions (no N+1)', async () => {
    const first = await addOfferings(0, 5, 3);
    await t.client().get('/aanbod'); // warm the province cache, as a running app has
    const paths = [
      '/aanbod',
      '/aanbod?provincie=PV27&plekken=1',
      `/aanbod?soort=omei&maand=${Y}-02`,
    ];
    const small: { sql: string[]; status: number }[] = [];
    for (const path of paths) small.push(await queriesFor(path));

    await addEditions(first, 3, 6);
    await addOfferings(5, 40, 6);
    const large: typeof small = [];
    for (const path of paths) large.push(await queriesFor(path));

    // The COUNT query is skipped when the first page holds every row (5 offerings), so that
    // one statement may come and go; every other statement is the same.
    const withoutCount = (sql: string[]) => sql.filter((q) => !/^SELECT COUNT\(/i.test(q));
    for (const [i, path] of paths.entries()) {
      assert.equal(small[i].status, 200);
      assert.equal(large[i].status, 200);
      assert.ok(small[i].sql.length > 0, 'the logger really counts');
      assert.equal(
        withoutCount(large[i].sql).length,
        withoutCount(small[i].sql).length,
        `${path}: ${small[i].sql.join('\n')}\n→\n${large[i].sql.join('\n')}`,
      );
      assert.ok(large[i].sql.length <= 4, `${path}: ${large[i].sql.length} queries`);
    }
    if (process.env.TEST_LOG_QUERIES)
      console.log(paths.map((p, i) => `${p}: ${small[i].sql.length} → ${large[i].sql.length}`));
  });

  it('pages through 40 offerings, keeping the filters in the page links', async () => {
    const first = await t.client().get('/aanbod');
    assert.equal(titles(first).length, 12);
    assert.equal(titles(first)[0], 'Aanbod 000');
    assert.equal(textOf(first.$, '[role=status]'), '40 trainingen en werkateliers gevonden');
    const nextHref = first.$('a[rel=next]').attr('href');
    assert.equal(nextHref, '/aanbod?pagina=2');
    const second = await t.client().get(String(nextHref));
    assert.equal(titles(second).length, 12);
    assert.equal(titles(second)[0], 'Aanbod 012');
    assert.equal(second.$('.jep-pagination [aria-current=page]').text(), '2');
    const last = await t.client().get('/aanbod?pagina=4');
    assert.deepEqual(titles(last), ['Aanbod 036', 'Aanbod 037', 'Aanbod 038', 'Aanbod 039']);
    assert.equal(last.$('a[rel=next]').length, 0);

    // every card shows its first three upcoming editions and links to the other three
    const card = second.$('.jep-catalogue-card').first();
    assert.equal(card.find('.jep-catalogue-edition').length, 3);
    assert.match(card.text(), /Nog 3 uitvoering\(en\) van Aanbod 012/);

    const filtered = await t.client().get('/aanbod?soort=werkatelier&plekken=1');
    assert.equal(textOf(filtered.$, '[role=status]'), '13 trainingen en werkateliers gevonden');
    const omei = await t.client().get('/aanbod?soort=omei');
    assert.equal(textOf(omei.$, '[role=status]'), '14 trainingen en werkateliers gevonden');
    const withProvince = await t.client().get('/aanbod?provincie=PV27&soort=omei&pagina=2');
    assert.equal(withProvince.$('a[rel=next]').length, 0);
    assert.equal(withProvince.$('a[rel=prev]').attr('href'), '/aanbod?soort=omei&provincie=PV27');
    const many = await t.client().get('/aanbod?provincie=PV27');
    assert.equal(many.$('a[rel=next]').attr('href'), '/aanbod?provincie=PV27&pagina=2');
  });
});
