/**
 * The certificate as a one-page A4 (landscape) PDF, drawn with pdfkit in the built-in Helvetica
 * and a QR code that points at the public verification page.
 *
 * Deterministic: the same facts always give byte-identical output. pdfkit's only sources of
 * variation are the Info dates (set from `issuedAt` here) and the trailer's document ID, which
 * pdfkit derives as an MD5 of the Info dictionary; with fixed Title/Author/Subject/Producer/Creator
 * plus the certificate number as Keywords, that ID is stable and differs per certificate.
 * Built-in fonts are not embedded, so there is no random subset prefix either.
 */
import * as zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import * as QRCode from 'qrcode';
import type { CertificateFacts } from './certificate-facts';

const PRIMARY = '#1d3f72';
const TEXT = '#1b1b1b';
const MUTED = '#4d4d4d';
const RULE = '#9fb0c9';

const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** A4 landscape in points. */
const PAGE_WIDTH = 841.89;
const PAGE_HEIGHT = 595.28;
const MARGIN = 64;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

const QR_SIZE = 104;
const TAGLINE = 'Platform JEP — Jeugd preventie Extremisme en Polarisatie';

const MONTHS = [
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

/** "2027-01-14" → "14 januari 2027". */
export function dutchDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? Number(match[2]) : 0;
  const day = match ? Number(match[3]) : 0;
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new Error(`Not a YYYY-MM-DD date: ${isoDate}`);
  }
  return `${day} ${MONTHS[month - 1]} ${match[1]}`;
}

/** "14 januari 2027 – 4 februari 2027", or a single date when the edition is one day. */
export function dutchDateRange(startsOn: string, endsOn: string): string {
  const start = dutchDate(startsOn);
  return startsOn === endsOn ? start : `${start} – ${dutchDate(endsOn)}`;
}

/** 12 → "12", 1.5 → "1,5". */
function dutchNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** Code points outside Latin-1 that WinAnsiEncoding (and so pdfkit's built-in fonts) can show. */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a,
  0x20ac, 0x2122,
]);

/** Letters that have no decomposition to a WinAnsi base letter. */
const FALLBACK: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  Ŀ: 'L',
  ſ: 's',
  ŋ: 'n',
  Ŋ: 'N',
  ĸ: 'k',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
};

function isWinAnsi(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    WIN_ANSI_EXTRA.has(codePoint)
  );
}

/**
 * Text as the built-in fonts can draw it: WinAnsi covers Dutch, Frisian, French, German and the
 * like ("Fryslân", "café"); other letters lose their accent ("Şahin" → "Sahin", "Łukasz" →
 * "Lukasz") and whatever is left becomes "?". The verification page shows the exact facts.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const codePoint = char.codePointAt(0)!;
    if (isWinAnsi(codePoint)) {
      out += char;
    } else if (/\s/.test(char)) {
      out += ' ';
    } else if (FALLBACK[char]) {
      out += FALLBACK[char];
    } else {
      const base = [...char.normalize('NFD')].filter((c) => isWinAnsi(c.codePointAt(0)!));
      out += base.length > 0 ? base.join('') : '?';
    }
  }
  return out;
}

/** Quiet zone around the QR symbol, in modules (the standard asks for 4). */
const QR_QUIET_ZONE = 4;
/** Pixels per module in the PNG. */
const QR_SCALE = 4;

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The QR code for `text` as a PNG: 1 bit per pixel with a two-colour palette (white, primary) and
 * no alpha, so pdfkit embeds its compressed data as it is. Written directly from the QR modules
 * with a synchronous deflate: several times faster than qrcode's own stream-based PNG renderer.
 */
