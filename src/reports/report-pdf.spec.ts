import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderReportPdf } from './report-pdf';

describe('period report PDF', () => {
  it('is an A4 PDF with the tables, also over several pages and with empty tables', async () => {
    const pdf = await renderReportPdf({
      locale: 'nl',
      title: 'Periodeverslag',
      periodText: 'Periode: 1 januari 2025 tot en met 31 december 2025.',
      generatedText: 'Gemaakt op 1 januari 2026.',
      emptyText: 'Geen gegevens.',
      generatedAt: new Date('2026-01-01T10:00:00Z'),
      tables: [
        {
          name: 'bereik-per-gemeente',
          caption: 'Per gemeente',
          columns: [
            { label: 'Gemeente', numeric: false },
            { label: 'Provincie', numeric: false },
            { label: 'Professionals', numeric: true },
          ],
          rows: Array.from({ length: 120 }, (_, i) => [`Gemeente ${i}`, 'Utrecht', i]),
          footers: [],
        },
        {
          name: 'advies',
          caption: 'Adviesvragen',
          columns: [
            { label: 'Groep', numeric: false },
            { label: 'Adviesvragen', numeric: true },
          ],
          rows: [],
          footers: [['Totaal', 0]],
        },
      ],
    });
    const text = pdf.toString('latin1');
    assert.ok(text.startsWith('%PDF-1.4'));
    assert.match(text, /\/MediaBox \[0 0 595\.28 841\.89\]/);
    const pages = text.match(/\/Type \/Page\b/g) ?? [];
    assert.ok(pages.length >= 3, `${pages.length} pages`);
  });
});
