import { csvDateTime, toCsv } from '../attendance/csv';
import { Locale, translate } from '../common/i18n/i18n';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate, formatDateTime } from '../common/views/format';
import { paginate } from '../common/views/pagination';
import type { ConsentSource } from './consent.entity';
import { filterQuery, SubscriberFilter } from './dto/subscriber-filter.dto';
import {
  SUBSCRIBERS_PAGE_SIZE,
  SubscriberExportRow,
  SubscriberSearchResult,
} from './subscriber-admin.service';
import type { NewsletterImport } from './subscriber-import.entity';
import type { RejectedRow } from './subscriber-import-rows';
import { IMPORT_MAX_BYTES, ImportView } from './subscriber-import.service';
import { NewsletterSubscriber, SUBSCRIBER_STATUSES } from './subscriber.entity';
import { decodeTopics, NEWSLETTER_TOPICS } from './topics';

export const SUBSCRIBERS_PATH = '/beheer/jepzine/abonnees';
export const IMPORT_PATH = `${SUBSCRIBERS_PATH}/importeren`;
/** Rejected rows shown on the report page; all of them are in its CSV. */
export const REJECTED_SHOWN = 200;

const numberFormats = new Map<Locale, Intl.NumberFormat>();
function formatNumber(n: number, locale: Locale): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL');
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

function topicLabels(stored: string, locale: Locale): string {
  const topics = decodeTopics(stored);
  if (topics.length === 0) return translate(locale, 'newsletter.subscribers.allTopics');
  return topics.map((t) => translate(locale, `newsletter.topic.${t}`)).join(', ');
}

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * Characters that do not show on a page (line breaks, tabs, invisible ones) written as escapes,
 * so staff see why "a@b.nl\r\nBcc: …" was refused.
 */
export function visible(value: string): string {
  return value.replace(/[\p{Cc}\p{Cf}]/gu, (c) => {
    if (c === '\r') return '\\r';
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    return `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`;
  });
}

function subscriberRow(s: NewsletterSubscriber, locale: Locale) {
  return {
    email: s.email,
    name: s.name ?? '',
    status: s.status,
    statusLabel: `newsletter.subscriberStatus.${s.status}`,
    topics: topicLabels(s.topics, locale),
    subscribedAt: s.subscribedAt ? formatDate(s.subscribedAt, locale) : '',
    subscribedAtIso: s.subscribedAt ? s.subscribedAt.toISOString() : '',
    bounceReason: s.status === 'bounced' ? (s.bounceReason ?? '') : '',
  };
}

/** GET /beheer/jepzine/abonnees */
export function subscriberListPage(
  result: SubscriberSearchResult,
  filter: SubscriberFilter,
  locale: Locale,
) {
  const query = filterQuery(filter);
  const all = SUBSCRIBER_STATUSES.reduce((sum, s) => sum + result.statusCounts[s], 0);
  const option = (label: string, count: number) =>
    translate(locale, 'newsletter.subscribers.optionCount', {
      label,
      count: formatNumber(count, locale),
    });
  return {
    pageTitle: 'newsletter.subscribers.title',
    filter: { q: filter.q ?? '', status: filter.status ?? '', onderwerp: filter.topic ?? '' },
    allStatuses: option(translate(locale, 'newsletter.subscribers.allStatuses'), all),
    statuses: SUBSCRIBER_STATUSES.map((s) => ({
      value: s,
      label: option(translate(locale, `newsletter.subscriberStatus.${s}`), result.statusCounts[s]),
      selected: s === filter.status,
    })),
    topics: NEWSLETTER_TOPICS.map((t) => ({
      value: t,
      label: `newsletter.topic.${t}`,
      selected: t === filter.topic,
    })),
    filtered: !!(filter.q || filter.status || filter.topic),
    count: formatNumber(result.total, locale),
    subscribers: result.subscribers.map((s) => subscriberRow(s, locale)),
    csvHref: withQuery(`${SUBSCRIBERS_PATH}.csv`, query),
    importHref: IMPORT_PATH,
    resetHref: SUBSCRIBERS_PATH,
    pagination: paginate(SUBSCRIBERS_PATH, query, filter.page, SUBSCRIBERS_PAGE_SIZE, result.total),
  };
}

const EXPORT_COLUMNS = [
  'email',
  'name',
  'status',
  'topics',
  'subscribedAt',
  'unsubscribedAt',
  'bouncedAt',
  'bounceReason',
  'consentSource',
  'consentVersion',
  'consentConfirmedAt',
] as const;

/** GET /beheer/jepzine/abonnees.csv: the list's selection, every page. */
export function subscribersCsv(rows: SubscriberExportRow[], locale: Locale): string {
  const header = EXPORT_COLUMNS.map((k) => translate(locale, `newsletter.subscribers.csv.${k}`));
  return toCsv([
    header,
    ...rows.map(({ subscriber: s, consent: c }) => [
      s.email,
      s.name ?? '',
      translate(locale, `newsletter.subscriberStatus.${s.status}`),
      // as the import reads them
      decodeTopics(s.topics)
        .map((t) => translate(locale, `newsletter.topic.${t}`))
        .join(' | '),
      csvDateTime(s.subscribedAt),
      csvDateTime(s.unsubscribedAt),
      csvDateTime(s.bouncedAt),
      s.bounceReason ?? '',
      c ? consentSourceLabel(c.source, locale) : '',
      c?.formVersion ?? '',
      csvDateTime(c?.confirmedAt ?? null),
    ]),
  ]);
}

