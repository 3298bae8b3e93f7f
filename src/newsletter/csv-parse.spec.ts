import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toCsv } from '../attendance/csv';
import { decodeText, detectDelimiter, parseCsv } from './csv-parse';
import { checkRow, mapHeader, parseTopics, readImportFile } from './subscriber-import-rows';

const fields = (text: string, delimiter: ';' | ',' | '\t' = ';') =>
  parseCsv(text, delimiter).map((r) => ('fields' in r ? r.fields : r.problem));

describe('csv-parse: decoding', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const text = 'naam;plaats\nJoop;Fryslân\n';
    const plain = decodeText(Buffer.from(text, 'utf8'));
    assert.deepEqual(plain, { text, encoding: 'utf-8' });
    const bom = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    assert.deepEqual(bom, { text, encoding: 'utf-8' });
  });

  it('reads UTF-16 little and big endian by their byte order mark', () => {
    const text = 'email;naam\ncafé@example.nl;Zoë\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.deepEqual(decodeText(le), { text, encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16(); // FE FF, then each character's bytes the other way round
    assert.deepEqual(decodeText(be), { text, encoding: 'utf-16be' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (Excel on Windows)', () => {
    // "Fryslân;café;€ 5" in Windows-1252: â = E2, é = E9, € = 80
    const bytes = Buffer.from([
      0x46, 0x72, 0x79, 0x73, 0x6c, 0xe2, 0x6e, 0x3b, 0x63, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x20,
      0x35,
    ]);
    assert.deepEqual(decodeText(bytes), { text: 'Fryslân;café;€ 5', encoding: 'windows-1252' });
  });

  it('refuses binary files: a ZIP (xlsx), an image, NUL bytes', () => {
    assert.equal(decodeText(Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000', 'latin1')), null);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    assert.equal(decodeText(png), null);
    const noisy = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x41)));
    assert.equal(decodeText(noisy), null);
    assert.ok(decodeText(Buffer.from('email\fx\n')), 'a form feed alone is still text');
  });
});

describe('csv-parse: delimiter', () => {
  it('takes the delimiter seen most on the header line, outside quotes', () => {
    assert.equal(detectDelimiter('email;naam;onderwerpen\na,b;c'), ';');
    assert.equal(detectDelimiter('email,naam,toestemming\n'), ',');
    assert.equal(detectDelimiter('email\tnaam\ttoestemming\r\n'), '\t');
    assert.equal(detectDelimiter('"e;mail",naam,x\n'), ',');
    assert.equal(detectDelimiter('email\nanna@example.nl'), ',');
  });
});

