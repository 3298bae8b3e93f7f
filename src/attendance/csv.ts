import { toAmsterdamParts } from '../common/views/amsterdam-time';

/**
 * CSV as Dutch spreadsheet programs open it: UTF-8 with a byte order mark (so Excel reads the
 * accents), `;` between fields (the comma is the decimal separator here), CRLF line ends.
 */
export const CSV_BOM = '\uFEFF';

/** Cells a spreadsheet would run as a formula (or DDE) start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised against formula injection, then quoted when it has to be. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(';') + '\r\n').join('');
}

/** A local date (YYYY-MM-DD) as a Dutch spreadsheet reads it: "03-12-2026". */
export function csvDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}-${month}-${year}`;
}

/** A moment as a Dutch spreadsheet reads it, in Amsterdam time: "03-12-2026 14:30". */
export function csvDateTime(value: Date | null): string {
  if (!value) return '';
  const { date, time } = toAmsterdamParts(value);
  return `${csvDate(date)} ${time}`;
}
