import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ListingContent } from '../../src/network/listing-content';
import { ListingService } from '../../src/network/listing.service';
import { NetworkSearchService } from '../../src/network/network-search.service';
import { NetworkOrganisation } from '../../src/network/organisation.entity';
import { parseSearchQuery } from '../../src/network/search-query';
import { createListing } from '../utils/network-fixtures';
import { createTestApp, TestApp } from '../utils/test-app';
import { formValues, Page, textOf, WebClient } from '../utils/web-client';

const DAY = 86_400_000;

type Fixture = Partial<ListingContent> & { slug?: string; confirmedAt?: Date };

/** The directory the tests search (every field that is searched is given: no stray words). */
const ORGS = {
  sudwest: {
    name: 'Jongerenwerk Súdwest',
    slug: 'jongerenwerk-sudwest',
    type: 'jongerenwerk',
    summary: 'Jongerenwerk in Sneek, Bolsward en de dorpen.',
    description: 'Ambulant werk op straat en **online**.',
    city: 'Sneek',
    provinces: [],
    municipalities: ['GM1900'],
    expertise: ['online-radicalisering', 'weerbaarheid'],
  },
  leeuwarden: {
    name: 'Jongerenwerk Leeuwarden',
    type: 'jongerenwerk',
    summary: 'Buurtgericht werk met tieners.',
    description: 'Inloop en activiteiten.',
    city: 'Leeuwarden',
    provinces: [],
    municipalities: ['GM0080'],
    expertise: ['polarisatie'],
  },
  sleutel: {
    name: 'Sleutelfiguren Fryslân',
    type: 'sleutelfiguren',
    summary: 'Een netwerk van sleutelfiguren in de hele provincie.',
    description: 'Contact met gemeenschappen.',
    city: 'Drachten',
    provinces: ['PV21'],
    municipalities: [],
    expertise: ['online-radicalisering'],
  },
  utrecht: {
    name: 'Jongerenwerk Utrecht Oost',
    type: 'jongerenwerk',
    summary: 'Werk in de wijk Oost.',
    description: 'Straathoekwerk.',
    city: 'Utrecht',
    provinces: [],
    municipalities: ['GM0344'],
    expertise: ['online-radicalisering'],
  },
  zwolle: {
    name: 'Politie Basisteam Zwolle',
    type: 'politie',
    summary: 'Wijkagenten en jeugdagenten.',
    description: 'Signalen delen binnen het veiligheidshuis.',
    city: 'Zwolle',
    provinces: [],
    municipalities: ['GM0193'],
    expertise: ['informatie-uitwisseling'],
  },
  archived: {
    name: 'Jongerenwerk Gearchiveerd',
    type: 'jongerenwerk',
    summary: 'Bestaat niet meer.',
    description: 'Opgeheven.',
    city: 'Leeuwarden',
    provinces: [],
    municipalities: ['GM0080'],
    expertise: ['online-radicalisering'],
  },
  groningen: {
    name: 'Buurtwerk Groningen',
    type: 'overig',
    summary: 'Bemiddeling bij burenruzies.',
    description: 'Vrijwilligers.',
    city: 'Groningen',
    provinces: [],
    municipalities: ['GM0014'],
    expertise: ['groepsspanningen'],
    confirmedAt: new Date(Date.now() - 2 * 365 * DAY),
  },
  centrum: {
    name: 'Weerbaarheid Centrum Zeeland',
    type: 'kennisinstituut',
    summary: 'Weerbaarheid van kinderen versterken: weerbaarheid en veerkracht.',
    description: 'Onderzoek naar weerbaarheid.',
    city: 'Middelburg',
    provinces: [],
    municipalities: ['GM0687'],
    expertise: ['weerbaarheid'],
  },
  aandacht: {
    name: 'Aandacht Onderwijs Middelburg',
    type: 'onderwijs',
    summary: 'Scholen in Middelburg.',
    description: 'Lessen over democratie en weerbaarheid.',
    city: 'Middelburg',
    provinces: [],
    municipalities: ['GM0687'],
    expertise: ['polarisatie'],
  },
} satisfies Record<string, Fixture>;

