/**
 * Reading a CSV file that came out of some other system or a spreadsheet program: the bytes in
 * whatever encoding it was saved in, the delimiter it happened to use, and RFC 4180 quoting.
 * Broken records are reported with their line number instead of failing the whole file.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * Bytes → text. A byte order mark decides (UTF-8, UTF-16 LE or BE); without one the bytes are
 * UTF-8 when they are valid UTF-8, and otherwise Windows-1252 (what Excel on Windows writes for
 * "CSV"; it is a superset of Latin-1 for the characters in use). Returns null for bytes that are
 * not text at all (a spreadsheet, a ZIP, an image).
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  let decoded: DecodedText;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } else {
    try {
      decoded = {
        text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
        encoding: 'utf-8',
      };
    } catch {
      decoded = { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    }
  }
  return looksLikeText(decoded.text) ? decoded : null;
}

/**
 * Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, ‚, „, …, ‘, ’, “, ”, –, —, ™, š, œ, ž,
 * Ÿ and more). Node's TextDecoder('windows-1252') decodes that range as Latin-1 control
 * characters, so it is mapped here; the five unused bytes stay as their control characters.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/**
 * Text files have no NUL characters and hardly any other control characters; a binary file read
 * as text has many. Tab, line feed, carriage return and form feed are ordinary in text.
 */
function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  const sample = text.slice(0, 65_536);
  const controls = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return controls <= Math.max(2, sample.length / 1000);
}

export type Delimiter = ';' | ',' | '\t';

/**
 * The delimiter is the candidate seen most often outside quotes on the first line (the header).
 * On a tie `;` wins (Dutch spreadsheets), then tab, then the comma; a single column: the comma.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  const order: Delimiter[] = [';', '\t', ','];
  const best = order.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ',';
}

export type CsvProblem = 'unterminatedQuote' | 'strayQuote';

/** One record: its fields, or why it could not be read; `line` is where it starts (from 1). */
export type CsvRecord = { line: number; fields: string[] } | { line: number; problem: CsvProblem };

/**
 * A quote left open runs to the end of the file. The record it opened is reported and reading
 * goes on at the next line, at most this many times (each retry reads the rest of the file again).
 */
const MAX_RECOVERIES = 20;

/**
 * RFC 4180 with the leniency real files need: fields in double quotes may hold the delimiter,
 * line breaks and `""` for a quote; lines end in CRLF, LF or CR; a quote inside an unquoted field
 * is an ordinary character. A closing quote followed by anything but a delimiter or line end
 * (`"ab"c`) makes that record unreadable, and so does a quote that is never closed.
 */
export function parseCsv(text: string, delimiter: Delimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let recoveries = 0;

  /** Position after the line break that ends the physical line holding `from`. */
  const nextLineStart = (from: number): number => {
    let j = from;
    while (j < n && text[j] !== '\n' && text[j] !== '\r') j++;
    if (text[j] === '\r' && text[j + 1] === '\n') return j + 2;
    return j < n ? j + 1 : n;
  };

  while (i < n) {
    const startLine = line;
    const startIndex = i;
    const fields: string[] = [];
    let problem: CsvProblem | null = null;
    let ended = false;
    while (!ended) {
      if (text[i] === '"') {
        // a quoted field: runs to the next quote that is not doubled
        let value = '';
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close === -1) {
            problem = 'unterminatedQuote';
            break;
          }
          const chunk = text.slice(i, close);
          value += chunk;
          line += lineBreaks(chunk);
          if (text[close + 1] === '"') {
            value += '"';
            i = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        if (problem) break;
        fields.push(value);
        const next = text[i];
        if (next === delimiter) i++;
        else if (i >= n || next === '\n' || next === '\r') ended = true;
        else {
          problem = 'strayQuote';
          break;
        }
      } else {
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
        fields.push(text.slice(i, j));
        i = j;
        if (text[i] === delimiter) i++;
        else ended = true;
      }
      if (ended) {
        // the line break (or the end of the file) that closes the record
        if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
        else if (i < n) i++;
        line++;
      } else if (i >= n) {
        // the file ends right after a delimiter: one last, empty field
        fields.push('');
        line++;
        ended = true;
      }
    }
    if (!problem) {
      records.push({ line: startLine, fields });
      continue;
    }
    records.push({ line: startLine, problem });
    if (problem === 'unterminatedQuote') {
      if (++recoveries > MAX_RECOVERIES) break;
      i = nextLineStart(startIndex);
      line = startLine + 1;
    } else {
      // the rest of the line with the stray quote is skipped
      i = nextLineStart(i);
      line++;
    }
  }
  return records;
}

function lineBreaks(chunk: string): number {
  let count = 0;
  for (let k = 0; k < chunk.length; k++) {
    const c = chunk[k];
    if (c === '\n') count++;
    else if (c === '\r' && chunk[k + 1] !== '\n') count++;
  }
  return count;
}