function consentSourceLabel(source: ConsentSource, locale: Locale): string {
  return translate(locale, `newsletter.subscribers.consentSource.${source}`);
}

export function subscribersCsvFilename(now: Date): string {
  return `jepzine-abonnees-${toAmsterdamParts(now).date}.csv`;
}

/** GET /beheer/jepzine/abonnees/importeren: the form, its explanation, one's own recent imports. */
export function importFormPage(recent: NewsletterImport[], locale: Locale) {
  return {
    pageTitle: 'newsletter.subscribers.import.title',
    action: IMPORT_PATH,
    listHref: SUBSCRIBERS_PATH,
    maxMb: IMPORT_MAX_BYTES / 1024 / 1024,
    topics: NEWSLETTER_TOPICS.map((t) => ({ key: t, label: `newsletter.topic.${t}` })),
    recent: recent.map((i) => ({
      href: `${IMPORT_PATH}/${i.id}`,
      filename: i.filename,
      createdAt: formatDateTime(i.createdAt, locale),
      statusLabel: i.appliedAt
        ? 'newsletter.subscribers.import.recentApplied'
        : 'newsletter.subscribers.import.recentChecked',
    })),
  };
}

function reasonText(row: RejectedRow, locale: Locale): string {
  const params = { ...row.params, value: visible(row.consent).slice(0, 80) };
  return translate(locale, `newsletter.subscribers.reason.${row.reason}`, params);
}

const ENCODING_LABELS = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (LE)',
  'utf-16be': 'UTF-16 (BE)',
  'windows-1252': 'Windows-1252',
} as const;

/** GET /beheer/jepzine/abonnees/importeren/:id: the dry run's report, or the applied result. */
export function importReportPage(view: ImportView, locale: Locale) {
  const r = view.report;
  const n = (x: number) => formatNumber(x, locale);
  const changes = r.counts.toAdd + r.counts.toActivate;
  const href = `${IMPORT_PATH}/${view.id}`;
  return {
    pageTitle: translate(locale, 'newsletter.subscribers.report.title', {
      filename: view.filename,
    }),
    filename: view.filename,
    uploadedAt: formatDateTime(view.createdAt, locale),
    encoding: ENCODING_LABELS[r.encoding],
    delimiter: translate(
      locale,
      `newsletter.subscribers.report.delimiter.${r.delimiter === '\t' ? 'tab' : r.delimiter === ';' ? 'semicolon' : 'comma'}`,
    ),
    records: n(r.records),
    columns: (['email', 'name', 'topics', 'consent'] as const)
      .filter((f) => r.columns[f] !== undefined)
      .map((f) => ({ label: `newsletter.subscribers.report.column.${f}`, header: r.columns[f] })),
    ignoredColumns: r.ignoredColumns.join(', '),
    counts: {
      toAdd: n(r.counts.toAdd),
      toActivate: n(r.counts.toActivate),
      alreadySubscribed: n(r.counts.alreadySubscribed),
      rejected: n(r.counts.rejected),
    },
    applied: r.applied
      ? { at: formatDateTime(new Date(r.applied.at), locale), by: r.applied.by }
      : null,
    canApply: !r.applied && changes > 0,
    nothingToDo: !r.applied && changes === 0,
    rejected: r.rejected.slice(0, REJECTED_SHOWN).map((row) => ({
      line: row.line,
      value: visible(row.email),
      reason: reasonText(row, locale),
    })),
    hasRejected: r.rejected.length > 0,
    moreRejected: r.rejected.length > REJECTED_SHOWN ? n(r.rejected.length - REJECTED_SHOWN) : '',
    shown: n(Math.min(REJECTED_SHOWN, r.rejected.length)),
    rejectedCsvHref: `${href}/afgewezen.csv`,
    applyAction: `${href}/uitvoeren`,
    importHref: IMPORT_PATH,
    listHref: SUBSCRIBERS_PATH,
  };
}

/**
 * GET …/:id/afgewezen.csv: every rejected row with its line and reason, and its cells under
 * column names the import reads, so the file can be corrected and uploaded again.
 */
export function rejectedCsv(view: ImportView, locale: Locale): string {
  const k = (key: string) => translate(locale, `newsletter.subscribers.rejectedCsv.${key}`);
  return toCsv([
    [k('line'), k('reason'), k('email'), k('name'), k('topics'), k('consent')],
    ...view.report.rejected.map((row) => [
      row.line,
      reasonText(row, locale),
      row.email,
      row.name,
      row.topics,
      row.consent,
    ]),
  ]);
}

export function rejectedCsvFilename(view: ImportView): string {
  return `jepzine-import-${view.id}-afgewezen.csv`;
}
