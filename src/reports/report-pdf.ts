import PDFDocument from 'pdfkit';
import type { Locale } from '../common/i18n/i18n';
import { DashboardTable, formatValue } from './dashboard.presenter';

const PRIMARY = '#1d3f72';
const TEXT = '#1b1b1b';
const MUTED = '#595959';
const RULE = '#c5cfdc';
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** A4 portrait in points. */
const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 56;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const ROW = 16;

export interface ReportPdfFacts {
  locale: Locale;
  title: string;
  /** "Periode: 1 januari 2025 tot en met 31 december 2025" */
  periodText: string;
  /** "Gemaakt op …" */
  generatedText: string;
  /** Shown for a table without rows. */
  emptyText: string;
  tables: DashboardTable[];
  generatedAt: Date;
}

/**
 * The period report as one A4 PDF (pdfkit, built-in Helvetica): a title, the period, then every
 * table of the dashboard with its caption, header row, rows and totals. The charts are left out
 * in favour of the tables: the same numbers, and tables read well on paper and in a screen reader.
 * Numeric columns are right-aligned; a page break repeats nothing but starts at the top margin.
 */
export async function renderReportPdf(facts: ReportPdfFacts): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.4',
    lang: facts.locale === 'en' ? 'en-GB' : 'nl-NL',
    displayTitle: true,
    info: {
      Title: facts.title,
      Author: 'Platform JEP',
      Subject: facts.periodText,
      Creator: 'Platform JEP',
      Producer: 'Platform JEP',
      CreationDate: facts.generatedAt,
      ModDate: facts.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font(BOLD).fontSize(20).fillColor(PRIMARY).text(facts.title, MARGIN, MARGIN);
  doc.moveDown(0.3);
  doc.font(FONT).fontSize(11).fillColor(TEXT).text(facts.periodText);
  doc.font(FONT).fontSize(9).fillColor(MUTED).text(facts.generatedText);
  doc.moveDown(1);

  for (const table of facts.tables) drawTable(doc, table, facts);
  doc.end();
  return done;
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > PAGE_HEIGHT - MARGIN) doc.addPage();
}

function drawTable(doc: PDFKit.PDFDocument, table: DashboardTable, facts: ReportPdfFacts) {
  const columns = table.columns.length;
  // the first column gets what the numeric ones leave
  const numericWidth = 90;
  const widths = table.columns.map((c, i) =>
    i === 0 ? 0 : c.numeric ? numericWidth : (CONTENT_WIDTH - numericWidth * (columns - 1)) / 2,
  );
  widths[0] = CONTENT_WIDTH - widths.slice(1).reduce((s, w) => s + w, 0);

  ensureRoom(doc, ROW * 4);
  doc.font(BOLD).fontSize(12).fillColor(PRIMARY).text(table.caption, MARGIN, doc.y);
  doc.moveDown(0.3);

  const line = (cells: string[], bold: boolean) => {
    ensureRoom(doc, ROW);
    const y = doc.y;
    let x = MARGIN;
    doc
      .font(bold ? BOLD : FONT)
      .fontSize(9.5)
      .fillColor(TEXT);
    cells.forEach((cell, i) => {
      doc.text(cell, x + 2, y + 3, {
        width: widths[i] - 4,
        align: table.columns[i]?.numeric ? 'right' : 'left',
        lineBreak: false,
        ellipsis: true,
      });
      x += widths[i];
    });
    doc
      .moveTo(MARGIN, y + ROW)
      .lineTo(MARGIN + CONTENT_WIDTH, y + ROW)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + ROW;
  };

  line(
    table.columns.map((c) => c.label),
    true,
  );
  if (table.rows.length === 0)
    line([facts.emptyText, ...Array<string>(columns - 1).fill('')], false);
  for (const row of table.rows)
    line(
      row.map((v) => formatValue(v, facts.locale)),
      false,
    );
  for (const row of table.footers)
    line(
      row.map((v) => formatValue(v, facts.locale)),
      true,
    );
  doc.y += ROW;
}
