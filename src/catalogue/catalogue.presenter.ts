import { SECTORS } from '../accounts/sector';
import { Locale, MessageKey, translate } from '../common/i18n/i18n';
import { renderMarkdown } from '../common/markdown/markdown';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { formatDate, formatDateTime, isoDateTime } from '../common/views/format';
import { paginate } from '../common/views/pagination';
import type { Edition } from '../scheduling/edition.entity';
import type { Meeting } from '../scheduling/meeting.entity';
import {
  CATALOGUE_PAGE_SIZE,
  CatalogueEntry,
  CatalogueFilter,
  CatalogueListEntry,
  ListEdition,
  PublicEdition,
} from './catalogue.service';
import { OFFERING_KINDS, OfferingKind } from './offering-kind';
import type { Offering } from './offering.entity';

/** Shapes the public catalogue for its views: labels, Dutch dates, seats, JSON-LD. */

export interface Province {
  code: string;
  name: string;
}

export interface TimeView {
  /** for <time datetime> */
  iso: string;
  text: string;
}

export interface DateRangeView {
  text: string;
  start: TimeView;
  /** absent when the edition starts and ends on the same day (in Amsterdam) */
  end: TimeView | null;
}

export type RegistrationState = 'open' | 'notYetOpen' | 'closed';

export function kindLabel(kind: OfferingKind): MessageKey {
  return `catalogue.kind.${kind}`;
}

export function kindOptions(selected?: string) {
  return OFFERING_KINDS.map((value) => ({
    value,
    label: kindLabel(value),
    selected: value === selected,
  }));
}

/** A day: `<time datetime="2026-12-03">3 december 2026</time>` (the date in Amsterdam). */
function dayView(d: Date, locale: Locale): TimeView {
  return { iso: toAmsterdamParts(d).date, text: formatDate(d, locale) };
}

/** "3 december 2026", or "3 december 2026 – 4 februari 2027" when it spans several days. */
export function dateRange(
  start: Date | null,
  end: Date | null,
  locale: Locale,
): DateRangeView | null {
  if (!start) return null;
  const sameDay = !end || toAmsterdamParts(start).date === toAmsterdamParts(end).date;
  const from = dayView(start, locale);
  if (sameDay) return { text: from.text, start: from, end: null };
  const to = dayView(end, locale);
  return { text: `${from.text} – ${to.text}`, start: from, end: to };
}

export function seatsLeft(edition: Pick<Edition, 'capacity' | 'seatsTaken'>, locale: Locale) {
  const left = Math.max(0, edition.capacity - edition.seatsTaken);
  const label =
    left === 0
      ? translate(locale, 'catalogue.seats.full')
      : left === 1
        ? translate(locale, 'catalogue.seats.one')
        : translate(locale, 'catalogue.seats.many', { count: left });
  return { left, full: left === 0, label };
}

export function registrationState(
  edition: Pick<Edition, 'registrationOpensAt' | 'registrationClosesAt' | 'status'>,
  now: Date,
): RegistrationState {
  if (edition.status !== 'published') return 'closed';
  if (now.getTime() < edition.registrationOpensAt.getTime()) return 'notYetOpen';
  if (now.getTime() < edition.registrationClosesAt.getTime()) return 'open';
  return 'closed';
}

/** "Aanmelden kan van … tot …" / "Aanmelden opent op …" / "Aanmelden is gesloten" */
export function registrationWindow(
  edition: Pick<Edition, 'registrationOpensAt' | 'registrationClosesAt' | 'status'>,
  now: Date,
  locale: Locale,
) {
  const state = registrationState(edition, now);
  const opens = formatDateTime(edition.registrationOpensAt, locale);
  const closes = formatDateTime(edition.registrationClosesAt, locale);
  const text =
    state === 'open'
      ? translate(locale, 'catalogue.registration.open', { opens, closes })
      : state === 'notYetOpen'
        ? translate(locale, 'catalogue.registration.notYet', { opens })
        : translate(locale, 'catalogue.registration.closed');
  return { state, open: state === 'open', text };
}