export function qrPng(text: string): Buffer {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const size = (modules.size + 2 * QR_QUIET_ZONE) * QR_SCALE;
  const rowBytes = Math.ceil(size / 8) + 1; // a filter-type byte (0: none) starts each row
  const raw = Buffer.alloc(rowBytes * size);
  for (let y = 0; y < size; y++) {
    const row = Math.floor(y / QR_SCALE) - QR_QUIET_ZONE;
    if (row < 0 || row >= modules.size) continue;
    for (let x = 0; x < size; x++) {
      const col = Math.floor(x / QR_SCALE) - QR_QUIET_ZONE;
      if (col >= 0 && col < modules.size && modules.get(row, col)) {
        raw[y * rowBytes + 1 + (x >> 3)] |= 0x80 >> (x & 7);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([1, 3, 0, 0, 0], 8); // bit depth 1, colour type 3 (palette), no interlace
  const palette = Buffer.from([0xff, 0xff, 0xff, ...Buffer.from(PRIMARY.slice(1), 'hex')]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('PLTE', palette),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The largest font size (down to `min`, in half points) at which `text` fits on one line of `width`. */
function fitSize(
  doc: PDFKit.PDFDocument,
  text: string,
  font: string,
  max: number,
  min: number,
  width: number,
): number {
  // Text width is proportional to the font size, so one measurement is enough.
  const measured = doc.font(font).fontSize(max).widthOfString(text);
  const size =
    measured <= width ? max : Math.max(min, Math.floor((2 * max * width) / measured) / 2);
  doc.fontSize(size);
  return size;
}

function centered(
  doc: PDFKit.PDFDocument,
  text: string,
  y: number,
  font: string,
  size: number,
  color: string,
  lineGap = 0,
): void {
  doc
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(text, MARGIN, y, { width: CONTENT_WIDTH, align: 'center', lineGap });
}

function rule(doc: PDFKit.PDFDocument, x: number, y: number, width: number, color = RULE): void {
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.75)
    .strokeColor(color)
    .stroke();
}

function drawFrame(doc: PDFKit.PDFDocument): void {
  doc
    .rect(18, 18, PAGE_WIDTH - 36, PAGE_HEIGHT - 36)
    .lineWidth(4)
    .strokeColor(PRIMARY)
    .stroke();
  doc
    .rect(28, 28, PAGE_WIDTH - 56, PAGE_HEIGHT - 56)
    .lineWidth(0.75)
    .strokeColor(PRIMARY)
    .stroke();
  // A band across the top of the inner frame.
  doc
    .rect(28, 28, PAGE_WIDTH - 56, 10)
    .fillColor(PRIMARY)
    .fill();
}

function drawMain(doc: PDFKit.PDFDocument, facts: CertificateFacts): void {
  const issuer = toWinAnsi(facts.issuerName);
  centered(doc, issuer, 66, BOLD, 13, PRIMARY);
  rule(doc, PAGE_WIDTH / 2 - 40, 88, 80, PRIMARY);

  centered(doc, 'Certificaat', 102, BOLD, 44, PRIMARY);
  centered(doc, `${issuer} verklaart dat`, 166, FONT, 13, MUTED);

  const name = toWinAnsi(facts.holderName);
  const nameSize = fitSize(doc, name, BOLD, 32, 20, CONTENT_WIDTH);
  centered(doc, name, 192, BOLD, nameSize, TEXT);
  const afterName = Math.max(doc.y, 192 + nameSize) + 8;
  rule(doc, PAGE_WIDTH / 2 - 160, afterName, 320);

  centered(doc, 'met goed gevolg heeft deelgenomen aan', afterName + 16, FONT, 13, MUTED);

  const offering = toWinAnsi(facts.offeringTitle);
  const offeringSize = fitSize(doc, offering, BOLD, 21, 15, CONTENT_WIDTH);
  centered(doc, offering, doc.y + 12, BOLD, offeringSize, PRIMARY, 2);
  centered(doc, toWinAnsi(facts.editionTitle), doc.y + 8, FONT, 13, TEXT, 2);
  centered(doc, dutchDateRange(facts.startsOn, facts.endsOn), doc.y + 6, FONT, 13, TEXT);
}

const BOTTOM_TOP = 418;
const COLUMN_WIDTH = 230;

function drawFactsColumn(doc: PDFKit.PDFDocument, facts: CertificateFacts): void {
  const lines: [string, string][] = [
    ['Studiebelasting', `${dutchNumber(facts.studyLoadHours)} uur`],
  ];
  if (facts.skjPoints > 0) lines.push(['SKJ-punten', dutchNumber(facts.skjPoints)]);
  if (facts.skjNumber) lines.push(['SKJ-registratienummer', toWinAnsi(facts.skjNumber)]);

  let y = BOTTOM_TOP + 8;
  doc.fontSize(10.5);
  for (const [label, value] of lines) {
    doc
      .font(FONT)
      .fillColor(MUTED)
      .text(`${label}: `, MARGIN, y, { continued: true, lineBreak: false })
      .font(BOLD)
      .fillColor(TEXT)
      .text(value, { lineBreak: false });
    y += 17;
  }
  y += 6;
  doc
    .font(FONT)
    .fontSize(9.5)
    .fillColor(MUTED)
    .text(`Uitgegeven op ${dutchDate(facts.issuedOn)}`, MARGIN, y, { lineBreak: false });
  doc
    .font(FONT)
    .text('Certificaatnummer: ', MARGIN, y + 15, { continued: true, lineBreak: false })
    .font(BOLD)
    .fillColor(TEXT)
    .text(toWinAnsi(facts.code), { lineBreak: false });
}

function drawSignature(doc: PDFKit.PDFDocument, facts: CertificateFacts): void {
  const x = (PAGE_WIDTH - COLUMN_WIDTH) / 2;
  const y = BOTTOM_TOP + 62;
  rule(doc, x + 15, y, COLUMN_WIDTH - 30, PRIMARY);
  doc
    .font(BOLD)
    .fontSize(11)
    .fillColor(PRIMARY)
    .text(toWinAnsi(facts.issuerName), x, y + 8, { width: COLUMN_WIDTH, align: 'center' });
  doc
    .font(FONT)
    .fontSize(8)
    .fillColor(MUTED)
    .text(TAGLINE, x - 20, doc.y + 3, { width: COLUMN_WIDTH + 40, align: 'center' });
}

function drawQr(doc: PDFKit.PDFDocument, facts: CertificateFacts, png: Buffer): void {
  const columnX = PAGE_WIDTH - MARGIN - COLUMN_WIDTH;
  const x = columnX + (COLUMN_WIDTH - QR_SIZE) / 2;
  const y = BOTTOM_TOP - 6;
  doc.image(png, x, y, { width: QR_SIZE, height: QR_SIZE });
  doc.link(x, y, QR_SIZE, QR_SIZE, facts.verifyUrl);

  // One line if it fits at a readable size; otherwise the URL gets a line of its own. Never
  // wrapped by pdfkit, which would break the URL after a hyphen of the code.
  const url = toWinAnsi(facts.verifyUrl);
  const line = `Controleer dit certificaat op ${url}`;
  const width = COLUMN_WIDTH + 40;
  const middle = columnX + COLUMN_WIDTH / 2;
  const top = y + QR_SIZE + 8;
  doc.fillColor(MUTED);
  const size = fitSize(doc, line, FONT, 8, 7, width);
  if (doc.widthOfString(line) <= width) {
    centeredLine(doc, line, middle, top, facts.verifyUrl);
  } else {
    doc.fontSize(8);
    centeredLine(doc, 'Controleer dit certificaat op', middle, top, facts.verifyUrl);
    fitSize(doc, url, FONT, size, 4, width);
    centeredLine(doc, url, middle, top + 11, facts.verifyUrl);
  }
}

/** One line centred on `middle`, in the current font and size. */
function centeredLine(
  doc: PDFKit.PDFDocument,
  text: string,
  middle: number,
  y: number,
  link: string,
): void {
  doc.text(text, middle - doc.widthOfString(text) / 2, y, { lineBreak: false, link });
}

/** The PDF's file name, in downloads and in an edition's ZIP: `certificaat-JEP-….pdf`. */
export function certificateFileName(code: string): string {
  return `certificaat-${code.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`;
}

/** Renders the certificate; the same facts always give the same bytes. */
export async function renderCertificatePdf(facts: CertificateFacts): Promise<Buffer> {
  const png = qrPng(facts.verifyUrl);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    pdfVersion: '1.4',
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: 'Certificaat',
      Author: 'Platform JEP',
      Subject: 'Certificaat van deelname, Platform JEP',
      Keywords: facts.code,
      Creator: 'Platform JEP',
      Producer: 'Platform JEP',
      CreationDate: facts.issuedAt,
      ModDate: facts.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawFrame(doc);
  drawMain(doc, facts);
  drawFactsColumn(doc, facts);
  drawSignature(doc, facts);
  drawQr(doc, facts, png);
  doc.end();
  return done;
}
