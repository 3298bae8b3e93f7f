import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import { PNG } from 'pngjs';
import { decodeQr, imageAsPng, imagesOf, pdfText } from '../../test/utils/pdf';
import type { CertificateFacts } from './certificate-facts';
import {
  certificateFileName,
  dutchDate,
  dutchDateRange,
  qrPng,
  renderCertificatePdf,
  toWinAnsi,
} from './certificate-pdf';

const CODE = 'JEP-7K4M-9Q2X-H3TD-PW8C';
const VERIFY_URL = `https://platformjep.nl/certificaten/${CODE}`;

function facts(overrides: Partial<CertificateFacts> = {}): CertificateFacts {
  return {
    code: CODE,
    holderName: 'Anneke de Vries-Hoekstra uit Fryslân',
    skjNumber: '110012345',
    offeringTitle: 'Radicalisering herkennen en bespreekbaar maken',
    editionTitle: 'Voorjaar 2027 — Leeuwarden (café De Brêge)',
    startsOn: '2027-01-14',
    endsOn: '2027-02-04',
    studyLoadHours: 12,
    skjPoints: 8,
    issuedAt: new Date('2027-02-03T10:15:00Z'),
    issuedOn: '2027-02-03',
    issuerName: 'Platform JEP',
    verifyUrl: VERIFY_URL,
    ...overrides,
  };
}

