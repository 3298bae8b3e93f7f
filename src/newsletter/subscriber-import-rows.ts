import { isEmail } from 'class-validator';
import { translate } from '../common/i18n/i18n';
import { decodeText, Delimiter, detectDelimiter, parseCsv, TextEncoding } from './csv-parse';
import { NewsletterError, NewsletterErrorCode } from './newsletter.error';
import type { SubscriberStatus } from './subscriber.entity';
import { NEWSLETTER_TOPICS, NewsletterTopic } from './topics';

/**
 * The rules for one imported CSV of existing subscribers, without the database: which columns
 * mean what, and which rows are fit to become subscribers. The existing addresses are judged
 * by `classify`, with their statuses looked up by the service.
 */

export type ImportField = 'email' | 'name' | 'topics' | 'consent';

/** Header names (lower case, without spaces, dashes and underscores) per field, Dutch and English. */
const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  email: ['email', 'emailadres', 'emailaddress', 'mail', 'mailadres'],
  name: ['naam', 'name', 'volledigenaam', 'fullname'],
  topics: ['onderwerpen', 'onderwerp', 'topics', 'topic', 'interesses', 'interests'],
  consent: ['toestemming', 'consent', 'optin'],
};

export const IMPORT_LIMITS = { email: 254, name: 200, consent: 500 } as const;

export type RejectReason =
  | 'unterminatedQuote'
  | 'strayQuote'
  | 'tooManyColumns'
  | 'emailMissing'
  | 'emailControl'
  | 'emailInvalid'
  | 'consentMissing'
  | 'consentRefused'
  | 'consentTooLong'
  | 'nameTooLong'
  | 'topicUnknown'
  | 'duplicate'
  | 'unsubscribed'
  | 'bounced'
  | 'changedMeanwhile';

/** A row that will not be imported, with its cells as written (cut to their column's size). */
export interface RejectedRow {
  line: number;
  email: string;
  name: string;
  topics: string;
  consent: string;
  reason: RejectReason;
  params?: Record<string, string | number>;
}

/** A row fit to import. */
export interface ImportRow {
  line: number;
  /** lower case */
  email: string;
  name: string | null;
  topics: NewsletterTopic[];
  /** The consent cell, white space folded: stored as the consent's import note. */
  consent: string;
}

export interface ImportFile {
  encoding: TextEncoding;
  delimiter: Delimiter;
  /** data records read (blank lines not counted) */
  records: number;
  /** the header as written, per field found */
  columns: Partial<Record<ImportField, string>>;
  ignoredColumns: string[];
  rows: ImportRow[];
  rejected: RejectedRow[];
}

function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** A field's column in the header, or null; a second column for the same field is ignored. */
export function mapHeader(header: readonly string[]): {
  index: Partial<Record<ImportField, number>>;
  ignored: string[];
} {
  const index: Partial<Record<ImportField, number>> = {};
  const ignored: string[] = [];
  header.forEach((name, i) => {
    const key = headerKey(name);
    const field = (Object.keys(HEADER_NAMES) as ImportField[]).find((f) =>
      HEADER_NAMES[f].includes(key),
    );
    if (field && index[field] === undefined) index[field] = i;
    else if (name.trim()) ignored.push(name.trim().slice(0, 60));
  });
  return { index, ignored };
}

/** Names a topic may be written with in the file: its key, and its label in either language. */
const TOPIC_NAMES: Map<string, NewsletterTopic> = (() => {
  const names = new Map<string, NewsletterTopic>();
  const fold = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim();
  for (const topic of NEWSLETTER_TOPICS) {
    names.set(fold(topic), topic);
    names.set(fold(translate('nl', `newsletter.topic.${topic}`)), topic);
    names.set(fold(translate('en', `newsletter.topic.${topic}`)), topic);
  }
  return names;
})();

/** Topics within a cell are separated by `|` (or a comma or semicolon); empty: everything. */
export function parseTopics(cell: string): { topics: NewsletterTopic[] } | { unknown: string } {
  const topics: NewsletterTopic[] = [];
  for (const part of cell.split(/[|,;]/)) {
    const name = part
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim();
    if (!name) continue;
    const topic = TOPIC_NAMES.get(name);
    if (!topic) return { unknown: part.trim().slice(0, 60) };
    if (!topics.includes(topic)) topics.push(topic);
  }
  return { topics: NEWSLETTER_TOPICS.filter((t) => topics.includes(t)) };
}

/** "nee", "no", "false", "0" (also "nee, afgemeld in 2023") are a refusal, not a consent. */
const REFUSAL = /^(nee|no|n|false|onwaar|0|geen)\b/i;

/** Line breaks, tabs and other control or invisible characters: never part of an address. */
const UNSAFE_IN_EMAIL = /[\p{Cc}\p{Cf}\p{Z}\s]/u;

function folded(value: string): string {
  return value.replace(/[\p{Cc}\p{Cf}\s]+/gu, ' ').trim();
}

/** Checks one data row's cells; `seen` holds the addresses of the rows before it. */
export type RowCells = Record<ImportField, string>;