/** The completion rule in words: what a participant must attend, and how excused absence counts. */
export function completionRule(
  offering: Pick<Offering, 'completionRule' | 'completionPercent' | 'excusedCounts'>,
  locale: Locale,
): string {
  const rule =
    offering.completionRule === 'min_percent' && offering.completionPercent !== null
      ? translate(locale, 'catalogue.completion.minPercent', {
          percent: offering.completionPercent,
        })
      : translate(locale, 'catalogue.completion.all');
  const excused = translate(
    locale,
    offering.excusedCounts
      ? 'catalogue.completion.excusedCounts'
      : 'catalogue.completion.excusedNotCounted',
  );
  return `${rule} ${excused}`;
}

/** Sector codes (stored comma-separated) → message keys, in the order of the sector list. */
export function audienceLabels(audience: string): MessageKey[] {
  const codes = new Set(audience.split(',').map((s) => s.trim()));
  return SECTORS.filter((s) => codes.has(s)).map((s): MessageKey => `sector.${s}`);
}

export function studyLoad(hours: number, locale: Locale): string {
  return hours === 1
    ? translate(locale, 'catalogue.hours.one')
    : translate(locale, 'catalogue.hours.many', { hours });
}

export function skjPoints(points: number, locale: Locale): string {
  if (points <= 0) return translate(locale, 'catalogue.skj.none');
  return points === 1
    ? translate(locale, 'catalogue.skj.one')
    : translate(locale, 'catalogue.skj.many', { points });
}

/** The next twelve months (from the current month in Amsterdam) for the month filter. */
export function monthOptions(now: Date, selected: string | undefined, locale: Locale) {
  const [year, month] = toAmsterdamParts(now).date.split('-').map(Number);
  const label = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const option = (y: number, m: number) => {
    const value = `${y}-${String(m).padStart(2, '0')}`;
    return { value, label: label.format(Date.UTC(y, m - 1, 15)), selected: value === selected };
  };
  const options = [];
  for (let i = 0; i < 12; i++) {
    const index = month - 1 + i;
    options.push(option(year + Math.floor(index / 12), (index % 12) + 1));
  }
  // a month from a shared link outside the list stays visible, so the form shows the filter in use
  if (selected && !options.some((o) => o.value === selected)) {
    const [y, m] = selected.split('-').map(Number);
    options.push(option(y, m));
    options.sort((a, b) => a.value.localeCompare(b.value));
  }
  return options;
}

/** One upcoming edition in a list: link, dates, region, seats, registration. */
export function editionSummary(
  edition: ListEdition,
  regions: ReadonlyMap<string, string>,
  now: Date,
  locale: Locale,
) {
  return {
    id: edition.id,
    href: `/uitvoeringen/${edition.id}`,
    title: edition.title,
    dates: dateRange(edition.startsAt, edition.endsAt, locale),
    region: edition.regionCode ? (regions.get(edition.regionCode) ?? null) : null,
    seats: seatsLeft(edition, locale),
    registration: registrationWindow(edition, now, locale),
  };
}

export function catalogueCard(
  entry: CatalogueListEntry,
  regions: ReadonlyMap<string, string>,
  now: Date,
  locale: Locale,
) {
  const { offering } = entry;
  return {
    title: offering.title,
    href: `/aanbod/${encodeURIComponent(offering.slug)}`,
    kindLabel: kindLabel(offering.kind),
    summary: offering.summary,
    editions: entry.editions.map((e) => editionSummary(e, regions, now, locale)),
    moreEditions: Math.max(0, entry.editionCount - entry.editions.length),
  };
}

/** The whole model of /aanbod: filter form, results count, cards, pagination. */
export function catalogueIndex(input: {
  entries: CatalogueListEntry[];
  total: number;
  filter: CatalogueFilter;
  provinces: Province[];
  now: Date;
  locale: Locale;
}) {
  const { entries, total, filter, provinces, now, locale } = input;
  const regions = new Map(provinces.map((p) => [p.code, p.name]));
  const query = {
    soort: filter.kind,
    provincie: filter.region,
    maand: filter.month?.value,
    plekken: filter.placesLeft ? '1' : undefined,
  };
  return {
    pageTitle: 'catalogue.title',
    filter: {
      ...query,
      placesLeft: !!filter.placesLeft,
      active: !!(filter.kind || filter.region || filter.month || filter.placesLeft),
    },
    kinds: kindOptions(filter.kind),
    provinces: provinces.map((p) => ({ ...p, selected: p.code === filter.region })),
    months: monthOptions(now, filter.month?.value, locale),
    count:
      total === 1
        ? translate(locale, 'catalogue.count.one')
        : translate(locale, 'catalogue.count.many', { count: total }),
    cards: entries.map((e) => catalogueCard(e, regions, now, locale)),
    pagination: paginate('/aanbod', query, filter.page, CATALOGUE_PAGE_SIZE, total),
  };
}

