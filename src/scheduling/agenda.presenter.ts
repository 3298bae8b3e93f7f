import type { Locale } from '../common/i18n/i18n';
import { fromAmsterdam, toAmsterdamParts } from '../common/views/amsterdam-time';
import { dateFormatter, formatDate } from '../common/views/format';
import type { AgendaFilter, AgendaFilterOptions, AgendaMeeting } from './agenda.service';
import {
  addDays,
  addMonths,
  amsterdamDate,
  firstOfMonth,
  isoWeek,
  LocalDate,
  monthGrid,
  monthGridPeriod,
  monthOf,
  parseLocalDate,
  parseLocalMonth,
  Period,
  startOfIsoWeek,
  weekDays,
  weekPeriod,
} from './calendar';
import { fillRate } from './edition-admin.presenter';
import type { Edition } from './edition.entity';
import { EDITION_STATUSES, EditionStatus } from './edition-status';

/** The agenda's two views, named as in the URL (`?weergave=maand|week`). */
export type AgendaView = 'maand' | 'week';

export interface AgendaQuery {
  view: AgendaView;
  /** A day in the period shown; for `datum=YYYY-MM` today when that is the current month, else its first day. */
  date: LocalDate;
  filter: AgendaFilter;
}

/** The agenda's Intl formats, made once each (see dateFormatter). */
const formatter = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  dateFormatter(locale, `agenda:${Object.entries(options).flat().join(',')}`, options);

/** A local date as an instant that lies on that day in Amsterdam, to format it. */
const noon = (date: LocalDate) => fromAmsterdam(date, '12:00')!;
const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** "december 2026", as in a sentence */
export function monthName(date: LocalDate, locale: Locale): string {
  return formatter(locale, { month: 'long', year: 'numeric' }).format(noon(date));
}

/** "December 2026", as a heading */
export function monthLabel(date: LocalDate, locale: Locale): string {
  return capitalise(monthName(date, locale));
}

/** "maandag 30 november" */
export function dayLabel(date: LocalDate, locale: Locale): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(noon(date));
}

