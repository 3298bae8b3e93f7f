import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullTextExpression } from './network-search.service';
import { parseSearchQuery, QUERY_MAX_LENGTH, searchTerms, searchUrl } from './search-query';

const PLACES = {
  provinces: new Set(['PV21', 'PV26']),
  municipalities: new Set(['GM1900', 'GM0344']),
};

describe('parseSearchQuery', () => {
  it('takes the query, the known filters, the sort and the page from the URL', () => {
    const { params, ignored } = parseSearchQuery(
      {
        q: '  Jongerenwerk Fryslân ',
        type: 'jongerenwerk',
        expertise: ['weerbaarheid', 'online-radicalisering'],
        provincie: 'PV21',
        gemeente: 'GM1900',
        sortering: 'naam',
        pagina: '3',
      },
      PLACES,
    );
    assert.equal(ignored, false);
    assert.deepEqual(params, {
      query: 'Jongerenwerk Fryslân',
      terms: ['jongerenwerk', 'fryslan'],
      type: 'jongerenwerk',
      // in the order of the vocabulary, whatever the URL's order
      expertise: ['online-radicalisering', 'weerbaarheid'],
      province: 'PV21',
      municipality: 'GM1900',
      sort: 'name',
      page: 3,
    });
  });

  it('an empty URL is every organisation, relevance asked (so words typed later sort by it), page 1', () => {
    const { params, ignored } = parseSearchQuery({}, PLACES);
    assert.equal(ignored, false);
    assert.deepEqual(params, {
      query: '',
      terms: [],
      type: null,
      expertise: [],
      province: null,
      municipality: null,
      sort: 'relevance',
      page: 1,
    });
  });

  it('leaves out unknown values and says so; empty values are no complaint', () => {
    const unknown = parseSearchQuery(
      { type: 'xyz', expertise: ['onbekend', 'jihadisme'], provincie: 'PV99', gemeente: 'abc' },
      PLACES,
    );
    assert.equal(unknown.ignored, true);
    assert.equal(unknown.params.type, null);
    assert.deepEqual(unknown.params.expertise, ['jihadisme']);
    assert.equal(unknown.params.province, null);
    assert.equal(unknown.params.municipality, null);
    for (const raw of [{ type: 'xyz' }, { provincie: 'GM1900' }, { gemeente: 'PV21' }])
      assert.equal(parseSearchQuery(raw, PLACES).ignored, true, JSON.stringify(raw));
    assert.equal(
      parseSearchQuery({ type: '', provincie: '', gemeente: '', expertise: '' }, PLACES).ignored,
      false,
    );
  });

  it('takes the first of repeated single values and ignores objects', () => {
    const { params } = parseSearchQuery(
      { q: ['eerste', 'tweede'], type: ['politie', 'onderwijs'], provincie: { a: 'PV21' } },
      PLACES,
    );
    assert.equal(params.query, 'eerste');
    assert.equal(params.type, 'politie');
    assert.equal(params.province, null);
  });

  it('cuts a 10,000-character query, drops control characters, keeps at most 8 words', () => {
    const long = parseSearchQuery({ q: 'a'.repeat(10_000) }, PLACES).params;
    assert.equal(long.query.length, QUERY_MAX_LENGTH);
    assert.equal(long.terms.length, 1);
    assert.ok(long.terms[0].length <= 60);
    assert.equal(parseSearchQuery({ q: 'jong\u0000eren' }, PLACES).params.query, 'jong eren');
    const many = parseSearchQuery(
      { q: 'een twee drie vier vijf zes zeven acht negen tien' },
      PLACES,
    );
    assert.equal(many.params.terms.length, 8);
  });

  it('a page that is not a whole positive number is page 1', () => {
    for (const pagina of ['0', '-2', '1.5', 'abc', '999999999', ''])
      assert.equal(parseSearchQuery({ pagina }, PLACES).params.page, 1, pagina);
  });
});

describe('searchTerms', () => {
  it('folds case and diacritics and splits on everything that is not a letter or digit', () => {
    assert.deepEqual(searchTerms('Súdwest-Fryslân'), ['sudwest', 'fryslan']);
    assert.deepEqual(searchTerms('"NEAR(jongeren* OR politie)"'), [
      'near',
      'jongeren',
      'or',
      'politie',
    ]);
    assert.deepEqual(searchTerms("'; DROP TABLE x; --"), ['drop', 'table', 'x']);
    assert.deepEqual(searchTerms('*** ((( "'), []);
  });
});

describe('fullTextExpression', () => {
  it('quotes every term as a prefix, joined by AND (SQLite) or & (PostgreSQL)', () => {
    assert.equal(fullTextExpression(['jongeren', 'fryslan'], false), '"jongeren"* AND "fryslan"*');
    assert.equal(fullTextExpression(['jongeren', 'fryslan'], true), "'jongeren':* & 'fryslan':*");
    assert.equal(fullTextExpression([], false), '');
  });

  it('never lets anything but letters and digits into the expression', () => {
    assert.equal(
      fullTextExpression(['jongeren', '"x" OR y', "a':* | b", 'ok1'], false),
      '"jongeren"* AND "ok1"*',
    );
    assert.equal(fullTextExpression(["a':* | b", 'fryslân'], true), "'fryslân':*");
  });
});

describe('searchUrl', () => {
  const base = parseSearchQuery(
    {
      q: 'jongeren',
      type: 'jongerenwerk',
      expertise: ['weerbaarheid', 'polarisatie'],
      provincie: 'PV21',
      pagina: '2',
    },
    PLACES,
  ).params;

  it('writes the parameters in a fixed order and leaves defaults out', () => {
    assert.equal(
      searchUrl({ ...base, page: 2 }, { page: 2 }),
      '/netwerk?q=jongeren&type=jongerenwerk&expertise=polarisatie&expertise=weerbaarheid&provincie=PV21&pagina=2',
    );
    assert.equal(searchUrl(parseSearchQuery({}, PLACES).params), '/netwerk');
    assert.equal(
      searchUrl(parseSearchQuery({ sortering: 'naam' }, PLACES).params),
      '/netwerk?sortering=naam',
    );
  });

  it('a change goes back to page 1; removing a value keeps the rest', () => {
    assert.equal(
      searchUrl(base, { province: null }),
      '/netwerk?q=jongeren&type=jongerenwerk&expertise=polarisatie&expertise=weerbaarheid',
    );
    assert.equal(
      searchUrl(base, { query: '', expertise: ['weerbaarheid'] }),
      '/netwerk?type=jongerenwerk&expertise=weerbaarheid&provincie=PV21',
    );
  });

  it('encodes what the user typed', () => {
    const params = parseSearchQuery({ q: 'a&b=c #d' }, PLACES).params;
    assert.equal(searchUrl(params), '/netwerk?q=a%26b%3Dc+%23d');
    assert.equal(new URL(`http://x${searchUrl(params)}`).searchParams.get('q'), 'a&b=c #d');
  });
});