/** The text as pdf.js (through pdf-parse) extracts it, with all whitespace runs as one space. */
describe('certificate PDF', () => {
  it('shows every fact, in Dutch, with diacritics intact', async () => {
    const text = await pdfText(await renderCertificatePdf(facts()));
    for (const expected of [
      'Certificaat',
      'Platform JEP verklaart dat',
      'Anneke de Vries-Hoekstra uit Fryslân',
      'met goed gevolg heeft deelgenomen aan',
      'Radicalisering herkennen en bespreekbaar maken',
      'Voorjaar 2027 — Leeuwarden (café De Brêge)',
      '14 januari 2027 – 4 februari 2027',
      'Studiebelasting: 12 uur',
      'SKJ-punten: 8',
      'SKJ-registratienummer: 110012345',
      'Uitgegeven op 3 februari 2027',
      `Certificaatnummer: ${CODE}`,
      `Controleer dit certificaat op ${VERIFY_URL}`,
      'Platform JEP — Jeugd preventie Extremisme en Polarisatie',
    ]) {
      assert.ok(text.includes(expected), `missing "${expected}" in: ${text}`);
    }
  });

  it('gives one date for a one-day edition and leaves out what was not given', async () => {
    const text = await pdfText(
      await renderCertificatePdf(
        facts({ startsOn: '2027-03-09', endsOn: '2027-03-09', skjNumber: null, skjPoints: 0 }),
      ),
    );
    assert.ok(text.includes('9 maart 2027'), text);
    assert.ok(!text.includes('9 maart 2027 –'), text);
    assert.ok(!text.includes('SKJ-registratienummer'), text);
    assert.ok(!text.includes('SKJ-punten'), text);
    assert.ok(text.includes('Studiebelasting: 12 uur'), text);
  });

  it('writes fractional hours and points with a decimal comma', async () => {
    const text = await pdfText(
      await renderCertificatePdf(facts({ studyLoadHours: 1.5, skjPoints: 2.5 })),
    );
    assert.ok(text.includes('Studiebelasting: 1,5 uur'), text);
    assert.ok(text.includes('SKJ-punten: 2,5'), text);
  });

  it('keeps long names and titles on one A4 landscape page, the URL unbroken', async () => {
    const longUrl = `https://opleidingen.platform-jeugdpreventie-extremisme.nl/certificaten/${CODE}`;
    const pdf = await renderCertificatePdf(
      facts({
        holderName: 'Maria Johanna Wilhelmina van den Berg-Oosterhuis de Jong van Beek-Brêgeman',
        offeringTitle:
          'Signaleren, duiden en handelen bij polarisatie en radicalisering: een verdiepende leergang voor jongerenwerkers, wijkteams en leerplichtambtenaren',
        verifyUrl: longUrl,
      }),
    );
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    assert.equal(doc.getPageCount(), 1);
    const { width, height } = doc.getPage(0).getSize();
    assert.deepEqual([Math.round(width), Math.round(height)], [842, 595]);
    // A long name may wrap after a hyphen.
    const text = (await pdfText(pdf)).replace(/- /g, '-');
    assert.ok(text.includes('van den Berg-Oosterhuis de Jong van Beek-Brêgeman'), text);
    assert.ok(text.includes('leerplichtambtenaren'), text);
    assert.ok(text.includes(longUrl), text);
  });

  it('embeds a QR code PNG that decodes to exactly the verification URL', async () => {
    const images = await imagesOf(await renderCertificatePdf(facts()));
    assert.equal(images.length, 1);
    assert.equal(decodeQr(imageAsPng(images[0])), VERIFY_URL);
  });

  it('has a QR code that a scan of the rendered page reads', async () => {
    const parser = new PDFParse({ data: new Uint8Array(await renderCertificatePdf(facts())) });
    try {
      const shot = await parser.getScreenshot({ scale: 1.5 });
      assert.equal(decodeQr(Buffer.from(shot.pages[0].data)), VERIFY_URL);
    } finally {
      await parser.destroy();
    }
  });

  it('links the QR code and the URL line to the verification page', async () => {
    const doc = await PDFDocument.load(await renderCertificatePdf(facts()), {
      updateMetadata: false,
    });
    const annots = doc.getPage(0).node.Annots()!;
    const links = annots.asArray().map((ref) => {
      const annot = doc.context.lookup(ref, PDFDict);
      const action = annot.lookup(PDFName.of('A'), PDFDict);
      const rect = annot
        .lookup(PDFName.of('Rect'), PDFArray)
        .asArray()
        .map((n) => (n as PDFNumber).asNumber());
      return { uri: action.lookup(PDFName.of('URI'), PDFString).decodeText(), rect };
    });
    assert.ok(links.length >= 2);
    for (const link of links) assert.equal(link.uri, VERIFY_URL);
    // One of them is the square over the QR code.
    assert.ok(
      links.some(
        ({ rect: [x1, y1, x2, y2] }) => x2 - x1 > 72 && Math.abs(x2 - x1 - (y2 - y1)) < 0.01,
      ),
      JSON.stringify(links),
    );
  });

  it('uses only the built-in Helvetica, embedding no font', async () => {
    const doc = await PDFDocument.load(await renderCertificatePdf(facts()), {
      updateMetadata: false,
    });
    const fonts = doc.getPage(0).node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
    for (const [, ref] of fonts.entries()) {
      const font = doc.context.lookup(ref, PDFDict);
      assert.match(font.lookup(PDFName.of('BaseFont'), PDFName).asString(), /^\/Helvetica/);
      assert.equal(font.lookup(PDFName.of('Encoding')), PDFName.of('WinAnsiEncoding'));
      assert.equal(font.get(PDFName.of('FontDescriptor')), undefined);
    }
  });

  it('sets fixed metadata and the issue moment as the dates', async () => {
    const doc = await PDFDocument.load(await renderCertificatePdf(facts()), {
      updateMetadata: false,
    });
    assert.equal(doc.getTitle(), 'Certificaat');
    assert.equal(doc.getAuthor(), 'Platform JEP');
    assert.equal(doc.getProducer(), 'Platform JEP');
    assert.equal(doc.getCreator(), 'Platform JEP');
    assert.equal(doc.getKeywords(), CODE);
    assert.equal(doc.getCreationDate()?.toISOString(), '2027-02-03T10:15:00.000Z');
    assert.equal(doc.getModificationDate()?.toISOString(), '2027-02-03T10:15:00.000Z');
  });

  it('gives byte-identical output for the same facts, and a document ID per certificate', async () => {
    const first = await renderCertificatePdf(facts());
    await new Promise((resolve) => setTimeout(resolve, 5)); // another clock reading
    const second = await renderCertificatePdf(facts());
    assert.ok(first.equals(second));

    // …and in another time zone.
    const script = `
      const { renderCertificatePdf } = require(${JSON.stringify(require.resolve('./certificate-pdf'))});
      const facts = ${JSON.stringify(facts())};
      renderCertificatePdf({ ...facts, issuedAt: new Date(facts.issuedAt) })
        .then((pdf) => process.stdout.write(pdf.toString('base64')));`;
    const child = spawnSync(process.execPath, ['-e', script], {
      env: { ...process.env, TZ: 'Pacific/Auckland' },
      encoding: 'utf8',
    });
    assert.equal(child.status, 0, child.stderr);
    assert.equal(child.stdout, first.toString('base64'));

    const idOf = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
    const other = await renderCertificatePdf(
      facts({
        code: 'JEP-AAAA-BBBB-CCCC-DDDD',
        verifyUrl: 'https://platformjep.nl/certificaten/JEP-AAAA-BBBB-CCCC-DDDD',
      }),
    );
    assert.ok(idOf(first));
    assert.notEqual(idOf(first), idOf(other));
  });

  it('stays small', async () => {
    const pdf = await renderCertificatePdf(facts());
    assert.ok(pdf.length < 20_000, `${pdf.length} bytes`);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  });
});

