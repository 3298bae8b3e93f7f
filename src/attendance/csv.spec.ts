import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
    assert.equal(
      toCsv([
        ['Naam', 'Organisatie'],
        ['Jan', 'JOU'],
      ]),
      '\uFEFFNaam;Organisatie\r\nJan;JOU\r\n',
    );
  });

  it('quotes fields with a separator, a quote or a line break, doubling the quotes', () => {
    assert.equal(csvCell('Jongerenwerk; Utrecht'), '"Jongerenwerk; Utrecht"');
    assert.equal(csvCell('De "Brug"'), '"De ""Brug"""');
    assert.equal(csvCell('twee\nregels'), '"twee\nregels"');
    assert.equal(csvCell('Zoë van der Berg'), 'Zoë van der Berg');
    assert.equal(csvCell(null), '');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('+31 6 1234'), "'+31 6 1234");
    assert.equal(csvCell('-2+3'), "'-2+3");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tcmd'), "'\tcmd");
    assert.equal(csvCell('a=b'), 'a=b');
  });
});