describe('csv-parse: records', () => {
  it('splits on the delimiter and ends records on CRLF, LF or CR', () => {
    assert.deepEqual(fields('a;b\r\nc;d\ne;f\rg;h'), [
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
    assert.deepEqual(fields('a,b;c\n', ','), [['a', 'b;c']]);
    assert.deepEqual(fields('a\tb,c\n', '\t'), [['a', 'b,c']]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const records = parseCsv(
      'email;naam\n"a@x.nl";"De ""Brug""; Utrecht"\n"b@x.nl";"twee\r\nregels"\nc@x.nl;x\n',
      ';',
    );
    assert.deepEqual(records, [
      { line: 1, fields: ['email', 'naam'] },
      { line: 2, fields: ['a@x.nl', 'De "Brug"; Utrecht'] },
      { line: 3, fields: ['b@x.nl', 'twee\r\nregels'] },
      { line: 5, fields: ['c@x.nl', 'x'] },
    ]);
  });

  it('keeps empty fields, also at the end, and strips a BOM left in the text', () => {
    assert.deepEqual(fields('\uFEFFa;;c;\n;\n'), [
      ['a', '', 'c', ''],
      ['', ''],
    ]);
    assert.deepEqual(fields('a;"";b'), [['a', '', 'b']]);
  });

  it('reads a quote inside an unquoted field as a character', () => {
    assert.deepEqual(fields('5" scherm;x\n'), [['5" scherm', 'x']]);
  });

  it('reports text after a closing quote and goes on at the next line', () => {
    assert.deepEqual(parseCsv('a;b\n"x"y;z\nc;d\n', ';'), [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, problem: 'strayQuote' },
      { line: 3, fields: ['c', 'd'] },
    ]);
  });

  it('reports a quote that is never closed at its line, and reads the lines after it', () => {
    assert.deepEqual(parseCsv('email;naam\na@x.nl;"Anna\nb@x.nl;Bert\nc@x.nl;Cor\n', ';'), [
      { line: 1, fields: ['email', 'naam'] },
      { line: 2, problem: 'unterminatedQuote' },
      { line: 3, fields: ['b@x.nl', 'Bert'] },
      { line: 4, fields: ['c@x.nl', 'Cor'] },
    ]);
  });

  it('reads back what toCsv writes, formula guard and all', () => {
    const rows = [
      ['email', 'naam'],
      ['a@x.nl', 'Zoë; "de" Vries'],
      ['b@x.nl', 'regel\neen'],
    ];
    const text = toCsv(rows);
    assert.deepEqual(fields(text), rows);
  });

  it('reads 50,000 lines quickly', () => {
    const lines = ['email;naam;toestemming'];
    for (let i = 0; i < 50_000; i++) lines.push(`p${i}@example.nl;"Persoon ${i}";ja`);
    const records = parseCsv(lines.join('\r\n'), ';');
    assert.equal(records.length, 50_001);
    assert.deepEqual(records[50_000], {
      line: 50_001,
      fields: ['p49999@example.nl', 'Persoon 49999', 'ja'],
    });
  });
});

describe('subscriber import rows', () => {
  const cells = (
    email: string,
    consent = 'ja, 2024-03-01 via website',
    topics = '',
    name = '',
  ) => ({
    email,
    name,
    topics,
    consent,
  });

  it('maps Dutch and English headers, whatever their case or spelling', () => {
    assert.deepEqual(mapHeader(['E-mailadres', 'Naam', 'Topics', 'TOESTEMMING', 'Plaats']), {
      index: { email: 0, name: 1, topics: 2, consent: 3 },
      ignored: ['Plaats'],
    });
    assert.deepEqual(mapHeader(['\uFEFFemail', 'name', 'onderwerpen', 'consent']).index, {
      email: 0,
      name: 1,
      topics: 2,
      consent: 3,
    });
  });

  it('knows topics by key or by name, separated by | or a comma', () => {
    assert.deepEqual(parseTopics('onderwijs|Jongerenwerk'), {
      topics: ['onderwijs', 'jongerenwerk'],
    });
    assert.deepEqual(parseTopics('Zorg en welzijn, veiligheid'), {
      topics: ['zorg-en-welzijn', 'veiligheid'],
    });
    assert.deepEqual(parseTopics(''), { topics: [] });
    assert.deepEqual(parseTopics('onderwijs|sport'), { unknown: 'sport' });
  });

  it('accepts a valid row, lower-casing the address', () => {
    const row = checkRow(
      2,
      cells(' Anna@Example.NL ', 'ja', 'onderwijs', ' Anna  de Vries '),
      new Map(),
    );
    assert.deepEqual(row, {
      line: 2,
      email: 'anna@example.nl',
      name: 'Anna de Vries',
      topics: ['onderwijs'],
      consent: 'ja',
    });
  });

  it('rejects header injection, bad addresses, missing or refused consent, duplicates', () => {
    const reason = (c: ReturnType<typeof cells>, seen = new Map<string, number>()) => {
      const row = checkRow(7, c, seen);
      return 'reason' in row ? row.reason : 'accepted';
    };
    assert.equal(reason(cells('a@b.nl\r\nBcc: x@y.nl')), 'emailControl');
    assert.equal(reason(cells('a@b.nl\u200b')), 'emailControl');
    assert.equal(reason(cells('geen adres')), 'emailControl');
    assert.equal(reason(cells('a@b')), 'emailInvalid');
    assert.equal(reason(cells('')), 'emailMissing');
    assert.equal(reason(cells('a@b.nl', '')), 'consentMissing');
    for (const no of ['nee', 'No', 'FALSE', '0', 'nee, afgemeld 2023'])
      assert.equal(reason(cells('a@b.nl', no)), 'consentRefused', no);
    assert.equal(reason(cells('a@b.nl', 'november 2023 via beurs')), 'accepted');
    assert.equal(reason(cells('a@b.nl', 'ja', 'sport')), 'topicUnknown');
    assert.equal(reason(cells('a@b.nl', 'ja'), new Map([['a@b.nl', 3]])), 'duplicate');
  });

  it('reads a whole file: line numbers, too many columns, a header without e-mail', () => {
    const file = readImportFile(
      Buffer.from(
        'email;naam;toestemming\n' +
          'a@x.nl;Anna;ja\n' +
          '\n' +
          'b@x.nl;Bert;ja;extra\n' +
          'c@x.nl;Cor;ja;;\n' +
          'A@X.nl;Anna twee;ja\n',
      ),
    );
    assert.equal(file.records, 4);
    assert.deepEqual(
      file.rows.map((r) => [r.line, r.email]),
      [
        [2, 'a@x.nl'],
        [5, 'c@x.nl'],
      ],
    );
    assert.deepEqual(
      file.rejected.map((r) => [r.line, r.reason, r.params]),
      [
        [4, 'tooManyColumns', { count: 4, expected: 3 }],
        [6, 'duplicate', { line: 2 }],
      ],
    );
    assert.throws(
      () => readImportFile(Buffer.from('naam;toestemming\nAnna;ja\n')),
      (e: Error & { code?: string }) => e.code === 'IMPORT_MISSING_COLUMN',
    );
    assert.throws(
      () => readImportFile(Buffer.from('')),
      (e: Error & { code?: string }) => e.code === 'IMPORT_EMPTY',
    );
  });
});