/** "maandag 30 november 2026" */
export function longDate(date: LocalDate, locale: Locale): string {
  return formatter(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(noon(date));
}

/** "30 november – 6 december 2026", "7 – 13 december 2026", "28 december 2026 – 3 januari 2027" */
export function weekRange(monday: LocalDate, locale: Locale): string {
  const sunday = addDays(monday, 6);
  const end = formatDate(noon(sunday), locale);
  if (monday.slice(0, 4) !== sunday.slice(0, 4))
    return `${formatDate(noon(monday), locale)} – ${end}`;
  if (monthOf(monday) !== monthOf(sunday)) {
    return `${formatter(locale, { day: 'numeric', month: 'long' }).format(noon(monday))} – ${end}`;
  }
  return `${Number(monday.slice(8))} – ${end}`;
}

/** Monday to Sunday: the short name shown and the full name for the abbreviation. */
export function dayNames(locale: Locale): { short: string; long: string }[] {
  return weekDays('2026-11-30').map((d) => ({
    short: formatter(locale, { weekday: 'short' }).format(noon(d)).replace(/\.$/, ''),
    long: formatter(locale, { weekday: 'long' }).format(noon(d)),
  }));
}

function positiveId(value: unknown): number | null {
  return typeof value === 'string' && /^\d{1,9}$/.test(value) && Number(value) > 0
    ? Number(value)
    : null;
}

/** The filter from the query string; anything that is not one of the choices is ignored. */
export function parseAgendaFilter(
  query: Record<string, unknown>,
  options: AgendaFilterOptions,
): AgendaFilter {
  const filter: AgendaFilter = {};
  const offeringId = positiveId(query.aanbod);
  if (offeringId && options.offerings.some((o) => o.id === offeringId))
    filter.offeringId = offeringId;
  const trainerId = positiveId(query.trainer);
  if (trainerId && options.trainers.some((t) => t.id === trainerId)) filter.trainerId = trainerId;
  if (typeof query.regio === 'string' && options.regions.some((r) => r.code === query.regio))
    filter.region = query.regio;
  return filter;
}

/**
 * `?weergave=maand&datum=2026-12` or `?weergave=week&datum=2026-12-03` (any day of the week).
 * Either view takes either form of `datum`; what cannot be read shows today.
 */
export function parseAgendaQuery(
  query: Record<string, unknown>,
  today: LocalDate,
  options: AgendaFilterOptions,
): AgendaQuery {
  const view: AgendaView = query.weergave === 'week' ? 'week' : 'maand';
  let date = parseLocalDate(query.datum);
  if (!date) {
    const month = parseLocalMonth(query.datum);
    date = month ? (month === monthOf(today) ? today : firstOfMonth(month)) : today;
  }
  return { view, date, filter: parseAgendaFilter(query, options) };
}

function filterParams(filter: AgendaFilter): Record<string, string | undefined> {
  return {
    aanbod: filter.offeringId?.toString(),
    trainer: filter.trainerId?.toString(),
    regio: filter.region,
  };
}

/** A link to the agenda that keeps the filter. Without `datum` it shows today. */
export function agendaHref(view: AgendaView, datum: string | null, filter: AgendaFilter): string {
  const params = new URLSearchParams({ weergave: view });
  if (datum) params.set('datum', datum);
  for (const [k, v] of Object.entries(filterParams(filter))) if (v) params.set(k, v);
  return `/beheer?${params.toString()}`;
}

function locationOf(a: AgendaMeeting): string | null {
  const m = a.meeting;
  if (!m.locationName && m.onlineUrl) return null;
  return [m.locationName, m.municipality?.name].filter(Boolean).join(', ') || null;
}

/** One meeting in the agenda: times in Amsterdam, a link to its edition. */
export function meetingItem(a: AgendaMeeting, trainers?: string[]) {
  const location = locationOf(a);
  return {
    href: `/beheer/uitvoeringen/${a.edition.id}`,
    start: toAmsterdamParts(a.meeting.startsAt).time,
    end: toAmsterdamParts(a.meeting.endsAt).time,
    startIso: a.meeting.startsAt.toISOString(),
    endIso: a.meeting.endsAt.toISOString(),
    offeringTitle: a.offeringTitle,
    editionTitle: a.edition.title,
    location,
    online: location === null,
    trainers: trainers?.length ? trainers.join(', ') : null,
  };
}

/** Meetings by the Amsterdam date they start on. */
export function byDay(meetings: AgendaMeeting[]): Map<LocalDate, AgendaMeeting[]> {
  const days = new Map<LocalDate, AgendaMeeting[]>();
  for (const a of meetings) {
    const day = amsterdamDate(a.meeting.startsAt);
    days.set(day, [...(days.get(day) ?? []), a]);
  }
  return days;
}

// In the view models a day is `isoDate`: `date` is the name of a Handlebars helper.

export interface AgendaPageInput {
  query: AgendaQuery;
  today: LocalDate;
  meetings: AgendaMeeting[];
  /** trainer names by edition (the week view) */
  trainers?: Map<number, string[]>;
  options: AgendaFilterOptions;
  locale: Locale;
}

/** The staff agenda's view model: period heading and links, the filter form, the month grid or the week's days. */
export function agendaPage({ query, today, meetings, trainers, options, locale }: AgendaPageInput) {
  const { view, date, filter } = query;
  const days = byDay(meetings);
  const params = filterParams(filter);
  const base = {
    view,
    isMonth: view === 'maand',
    isWeek: view === 'week',
    count: meetings.length,
    filter: {
      view,
      aanbod: params.aanbod ?? '',
      trainer: params.trainer ?? '',
      regio: params.regio ?? '',
    },
    offerings: options.offerings.map((o) => ({ value: String(o.id), label: o.title })),
    trainers: options.trainers.map((t) => ({ value: String(t.id), label: t.name })),
    regions: options.regions.map((r) => ({ value: r.code, label: r.name })),
  };

  if (view === 'maand') {
    const month = monthOf(date);
    const grid = monthGrid(month);
    return {
      ...base,
      datum: month,
      heading: monthLabel(firstOfMonth(month), locale),
      period: monthName(firstOfMonth(month), locale),
      weekNumber: null,
      weekRange: null,
      previous: {
        href: agendaHref('maand', addMonths(month, -1), filter),
        label: 'agenda.nav.previousMonth',
        target: monthName(firstOfMonth(addMonths(month, -1)), locale),
      },
      next: {
        href: agendaHref('maand', addMonths(month, 1), filter),
        label: 'agenda.nav.nextMonth',
        target: monthName(firstOfMonth(addMonths(month, 1)), locale),
      },
      todayHref: agendaHref('maand', null, filter),
      monthHref: agendaHref('maand', month, filter),
      weekHref: agendaHref('week', date, filter),
      week: null,
      month: {
        dayNames: dayNames(locale),
        weeks: grid.map((w) => ({
          week: w.week,
          days: w.days.map((d) => ({
            isoDate: d.date,
            day: d.day,
            label: longDate(d.date, locale),
            inMonth: d.inMonth,
            isToday: d.date === today,
            meetings: (days.get(d.date) ?? []).map((a) => meetingItem(a)),
          })),
        })),
      },
    };
  }

  const monday = startOfIsoWeek(date);
  const { week } = isoWeek(monday);
  const dates = weekDays(monday);
  // a week away from today belongs to the month of its Thursday (as ISO 8601 has it for years)
  const monthAnchor = dates.includes(today) ? today : dates[3];
  return {
    ...base,
    datum: monday,
    heading: null,
    period: null,
    weekNumber: week,
    weekRange: weekRange(monday, locale),
    previous: {
      href: agendaHref('week', addDays(monday, -7), filter),
      label: 'agenda.nav.previousWeek',
      target: weekRange(addDays(monday, -7), locale),
    },
    next: {
      href: agendaHref('week', addDays(monday, 7), filter),
      label: 'agenda.nav.nextWeek',
      target: weekRange(addDays(monday, 7), locale),
    },
    todayHref: agendaHref('week', null, filter),
    monthHref: agendaHref('maand', monthOf(monthAnchor), filter),
    weekHref: agendaHref('week', monday, filter),
    month: null,
    week: {
      days: dates.map((d) => ({
        isoDate: d,
        label: capitalise(dayLabel(d, locale)),
        isToday: d === today,
        meetings: (days.get(d) ?? []).map((a) => meetingItem(a, trainers?.get(a.edition.id) ?? [])),
      })),
    },
  };
}

/** The editions list's filter: status, offering and whether past editions are shown (`alles=1`). */
export function parseEditionQuery(
  query: Record<string, unknown>,
  offerings: AgendaFilterOptions['offerings'],
) {
  const status = (EDITION_STATUSES as readonly string[]).includes(query.status as string)
    ? (query.status as EditionStatus)
    : undefined;
  const offeringId = positiveId(query.aanbod);
  return {
    status,
    offeringId: offeringId && offerings.some((o) => o.id === offeringId) ? offeringId : undefined,
    upcomingOnly: query.alles !== '1',
  };
}

/** One row of the editions list: dates in Amsterdam, the Dutch status and "12 / 20 (60%)". */
export function editionRow(e: Edition & { offering: { title: string } }, locale: Locale) {
  const { percent } = fillRate(e);
  return {
    id: e.id,
    href: `/beheer/uitvoeringen/${e.id}`,
    title: e.title,
    offeringTitle: e.offering.title,
    first: e.startsAt
      ? { date: amsterdamDate(e.startsAt), label: formatDate(e.startsAt, locale) }
      : null,
    last: e.endsAt ? { date: amsterdamDate(e.endsAt), label: formatDate(e.endsAt, locale) } : null,
    status: e.status,
    statusLabel: `editions.status.${e.status}`,
    taken: e.seatsTaken,
    capacity: e.capacity,
    percent,
    full: e.seatsTaken >= e.capacity,
  };
}

export function statusOptions() {
  return EDITION_STATUSES.map((value) => ({ value, label: `editions.status.${value}` }));
}

/** A trainer's upcoming meeting on their dashboard. */
export function trainerMeetingRow(a: AgendaMeeting, locale: Locale) {
  const isoDate = amsterdamDate(a.meeting.startsAt);
  return { ...meetingItem(a), isoDate, dateLabel: longDate(isoDate, locale) };
}

/** The instants the query's view shows: the whole month grid, or the week. */
export function agendaPeriod(query: AgendaQuery): Period {
  return query.view === 'maand' ? monthGridPeriod(monthOf(query.date)) : weekPeriod(query.date);
}
