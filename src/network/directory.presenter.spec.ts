import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProvinceGroup } from '../geo/geo.service';
import { activeFilters, directoryPage, resultCard, searchPagination } from './directory.presenter';
import type { NetworkSearchHit, NetworkSearchResult } from './network-search.service';
import { parseSearchQuery } from './search-query';

const GROUPS: ProvinceGroup[] = [
  {
    code: 'PV21',
    name: 'Fryslân',
    municipalities: [
      { code: 'GM0080', name: 'Leeuwarden' },
      { code: 'GM1900', name: 'Súdwest-Fryslân' },
    ],
  },
  { code: 'PV26', name: 'Utrecht', municipalities: [{ code: 'GM0344', name: 'Utrecht' }] },
];
const PLACES = {
  provinces: new Set(['PV21', 'PV26']),
  municipalities: new Set(['GM0080', 'GM1900', 'GM0344']),
};

const HIT: NetworkSearchHit = {
  id: 7,
  slug: 'jongerenwerk-súdwest',
  name: 'Jongerenwerk Súdwest',
  type: 'jongerenwerk',
  summary: 'Jongerenwerk in Sneek.',
  city: 'Sneek',
  expertise: ['online-radicalisering', 'weerbaarheid'],
  provinces: ['Fryslân', 'Utrecht'],
  outdated: true,
};

function result(partial: Partial<NetworkSearchResult> = {}): NetworkSearchResult {
  return {
    total: 1,
    results: [HIT],
    facets: {
      type: [
        { value: 'jongerenwerk', count: 2 },
        { value: 'politie', count: 1 },
      ],
      expertise: [{ value: 'online-radicalisering', count: 2 }],
      province: [
        { value: 'PV21', count: 2 },
        { value: 'PV26', count: 1 },
      ],
      municipality: [
        { value: 'GM1900', count: 2 },
        { value: 'GM0344', count: 1 },
      ],
    },
    ...partial,
  };
}