describe('certificate PDF helpers', () => {
  it('writes dates with Dutch month names', () => {
    const months = [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ];
    months.forEach((month, i) => {
      const mm = String(i + 1).padStart(2, '0');
      assert.equal(dutchDate(`2027-${mm}-01`), `1 ${month} 2027`);
    });
    assert.equal(dutchDateRange('2027-01-14', '2027-02-04'), '14 januari 2027 – 4 februari 2027');
    assert.equal(dutchDateRange('2027-01-14', '2027-01-14'), '14 januari 2027');
    assert.throws(() => dutchDate('14-01-2027'));
    assert.throws(() => dutchDate('2027-13-01'));
  });

  it('keeps what WinAnsi can show and simplifies the rest', () => {
    assert.equal(toWinAnsi('Fryslân, café, Œuvre, 10 €'), 'Fryslân, café, Œuvre, 10 €');
    assert.equal(toWinAnsi('Şükrü Yılmaz'), 'Sükrü Yilmaz');
    assert.equal(toWinAnsi('Łukasz Wałęsa'), 'Lukasz Walesa');
    assert.equal(toWinAnsi('Ene\u0301'), 'Ené'); // decomposed input
    assert.equal(toWinAnsi('Иван'), '????');
    assert.equal(toWinAnsi('a\tb'), 'a b');
  });

  it('prints a simplified name where WinAnsi has no letter for it', async () => {
    const text = await pdfText(await renderCertificatePdf(facts({ holderName: 'Şükrü Yılmaz' })));
    assert.ok(text.includes('Sükrü Yilmaz'), text);
  });

  it('draws the QR code at four pixels a module with a quiet zone', () => {
    const image = PNG.sync.read(qrPng(VERIFY_URL));
    assert.equal(image.width, image.height);
    assert.equal(image.width % 4, 0);
    // The corner is quiet zone: white.
    assert.deepEqual([...image.data.subarray(0, 4)], [255, 255, 255, 255]);
    assert.equal(decodeQr(qrPng(VERIFY_URL)), VERIFY_URL);
  });

  it('names the file after the certificate number', () => {
    assert.equal(certificateFileName(CODE), `certificaat-${CODE}.pdf`);
    assert.equal(certificateFileName('JEP/../x'), 'certificaat-JEP____x.pdf');
  });
});