export function offeringDetail(offering: Offering, locale: Locale) {
  return {
    title: offering.title,
    href: `/aanbod/${encodeURIComponent(offering.slug)}`,
    kindLabel: kindLabel(offering.kind),
    summary: offering.summary,
    descriptionHtml: renderMarkdown(offering.description),
    audience: audienceLabels(offering.audience).map((label) => ({ label })),
    studyLoad: studyLoad(offering.studyLoadHours, locale),
    skjPoints: skjPoints(offering.skjPoints, locale),
    completion: completionRule(offering, locale),
    approval: translate(
      locale,
      offering.requiresApproval ? 'catalogue.approval.required' : 'catalogue.approval.none',
    ),
    requiresApproval: offering.requiresApproval,
  };
}

/** The model of /aanbod/:slug. */
export function offeringPage(input: {
  entry: CatalogueEntry;
  provinces: Province[];
  baseUrl: string;
  now: Date;
  locale: Locale;
}) {
  const { entry, provinces, baseUrl, now, locale } = input;
  const regions = new Map(provinces.map((p) => [p.code, p.name]));
  return {
    pageTitle: entry.offering.title,
    offering: offeringDetail(entry.offering, locale),
    editions: entry.editions.map((e) => editionSummary(e, regions, now, locale)),
    jsonLd: jsonLdScript(courseJsonLd(entry, baseUrl)),
  };
}

function hhmm(d: Date): TimeView {
  return { iso: isoDateTime(d), text: toAmsterdamParts(d).time };
}

/** A meeting without a location name is an online one (the meeting form stores one or the other). */
function isOnline(meeting: Pick<Meeting, 'locationName'>): boolean {
  return !meeting.locationName;
}

export function meetingRow(meeting: Meeting, locale: Locale, showOnlineLink = false) {
  const online = isOnline(meeting);
  return {
    date: dayView(meeting.startsAt, locale),
    start: hhmm(meeting.startsAt),
    end: hhmm(meeting.endsAt),
    // The meeting link itself is not public: participants get it with their enrolment.
    online,
    onlineUrl: online && showOnlineLink ? meeting.onlineUrl : null,
    locationName: meeting.locationName,
    address: meeting.address,
    municipality: meeting.municipality?.name ?? null,
  };
}

/** The model of /uitvoeringen/:id. */
export function editionPage(input: {
  detail: PublicEdition;
  baseUrl: string;
  now: Date;
  locale: Locale;
  /** For a participant with a place: show the online meeting links. */
  showOnlineLinks?: boolean;
}) {
  const { detail, baseUrl, now, locale } = input;
  const { edition, meetings, trainers } = detail;
  const offering = edition.offering;
  return {
    pageTitle: translate(locale, 'catalogue.edition.pageTitle', {
      edition: edition.title,
      offering: offering.title,
    }),
    offering: {
      title: offering.title,
      href: `/aanbod/${encodeURIComponent(offering.slug)}`,
      kindLabel: kindLabel(offering.kind),
    },
    edition: {
      id: edition.id,
      title: edition.title,
      region: edition.region?.name ?? null,
      dates: dateRange(edition.startsAt, edition.endsAt, locale),
      seats: seatsLeft(edition, locale),
      registration: registrationWindow(edition, now, locale),
      completed: edition.status === 'completed',
      notes: edition.notes.trim(),
    },
    meetings: meetings.map((m) => meetingRow(m, locale, input.showOnlineLinks)),
    trainers: trainers.map((t) => t.name),
    jsonLd: jsonLdScript(editionJsonLd(detail, baseUrl)),
  };
}

/* ---- schema.org JSON-LD ---------------------------------------------------------- */