describe('directory presenter', () => {
  it('a card: the link to its page (slug encoded), labels, places, the outdated marker', () => {
    assert.deepEqual(resultCard(HIT, 'nl'), {
      name: 'Jongerenwerk Súdwest',
      href: '/netwerk/jongerenwerk-s%C3%BAdwest',
      typeLabel: 'Jongerenwerk',
      city: 'Sneek',
      provinces: 'Fryslân, Utrecht',
      expertise: ['Online radicalisering', 'Weerbaarheid'],
      summary: 'Jongerenwerk in Sneek.',
      outdated: true,
    });
    assert.equal(resultCard(HIT, 'en').typeLabel, 'Youth work');
  });

  it('counts in the labels of types and expertise; "all types" is their sum', () => {
    const parsed = parseSearchQuery({ type: 'politie' }, PLACES);
    const model = directoryPage({ parsed, result: result(), groups: GROUPS, locale: 'nl' });
    assert.deepEqual(model.types.slice(0, 2), [
      { value: '', label: 'Alle typen (3)', checked: false },
      { value: 'jongerenwerk', label: 'Jongerenwerk (2)', checked: false },
    ]);
    assert.deepEqual(
      model.types.find((t) => t.value === 'politie'),
      { value: 'politie', label: 'Politie (1)', checked: true },
    );
    assert.equal(model.types.find((t) => t.value === 'onderwijs')?.label, 'Onderwijs (0)');
    assert.equal(model.expertise.length, 12);
    assert.equal(
      model.expertise.find((e) => e.value === 'online-radicalisering')?.label,
      'Online radicalisering (2)',
    );
  });

  it('the province entries link to the search with that province; the chosen one takes it off', () => {
    const parsed = parseSearchQuery({ q: 'jongeren', provincie: 'PV21' }, PLACES);
    const model = directoryPage({ parsed, result: result(), groups: GROUPS, locale: 'nl' });
    assert.deepEqual(
      model.provinceList.map((p) => [p.name, p.count, p.href, p.current]),
      [
        ['Fryslân', 2, '/netwerk?q=jongeren', true],
        ['Utrecht', 1, '/netwerk?q=jongeren&provincie=PV26', false],
      ],
    );
    assert.equal(model.map.tiles.length, 2);
    assert.equal(model.map.tiles.find((t) => t.code === 'PV21')?.state, 'current');
  });

  it('the municipalities of the facet with their names and links', () => {
    const parsed = parseSearchQuery({ gemeente: 'GM0344' }, PLACES);
    const model = directoryPage({ parsed, result: result(), groups: GROUPS, locale: 'nl' });
    assert.deepEqual(model.municipalityFacet, [
      { name: 'Súdwest-Fryslân', count: 2, href: '/netwerk?gemeente=GM1900', current: false },
      { name: 'Utrecht', count: 1, href: '/netwerk', current: true },
    ]);
    assert.equal(
      model.municipalityGroups[1].municipalities.find((m) => m.code === 'GM0344')?.selected,
      true,
    );
  });

  it('one removal link per active filter; clearing keeps the query', () => {
    const { params } = parseSearchQuery(
      {
        q: 'jongeren',
        type: 'politie',
        expertise: 'jihadisme',
        provincie: 'PV26',
        gemeente: 'GM0344',
      },
      PLACES,
    );
    const names = {
      provinces: new Map([['PV26', 'Utrecht']]),
      municipalities: new Map([['GM0344', 'Utrecht']]),
    };
    assert.deepEqual(
      activeFilters(params, names, 'nl').map((f) => f.label),
      [
        'Zoekterm: jongeren',
        'Type: Politie',
        'Expertise: Jihadisme',
        'Provincie: Utrecht',
        'Gemeente: Utrecht',
      ],
    );
    const model = directoryPage({
      parsed: { params, ignored: false },
      result: result(),
      groups: GROUPS,
      locale: 'nl',
    });
    assert.equal(model.clearFilters, '/netwerk?q=jongeren');
    const plain = directoryPage({
      parsed: parseSearchQuery({ q: 'jongeren' }, PLACES),
      result: result(),
      groups: GROUPS,
      locale: 'nl',
    });
    assert.equal(plain.clearFilters, null);
  });

  it('the count says how many, for which query; a query without words is noted', () => {
    const model = (q: string, total: number) =>
      directoryPage({
        parsed: parseSearchQuery({ q }, PLACES),
        result: result({ total }),
        groups: GROUPS,
        locale: 'nl',
      });
    assert.equal(model('', 1).count, '1 organisatie gevonden');
    assert.equal(model('', 25).count, '25 organisaties gevonden');
    assert.equal(model('fryslân', 3).count, '3 organisaties gevonden voor ‘fryslân’');
    assert.equal(model('((*', 3).noTerms, true);
    assert.equal(model('fryslân', 3).noTerms, false);
  });

  it('pages: 20 a page, the links keep the search, a page past the end is noticed', () => {
    const { params } = parseSearchQuery({ q: 'reeks', pagina: '2' }, PLACES);
    const pages = searchPagination(params, 45);
    assert.equal(pages.pages, 3);
    assert.equal(pages.previous, '/netwerk?q=reeks');
    assert.equal(pages.next, '/netwerk?q=reeks&pagina=3');
    assert.deepEqual(
      pages.items.map((i) => [i.number, i.current]),
      [
        [1, false],
        [2, true],
        [3, false],
      ],
    );
    const beyond = directoryPage({
      parsed: parseSearchQuery({ q: 'reeks', pagina: '9' }, PLACES),
      result: result({ total: 45, results: [] }),
      groups: GROUPS,
      locale: 'nl',
    });
    assert.equal(beyond.beyondLastPage, '/netwerk?q=reeks');
    assert.equal(beyond.pagination.previous, '/netwerk?q=reeks&pagina=3');
  });
});