/** A rejected row with its cells as written, cut to a size worth storing. */
function rejectedRow(
  line: number,
  cells: RowCells,
  reason: RejectReason,
  params?: RejectedRow['params'],
): RejectedRow {
  return {
    line,
    email: cells.email.slice(0, IMPORT_LIMITS.email + 20),
    name: cells.name.slice(0, IMPORT_LIMITS.name),
    topics: cells.topics.slice(0, 200),
    consent: cells.consent.slice(0, IMPORT_LIMITS.consent),
    reason,
    ...(params ? { params } : {}),
  };
}

export function checkRow(
  line: number,
  cells: RowCells,
  seen: Map<string, number>,
): ImportRow | RejectedRow {
  const rejected = (reason: RejectReason, params?: RejectedRow['params']) =>
    rejectedRow(line, cells, reason, params);
  // only ordinary spaces around the address are forgiven
  const email = cells.email.replace(/^[ \u00a0]+|[ \u00a0]+$/g, '').toLowerCase();
  if (!email) return rejected('emailMissing');
  if (UNSAFE_IN_EMAIL.test(email)) return rejected('emailControl');
  if (email.length > IMPORT_LIMITS.email || !isEmail(email)) return rejected('emailInvalid');
  const consent = folded(cells.consent);
  if (!consent) return rejected('consentMissing');
  if (REFUSAL.test(consent)) return rejected('consentRefused');
  if (consent.length > IMPORT_LIMITS.consent)
    return rejected('consentTooLong', { max: IMPORT_LIMITS.consent });
  const name = folded(cells.name);
  if (name.length > IMPORT_LIMITS.name) return rejected('nameTooLong', { max: IMPORT_LIMITS.name });
  const topics = parseTopics(cells.topics);
  if ('unknown' in topics) return rejected('topicUnknown', { topic: topics.unknown });
  const earlier = seen.get(email);
  if (earlier !== undefined) return rejected('duplicate', { line: earlier });
  seen.set(email, line);
  return { line, email, name: name || null, topics: topics.topics, consent };
}

/**
 * The uploaded bytes → the rows to import and the rows rejected, each with its line number.
 * A file that cannot be an import at all (not text, empty, no e-mail or consent column) is
 * refused as a whole, at the form's file field.
 */
export function readImportFile(bytes: Uint8Array): ImportFile & { text: string } {
  if (bytes.length === 0) throw new NewsletterError(NewsletterErrorCode.ImportEmpty, 'file');
  const decoded = decodeText(bytes);
  if (!decoded) throw new NewsletterError(NewsletterErrorCode.ImportUnreadable, 'file');
  return { ...readImportText(decoded.text, decoded.encoding), text: decoded.text };
}

/** The decoded text of an import (as stored until it is applied) → its rows. */
export function readImportText(text: string, encoding: TextEncoding): ImportFile {
  const delimiter = detectDelimiter(text);
  const records = parseCsv(text, delimiter).filter(
    (r) => !('fields' in r) || r.fields.some((f) => f.trim() !== ''),
  );
  const header = records.shift();
  if (!header) throw new NewsletterError(NewsletterErrorCode.ImportEmpty, 'file');
  if (!('fields' in header))
    throw new NewsletterError(NewsletterErrorCode.ImportUnreadable, 'file');
  const { index, ignored } = mapHeader(header.fields);
  for (const field of ['email', 'consent'] as const)
    if (index[field] === undefined)
      throw new NewsletterError(NewsletterErrorCode.ImportMissingColumn, 'file', {
        column: field === 'email' ? 'email' : 'toestemming',
      });
  if (records.length === 0) throw new NewsletterError(NewsletterErrorCode.ImportEmpty, 'file');

  const cell = (fields: string[], field: ImportField) => {
    const i = index[field];
    return i === undefined ? '' : (fields[i] ?? '');
  };
  const rows: ImportRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  const width = header.fields.length;
  for (const record of records) {
    if (!('fields' in record)) {
      const none = { email: '', name: '', topics: '', consent: '' };
      rejected.push(rejectedRow(record.line, none, record.problem));
      continue;
    }
    const { fields, line } = record;
    const cells: RowCells = {
      email: cell(fields, 'email'),
      name: cell(fields, 'name'),
      topics: cell(fields, 'topics'),
      consent: cell(fields, 'consent'),
    };
    // empty cells past the header's width (a spreadsheet's trailing `;;`) do no harm
    if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
      rejected.push(
        rejectedRow(line, cells, 'tooManyColumns', { count: fields.length, expected: width }),
      );
      continue;
    }
    const row = checkRow(line, cells, seen);
    if ('reason' in row) rejected.push(row);
    else rows.push(row);
  }
  const columns: ImportFile['columns'] = {};
  for (const [field, i] of Object.entries(index) as [ImportField, number][])
    columns[field] = header.fields[i].replace(/^\uFEFF/, '').trim();
  return {
    encoding,
    delimiter,
    records: records.length,
    columns,
    ignoredColumns: ignored,
    rows,
    rejected,
  };
}

/** What becomes of a row, given the current status of its address (null: a new address). */
export type RowOutcome = 'add' | 'activate' | 'alreadySubscribed' | 'unsubscribed' | 'bounced';

export function classify(status: SubscriberStatus | null): RowOutcome {
  switch (status) {
    case null:
      return 'add';
    case 'pending':
      return 'activate';
    case 'subscribed':
      return 'alreadySubscribed';
    case 'unsubscribed':
      return 'unsubscribed';
    case 'bounced':
      return 'bounced';
  }
}