/** 23 of a kind in Den Haag, for the pages (20 a page). */
const SERIES = Array.from({ length: 23 }, (_, i): Fixture => ({
  name: `Reeks ${String(i + 1).padStart(2, '0')}`,
  type: 'kennisinstituut',
  summary: 'Onderdeel van een reeks.',
  description: 'Voor de paginering.',
  city: 'Den Haag',
  provinces: [],
  municipalities: ['GM0518'],
  expertise: ['extreemrechts'],
}));

const ALL_PUBLISHED = Object.keys(ORGS).length - 1 + SERIES.length;

interface Results {
  page: Page;
  status: number;
  names: string[];
  count: string;
}

async function search(client: WebClient, path: string): Promise<Results> {
  const page = await client.get(path);
  return {
    page,
    status: page.status,
    names: page
      .$('.jep-netsearch-card h3 a')
      .map((_, el) => page.$(el).text().trim())
      .get(),
    count: textOf(page.$, '.jep-netsearch-count'),
  };
}

function q(query: string, extra = ''): string {
  return `/netwerk?q=${encodeURIComponent(query)}${extra}`;
}

/** The GET form `form` on the page as the browser would send it, with `changes` applied. */
function formUrl(page: Page, form: string, changes: Record<string, string | string[]> = {}) {
  const values = page
    .$(form)
    .serializeArray()
    .filter((f) => !(f.name in changes));
  const params = new URLSearchParams(values.map((f): [string, string] => [f.name, f.value]));
  for (const [k, v] of Object.entries(changes))
    for (const value of Array.isArray(v) ? v : [v]) params.append(k, value);
  return `${page.$(form).attr('action')}?${params.toString()}`;
}

const sorted = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'nl'));