const SCHEMA = 'https://schema.org';

function provider(baseUrl: string) {
  return { '@type': 'Organization', name: 'Platform JEP', url: `${baseUrl}/` };
}

function offer(edition: Edition, url: string) {
  return {
    '@type': 'Offer',
    url,
    availability: `${SCHEMA}/${edition.capacity - edition.seatsTaken > 0 ? 'InStock' : 'SoldOut'}`,
    validFrom: isoDateTime(edition.registrationOpensAt),
    validThrough: isoDateTime(edition.registrationClosesAt),
  };
}

function courseInstance(edition: Edition, offering: Offering, baseUrl: string) {
  const url = `${baseUrl}/uitvoeringen/${edition.id}`;
  return {
    '@type': 'CourseInstance',
    name: edition.title,
    url,
    ...(edition.startsAt ? { startDate: isoDateTime(edition.startsAt) } : {}),
    ...(edition.endsAt ? { endDate: isoDateTime(edition.endsAt) } : {}),
    courseWorkload: `PT${offering.studyLoadHours}H`,
    maximumAttendeeCapacity: edition.capacity,
    remainingAttendeeCapacity: Math.max(0, edition.capacity - edition.seatsTaken),
    offers: offer(edition, url),
  };
}

function course(offering: Offering, baseUrl: string) {
  return {
    '@context': SCHEMA,
    '@type': 'Course',
    name: offering.title,
    description: offering.summary,
    url: `${baseUrl}/aanbod/${encodeURIComponent(offering.slug)}`,
    inLanguage: 'nl',
    provider: provider(baseUrl),
  };
}

/** /aanbod/:slug — the offering as a Course with its upcoming editions as instances. */
export function courseJsonLd(entry: CatalogueEntry, baseUrl: string) {
  return {
    ...course(entry.offering, baseUrl),
    hasCourseInstance: entry.editions.map((e) => courseInstance(e, entry.offering, baseUrl)),
  };
}

/** onsite, online or blended, from where the meetings take place. */
export function courseMode(meetings: Pick<Meeting, 'locationName'>[]): string | null {
  if (!meetings.length) return null;
  const online = meetings.filter(isOnline).length;
  return online === 0 ? 'onsite' : online === meetings.length ? 'online' : 'blended';
}

function locations(meetings: Meeting[]) {
  const seen = new Set<string>();
  const out: Record<string, unknown>[] = [];
  for (const m of meetings) {
    const place = m.locationName // i.e. not isOnline(m)
      ? {
          '@type': 'Place',
          name: m.locationName,
          address: {
            '@type': 'PostalAddress',
            ...(m.address ? { streetAddress: m.address } : {}),
            ...(m.municipality ? { addressLocality: m.municipality.name } : {}),
            addressCountry: 'NL',
          },
        }
      : // no url: the meeting link is for participants only
        { '@type': 'VirtualLocation' };
    const key = JSON.stringify(place);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(place);
    }
  }
  return out;
}

const ATTENDANCE_MODE: Record<string, string> = {
  onsite: 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  blended: 'MixedEventAttendanceMode',
};

/** /uitvoeringen/:id — the Course with this one edition as its CourseInstance. */
export function editionJsonLd(detail: PublicEdition, baseUrl: string) {
  const { edition, meetings, trainers } = detail;
  const mode = courseMode(meetings);
  const places = locations(meetings);
  const instance = {
    ...courseInstance(edition, edition.offering, baseUrl),
    ...(mode
      ? { courseMode: mode, eventAttendanceMode: `${SCHEMA}/${ATTENDANCE_MODE[mode]}` }
      : {}),
    eventStatus: `${SCHEMA}/EventScheduled`,
    ...(places.length ? { location: places.length === 1 ? places[0] : places } : {}),
    ...(trainers.length
      ? { instructor: trainers.map((t) => ({ '@type': 'Person', name: t.name })) }
      : {}),
  };
  return { ...course(edition.offering, baseUrl), hasCourseInstance: [instance] };
}

/**
 * JSON for inside <script type="application/ld+json">: `<`, `>` and `&` are written as \u
 * escapes, so no stored text can close the script element or open a comment; JSON.parse reads
 * the same values back.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