describe('network search (/netwerk)', () => {
  let t: TestApp;
  let visitor: WebClient;
  const orgs: Record<string, NetworkOrganisation> = {};

  before(async () => {
    t = await createTestApp();
    visitor = t.client();
    for (const [key, fixture] of Object.entries(ORGS))
      orgs[key] = await createListing(t.dataSource, fixture);
    for (const fixture of SERIES) await createListing(t.dataSource, fixture);
    await t.dataSource
      .getRepository(NetworkOrganisation)
      .update(orgs.archived.id, { status: 'archived' });
  });
  after(() => t.close());

  it('without a query lists every published organisation by name, 20 a page', async () => {
    const r = await search(visitor, '/netwerk');
    assert.equal(r.status, 200);
    assert.equal(r.count, `${ALL_PUBLISHED} organisaties gevonden`);
    assert.equal(r.names.length, 20);
    assert.deepEqual(r.names, sorted(r.names));
    assert.equal(r.names[0], 'Aandacht Onderwijs Middelburg');
    assert.ok(!r.page.text.includes('Gearchiveerd'));
  });

  it('matches prefixes: "jongeren" finds the Jongerenwerk organisations, not the archived one', async () => {
    for (const query of ['jongeren', 'jonger', 'Jongerenwerk']) {
      const r = await search(visitor, q(query));
      assert.equal(r.status, 200);
      assert.deepEqual(
        sorted(r.names),
        ['Jongerenwerk Leeuwarden', 'Jongerenwerk Súdwest', 'Jongerenwerk Utrecht Oost'],
        query,
      );
      assert.equal(r.count, `3 organisaties gevonden voor ‘${query}’`);
    }
  });

  it('ignores diacritics both ways and case: "Fryslan" finds Fryslân and Súdwest-Fryslân', async () => {
    const fryslan = ['Jongerenwerk Leeuwarden', 'Jongerenwerk Súdwest', 'Sleutelfiguren Fryslân'];
    for (const query of ['Fryslan', 'fryslân', 'FRYSLÂN', 'frysl']) {
      const r = await search(visitor, q(query));
      assert.deepEqual(sorted(r.names), fryslan, query);
    }
    for (const query of ['súdwest', 'sudwest', 'SUDWEST', 'Sudwest-Fryslan'])
      assert.deepEqual((await search(visitor, q(query))).names, ['Jongerenwerk Súdwest'], query);
    // the city and the summary are searched too
    assert.deepEqual((await search(visitor, q('bolsward'))).names, ['Jongerenwerk Súdwest']);
  });

  it('requires every word (AND), each as a prefix', async () => {
    assert.deepEqual((await search(visitor, q('jongerenwerk utrecht'))).names, [
      'Jongerenwerk Utrecht Oost',
    ]);
    assert.deepEqual((await search(visitor, q('jong sneek'))).names, ['Jongerenwerk Súdwest']);
    const none = await search(visitor, q('jongerenwerk zwolle'));
    assert.equal(none.status, 200);
    assert.deepEqual(none.names, []);
    assert.match(textOf(none.page.$, '.jep-netsearch-results'), /Niets gevonden/);
  });

  it('searches operators, quotes, SQL and 10,000 characters as plain text: never an error', async () => {
    // null: the three Jongerenwerk organisations; 'all': no words left, so every organisation
    const cases: [string, string[] | null | 'all'][] = [
      ['jongeren*', null],
      ['"jongeren', null],
      ['jongeren"', null],
      ['"jongerenwerk utrecht"', ['Jongerenwerk Utrecht Oost']],
      ['jongerenwerk OR politie', []],
      ['jongerenwerk AND utrecht', []],
      ['NEAR(jongerenwerk utrecht)', []],
      ['NOT jongeren', []],
      ['-jongeren', null],
      ['jongeren:*', null],
      ['name:jongeren', []],
      ['^jongeren', null],
      ['(((jongeren', null],
      ['jongeren))) AND (', []],
      ['*', 'all'],
      ['"', 'all'],
      ["'; DROP TABLE network_organisations; --", []],
      ["jongeren' OR '1'='1", []],
      ['\u0000jongeren', null],
      ['🙂 jongeren', null],
      [`jongeren ${'a'.repeat(10_000)}`, []],
      ['jongeren '.repeat(1200), null],
    ];
    const jongeren = [
      'Jongerenwerk Leeuwarden',
      'Jongerenwerk Súdwest',
      'Jongerenwerk Utrecht Oost',
    ];
    for (const [query, expected] of cases) {
      const r = await search(visitor, q(query));
      assert.equal(r.status, 200, query.slice(0, 40));
      if (expected === 'all') assert.match(r.count, new RegExp(`^${ALL_PUBLISHED} organisaties`));
      else assert.deepEqual(sorted(r.names), expected ?? jongeren, query.slice(0, 40));
      if (r.names.length === 0)
        assert.match(textOf(r.page.$, '.jep-netsearch-none'), /Niets gevonden/, query.slice(0, 40));
      // the query is kept (control characters out, cut to 200 characters) in the search field
      assert.equal(
        r.page.$('#netwerk-q').attr('value'),
        query
          .replace(/\p{Cc}/gu, ' ')
          .slice(0, 200)
          .trim(),
      );
    }
    // only signs: no words to search, so everything is shown, and the page says why
    const signs = await search(visitor, q('*** ((( ")'));
    assert.equal(signs.count, `${ALL_PUBLISHED} organisaties gevonden voor ‘*** ((( ")’`);
    assert.match(textOf(signs.page.$, 'main'), /geen woorden om op te zoeken/);
    // the table is still there
    assert.equal(
      (await search(visitor, '/netwerk')).count,
      `${ALL_PUBLISHED} organisaties gevonden`,
    );
    // a query as a list or an object (q[]=…, q[a]=…) is no error either
    for (const path of ['/netwerk?q[]=jongeren', '/netwerk?q[a]=b', '/netwerk?q=a&q=b'])
      assert.equal((await visitor.get(path)).status, 200, path);
  });

  it('ignores unknown filter values (and says so) instead of failing', async () => {
    const r = await search(
      visitor,
      '/netwerk?type=xyz&provincie=PV99&gemeente=abc&expertise=onbekend&pagina=abc&sortering=x',
    );
    assert.equal(r.status, 200);
    assert.equal(r.count, `${ALL_PUBLISHED} organisaties gevonden`);
    assert.match(textOf(r.page.$, 'main'), /filters in de link bestaan niet/);
    // a known filter next to an unknown one still counts
    const mixed = await search(visitor, '/netwerk?type=politie&expertise=onbekend&provincie=PV99');
    assert.deepEqual(mixed.names, ['Politie Basisteam Zwolle']);
    // and a clean search says nothing about it
    assert.doesNotMatch(textOf((await visitor.get('/netwerk')).$, 'main'), /bestaan niet/);
  });

  it('filters by type, expertise (any of several), province and municipality', async () => {
    assert.deepEqual((await search(visitor, '/netwerk?type=politie')).names, [
      'Politie Basisteam Zwolle',
    ]);
    assert.deepEqual(
      sorted((await search(visitor, '/netwerk?expertise=online-radicalisering')).names),
      ['Jongerenwerk Súdwest', 'Jongerenwerk Utrecht Oost', 'Sleutelfiguren Fryslân'],
    );
    assert.deepEqual(
      sorted(
        (
          await search(
            visitor,
            '/netwerk?expertise=informatie-uitwisseling&expertise=groepsspanningen',
          )
        ).names,
      ),
      ['Buurtwerk Groningen', 'Politie Basisteam Zwolle'],
    );
    // the province counts organisations working in one of its municipalities, or in all of it
    assert.deepEqual(sorted((await search(visitor, '/netwerk?provincie=PV21')).names), [
      'Jongerenwerk Leeuwarden',
      'Jongerenwerk Súdwest',
      'Sleutelfiguren Fryslân',
    ]);
    assert.deepEqual((await search(visitor, '/netwerk?gemeente=GM1900')).names, [
      'Jongerenwerk Súdwest',
    ]);
    assert.deepEqual(
      (await search(visitor, q('jongeren', '&provincie=PV21&expertise=polarisatie'))).names,
      ['Jongerenwerk Leeuwarden'],
    );
  });

  it('counts each facet over the query and the OTHER filters, and shows the counts', async () => {
    const service = t.app.get(NetworkSearchService);
    const known = {
      provinces: new Set(['PV21', 'PV26']),
      municipalities: new Set(['GM1900']),
    };
    const { params } = parseSearchQuery({ provincie: 'PV21', type: 'jongerenwerk' }, known);
    const result = await service.search(params);
    const asObject = (f: { value: string; count: number }[]) =>
      Object.fromEntries(f.map((x) => [x.value, x.count]));
    assert.equal(result.total, 2);
    // types: over the province only, so the other types keep their counts
    assert.deepEqual(asObject(result.facets.type), { jongerenwerk: 2, sleutelfiguren: 1 });
    // provinces: over the type only
    assert.deepEqual(asObject(result.facets.province), { PV21: 2, PV26: 1 });
    // expertise and municipalities: over both
    assert.deepEqual(asObject(result.facets.expertise), {
      'online-radicalisering': 1,
      weerbaarheid: 1,
      polarisatie: 1,
    });
    assert.deepEqual(asObject(result.facets.municipality), { GM1900: 1, GM0080: 1 });

    // the same numbers on the page: radio labels, the map and the list, the municipalities
    const page = await visitor.get('/netwerk?provincie=PV21&type=jongerenwerk');
    const label = (id: string) => textOf(page.$, `label[for="${id}"]`);
    assert.equal(label('netwerk-type-jongerenwerk'), 'Jongerenwerk (2)');
    assert.equal(label('netwerk-type-sleutelfiguren'), 'Sleutelfigurennetwerk (1)');
    assert.equal(label('netwerk-type-politie'), 'Politie (0)');
    assert.equal(label('netwerk-type-alle'), 'Alle typen (3)');
    assert.ok(page.$('#netwerk-type-jongerenwerk').is('[checked]'));
    assert.equal(label('netwerk-expertise-online-radicalisering'), 'Online radicalisering (1)');
    assert.equal(label('netwerk-expertise-jihadisme'), 'Jihadisme (0)');
    const tile = (name: string) =>
      page.$(`.jep-netsearch-map a[aria-label^="${name}:"]`).attr('aria-label');
    assert.equal(tile('Utrecht'), 'Utrecht: 1 organisatie');
    assert.match(tile('Fryslân') ?? '', /^Fryslân: 2 organisaties, gekozen/);
    assert.equal(tile('Zeeland'), 'Zeeland: 0 organisaties');
    assert.equal(
      page.$('.jep-netsearch-map a[aria-current="true"]').find('text').first().text(),
      'Fryslân',
    );
    assert.match(textOf(page.$, '.jep-netsearch-province-list'), /Utrecht \(1\)/);
    assert.match(textOf(page.$, '.jep-netsearch-province-list'), /Fryslân \(2\) – gekozen/);
    const municipalities = page
      .$('.jep-netsearch-facets > .jep-netsearch-facet-list a')
      .map((_, el) => textOf(page.$, el as never))
      .get();
    assert.deepEqual(sorted(municipalities), ['Leeuwarden (1)', 'Súdwest-Fryslân (1)']);
  });

  it('facets follow the query: counts only what matches the words', async () => {
    const page = await visitor.get(q('middelburg'));
    assert.equal(textOf(page.$, 'label[for="netwerk-type-onderwijs"]'), 'Onderwijs (1)');
    assert.equal(
      textOf(page.$, 'label[for="netwerk-type-kennisinstituut"]'),
      'Kennisinstituut (1)',
    );
    assert.equal(textOf(page.$, 'label[for="netwerk-type-jongerenwerk"]'), 'Jongerenwerk (0)');
    assert.equal(
      page.$('.jep-netsearch-map a[aria-label^="Zeeland:"]').attr('aria-label'),
      'Zeeland: 2 organisaties',
    );
  });

  it('the map and the list link to the province with the query and the other filters kept', async () => {
    const page = await visitor.get(q('jongeren', '&expertise=online-radicalisering'));
    const href = page.$('.jep-netsearch-map a[aria-label^="Fryslân:"]').attr('href')!;
    assert.equal(href, '/netwerk?q=jongeren&expertise=online-radicalisering&provincie=PV21');
    assert.equal(page.$('.jep-netsearch-province-list a:contains("Fryslân")').attr('href'), href);
    const filtered = await search(visitor, href);
    assert.deepEqual(filtered.names, ['Jongerenwerk Súdwest']);
    // the chosen province's link takes the filter off again
    const chosen = filtered.page.$('.jep-netsearch-map a[aria-current="true"]').attr('href');
    assert.equal(chosen, '/netwerk?q=jongeren&expertise=online-radicalisering');
  });

  it('sorts by relevance when there is a query, by name when asked or without one', async () => {
    const relevance = await search(visitor, q('weerbaarheid'));
    assert.equal(relevance.names.length, 3);
    assert.equal(relevance.names[0], 'Weerbaarheid Centrum Zeeland');
    assert.equal(
      relevance.page.$('#netwerk-sortering option[selected]').attr('value'),
      'relevantie',
    );
    const byName = await search(visitor, q('weerbaarheid', '&sortering=naam'));
    assert.deepEqual(byName.names, [
      'Aandacht Onderwijs Middelburg',
      'Jongerenwerk Súdwest',
      'Weerbaarheid Centrum Zeeland',
    ]);
    assert.notDeepEqual(relevance.names, byName.names);
    assert.equal(byName.page.$('#netwerk-sortering option[selected]').attr('value'), 'naam');
    // the filter form keeps the chosen order
    assert.equal(byName.page.$('.jep-netsearch-filter-form input[name="sortering"]').val(), 'naam');
    // relevance without a query means nothing: by name
    const none = await search(visitor, '/netwerk?sortering=relevantie&type=kennisinstituut');
    assert.deepEqual(none.names, sorted(none.names));
    // but the form offers relevance, so typing words into it sorts by relevance
    const start = await visitor.get('/netwerk');
    assert.equal(start.$('#netwerk-sortering option[selected]').attr('value'), 'relevantie');
    const typed = await search(
      visitor,
      formUrl(start, 'form[role="search"]', { q: 'weerbaarheid' }),
    );
    assert.deepEqual(typed.names, relevance.names);
  });

  it('pages through the results, 20 a page, keeping the query in the links', async () => {
    const first = await search(visitor, q('reeks'));
    assert.equal(first.count, '23 organisaties gevonden voor ‘reeks’');
    assert.equal(first.names.length, 20);
    const next = first.page.$('.jep-pagination a[rel="next"]').attr('href');
    assert.equal(next, '/netwerk?q=reeks&pagina=2');
    const second = await search(visitor, next);
    assert.deepEqual(second.names, ['Reeks 21', 'Reeks 22', 'Reeks 23']);
    assert.equal(second.page.$('.jep-pagination [aria-current="page"]').text().trim(), '2');
    // a page past the end says so and links back to the first
    const beyond = await visitor.get(q('reeks', '&pagina=9'));
    assert.equal(beyond.status, 200);
    assert.match(textOf(beyond.$, '.jep-netsearch-results'), /geen resultaten meer/);
    assert.equal(
      beyond.$('.jep-netsearch-results a:contains("eerste pagina")').attr('href'),
      q('reeks'),
    );
  });

  it('never lists an archived organisation, whatever the search', async () => {
    for (const path of [
      q('gearchiveerd'),
      q('opgeheven'),
      '/netwerk?gemeente=GM0080',
      '/netwerk?type=jongerenwerk&provincie=PV21',
      '/netwerk?expertise=online-radicalisering&pagina=1',
    ]) {
      const page = await visitor.get(path);
      assert.equal(page.status, 200);
      assert.ok(!page.text.includes('Gearchiveerd'), path);
    }
    const leeuwarden = await visitor.get('/netwerk?gemeente=GM0080');
    assert.match(textOf(leeuwarden.$, '.jep-netsearch-count'), /^1 organisatie gevonden$/);
  });

  it('shows a card per result: name linking to its page, type, place, provinces, expertise, summary', async () => {
    const r = await search(visitor, q('sneek'));
    const card = r.page.$('.jep-netsearch-card').first();
    assert.equal(card.find('h3 a').attr('href'), '/netwerk/jongerenwerk-sudwest');
    const text = card.text().replace(/\s+/g, ' ');
    assert.match(text, /Type:? ?Jongerenwerk/);
    assert.match(text, /Sneek/);
    assert.match(text, /Fryslân/);
    assert.match(text, /Jongerenwerk in Sneek, Bolsward en de dorpen\./);
    assert.deepEqual(
      card
        .find('.jep-netsearch-tags li')
        .map((_, el) => r.page.$(el).text())
        .get(),
      ['Online radicalisering', 'Weerbaarheid'],
    );
    assert.doesNotMatch(text, /Mogelijk verouderd/);
    const old = (await visitor.get(q('buurtwerk'))).$('.jep-netsearch-card').first();
    assert.match(old.text(), /Mogelijk verouderd/);
  });

  it('keeps the whole search in the URL: the forms, the chosen filters and the links to remove each', async () => {
    const path =
      '/netwerk?q=jongeren&type=jongerenwerk&expertise=online-radicalisering&expertise=weerbaarheid&provincie=PV21&gemeente=GM1900&sortering=naam';
    const page = await visitor.get(path);
    assert.equal(page.status, 200);
    // the search form carries the filters, the filter form the query
    assert.deepEqual(formValues(page, 'form[role="search"]'), {
      q: 'jongeren',
      sortering: 'naam',
      type: 'jongerenwerk',
      expertise: 'weerbaarheid',
      provincie: 'PV21',
      gemeente: 'GM1900',
    });
    assert.equal(
      page.$('form[role="search"] input[name="expertise"]').length,
      2,
      'both expertise values',
    );
    const filter = page.$('.jep-netsearch-filter-form');
    assert.equal(filter.find('input[name="q"]').val(), 'jongeren');
    assert.equal(filter.find('input[name="provincie"]').val(), 'PV21');
    assert.ok(filter.find('#netwerk-expertise-weerbaarheid').is('[checked]'));
    assert.ok(filter.find('#netwerk-expertise-online-radicalisering').is('[checked]'));
    assert.equal(filter.find('#netwerk-gemeente option[selected]').val(), 'GM1900');
    // submitting either form unchanged is the same search
    const again = await search(visitor, formUrl(page, '.jep-netsearch-filter-form'));
    assert.deepEqual(again.names, ['Jongerenwerk Súdwest']);
    const again2 = await search(visitor, formUrl(page, 'form[role="search"]'));
    assert.deepEqual(again2.names, ['Jongerenwerk Súdwest']);
    // one link per chosen filter, each removing just that one
    const links = Object.fromEntries(
      page
        .$('.jep-netsearch-active__link')
        .map((_, el) => [
          [textOf(page.$, el as never).replace(/ ✕.*$/, ''), page.$(el).attr('href')],
        ])
        .get() as [string, string][],
    );
    assert.deepEqual(links, {
      'Zoekterm: jongeren':
        '/netwerk?type=jongerenwerk&expertise=online-radicalisering&expertise=weerbaarheid&provincie=PV21&gemeente=GM1900&sortering=naam',
      'Type: Jongerenwerk':
        '/netwerk?q=jongeren&expertise=online-radicalisering&expertise=weerbaarheid&provincie=PV21&gemeente=GM1900&sortering=naam',
      'Expertise: Online radicalisering':
        '/netwerk?q=jongeren&type=jongerenwerk&expertise=weerbaarheid&provincie=PV21&gemeente=GM1900&sortering=naam',
      'Expertise: Weerbaarheid':
        '/netwerk?q=jongeren&type=jongerenwerk&expertise=online-radicalisering&provincie=PV21&gemeente=GM1900&sortering=naam',
      'Provincie: Fryslân':
        '/netwerk?q=jongeren&type=jongerenwerk&expertise=online-radicalisering&expertise=weerbaarheid&gemeente=GM1900&sortering=naam',
      'Gemeente: Súdwest-Fryslân':
        '/netwerk?q=jongeren&type=jongerenwerk&expertise=online-radicalisering&expertise=weerbaarheid&provincie=PV21&sortering=naam',
    });
    assert.equal(
      page.$('a:contains("Alle filters wissen")').attr('href'),
      '/netwerk?q=jongeren&sortering=naam',
    );
    // the same search in another order of parameters is the same page (a shared link)
    const shuffled = await search(
      visitor,
      '/netwerk?gemeente=GM1900&sortering=naam&expertise=weerbaarheid&provincie=PV21&q=jongeren&expertise=online-radicalisering&type=jongerenwerk',
    );
    assert.deepEqual(shuffled.names, ['Jongerenwerk Súdwest']);
  });

  it('a partner from Súdwest-Fryslân finds the youth work in Fryslân that works on online radicalisation', async () => {
    const partner = t.client();
    // 1. the directory, then the province Fryslân from the list next to the map
    const start = await partner.get('/netwerk');
    assert.equal(start.status, 200);
    const province = start.$('.jep-netsearch-province-list a:contains("Fryslân")').attr('href')!;
    const inFryslan = await search(partner, province);
    assert.equal(inFryslan.count, '3 organisaties gevonden');
    // 2. type youth work and the expertise, with the filter form
    const filtered = await search(
      partner,
      formUrl(inFryslan.page, '.jep-netsearch-filter-form', {
        type: 'jongerenwerk',
        expertise: 'online-radicalisering',
      }),
    );
    assert.deepEqual(filtered.names, ['Jongerenwerk Súdwest']);
    // 3. a word in the search form: the filters stay
    const found = await search(
      partner,
      formUrl(filtered.page, 'form[role="search"]', { q: 'radicalisering' }),
    );
    assert.deepEqual(found.names, ['Jongerenwerk Súdwest']);
    assert.equal(found.count, '1 organisatie gevonden voor ‘radicalisering’');
    // the organisation's page is one click away
    assert.equal(
      found.page.$('.jep-netsearch-card h3 a').attr('href'),
      `/netwerk/${orgs.sudwest.slug}`,
    );
  });
});

describe('network search with the result memory on (as in production)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ env: { CATALOGUE_CACHE_SECONDS: '600' } });
  });
  after(() => t.close());

  it('shows a newly published, a changed and an archived listing at once', async () => {
    const visitor = t.client();
    const names = async (path: string) => {
      const page = await visitor.get(path);
      return page
        .$('.jep-netsearch-card h3 a')
        .map((_, el) => page.$(el).text().trim())
        .get();
    };
    assert.deepEqual(await names(q('radar')), []);
    const radar = await createListing(t.dataSource, {
      name: 'Jongerenwerk Radar',
      description: 'Straatwerk.',
      summary: 'Werk in de wijk.',
      municipalities: ['GM0080'],
    });
    assert.deepEqual(await names(q('radar')), ['Jongerenwerk Radar']);
    assert.deepEqual(await names('/netwerk?provincie=PV21'), ['Jongerenwerk Radar']);
    const noord = await createListing(t.dataSource, {
      name: 'Jongerenwerk Radar Noord',
      description: 'Straatwerk.',
      summary: 'Werk in de wijk.',
      municipalities: ['GM0080'],
    });
    assert.deepEqual(sorted(await names(q('radar'))), [
      'Jongerenwerk Radar',
      'Jongerenwerk Radar Noord',
    ]);
    await t.dataSource.getRepository(NetworkOrganisation).update(radar.id, { status: 'archived' });
    assert.deepEqual(await names(q('radar')), ['Jongerenwerk Radar Noord']);
    assert.deepEqual(await names('/netwerk?provincie=PV21'), ['Jongerenwerk Radar Noord']);
    // a new version published by staff: the old name is gone, the new one found, in Utrecht now
    await t.dataSource.transaction(async (m) => {
      const listings = new ListingService();
      const content = await listings.contentOf(m, noord);
      await listings.publish(
        m,
        { ...content, name: 'Jongerenwerk Baken', municipalities: ['GM0344'] },
        { organisation: noord },
      );
    });
    assert.deepEqual(await names(q('radar')), []);
    assert.deepEqual(await names(q('baken')), ['Jongerenwerk Baken']);
    assert.deepEqual(await names('/netwerk?provincie=PV21'), []);
    assert.deepEqual(await names('/netwerk?provincie=PV26'), ['Jongerenwerk Baken']);
  });
});

describe('network search: the municipality facet', () => {
  let t: TestApp;
  const CODES =
    'GM0197 GM0200 GM0202 GM0203 GM1945 GM1859 GM0209 GM1876 GM0213 GM0214 GM0216 GM0221 GM0222 GM0225 GM0226 GM0228'.split(
      ' ',
    );
  before(async () => {
    t = await createTestApp();
    for (const [i, code] of CODES.entries())
      await createListing(t.dataSource, {
        name: `Telling ${i + 1}`,
        description: 'Telling.',
        summary: 'Telling.',
        municipalities: code === 'GM0228' ? [code] : [code, 'GM0228'],
      });
  });
  after(() => t.close());

  it('shows the 15 most frequent municipalities of the result, and the chosen one besides', async () => {
    const visitor = t.client();
    const facet = (page: Page) =>
      page
        .$('.jep-netsearch-facets > .jep-netsearch-facet-list a')
        .map((_, el) => page.$(el).text().replace(/\s+/g, ' ').trim())
        .get();
    const all = facet(await visitor.get(q('telling')));
    assert.equal(all.length, 15);
    // GM0228 (Ede) is in all 16; the others once each
    assert.match(all[0], /^Ede \(16\)$/);
    const shown = new Set(all.map((a) => a.replace(/ \(\d+\)$/, '')));
    const service = t.app.get(NetworkSearchService);
    const { params } = parseSearchQuery(
      { q: 'telling' },
      { provinces: new Set(), municipalities: new Set() },
    );
    const counted = (await service.search(params)).facets.municipality;
    assert.equal(counted.length, 15);
    // a municipality left out of the fifteen, once chosen, is in the list (and marked)
    const left = CODES.find((c) => !counted.some((f) => f.value === c))!;
    const chosen = await visitor.get(q('telling', `&gemeente=${left}`));
    const withChosen = facet(chosen);
    assert.equal(withChosen.length, 16);
    assert.equal(shown.size, 15);
    const current = chosen.$(
      '.jep-netsearch-facets > .jep-netsearch-facet-list a[aria-current="true"]',
    );
    assert.match(current.text(), /\(1\)/);
    assert.equal(current.attr('href'), q('telling'));
  });
});
