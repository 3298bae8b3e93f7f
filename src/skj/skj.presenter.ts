import { csvDate, toCsv } from '../attendance/csv';
import { dateRange } from '../catalogue/catalogue.presenter';
import { Locale, translate } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import type { SkjCertificate, SkjOverview } from './skj-points';
import type { EditionSkj } from './skj-points.service';

export const MY_SKJ_PATH = '/mijn/skj-punten';

/** A local date (YYYY-MM-DD) written the page's way: "3 december 2026". */
export function localDate(isoDate: string, locale: Locale): string {
  // noon UTC is the same calendar day in Amsterdam, winter and summer
  return formatDate(new Date(`${isoDate}T12:00:00Z`), locale);
}

function certificateRow(c: SkjCertificate, locale: Locale) {
  return {
    id: c.id,
    code: c.code,
    date: localDate(c.endsOn, locale),
    isoDate: c.endsOn,
    offeringTitle: c.offeringTitle,
    editionTitle: c.editionTitle,
    hours: c.studyLoadHours,
    points: c.skjPoints,
    inPeriod: c.inPeriod,
    verifyHref: `/certificaten/${encodeURIComponent(c.code)}`,
    pdfHref: `/mijn/certificaten/${c.id}.pdf`,
  };
}

function periodView(overview: SkjOverview, locale: Locale) {
  return {
    from: localDate(overview.period.from, locale),
    fromIso: overview.period.from,
    to: localDate(overview.period.to, locale),
    toIso: overview.period.to,
    points: overview.period.points,
    certificates: overview.period.certificates,
  };
}

/** GET /mijn/skj-punten: points per year, the five-year total, the certificates behind them. */
export function skjOverviewPage(overview: SkjOverview, locale: Locale) {
  return {
    pageTitle: 'skj.mine.title',
    skjNumber: overview.skjNumber,
    profileHref: '/mijn/profiel#field-skjNumber',
    period: periodView(overview, locale),
    years: overview.years,
    certificates: overview.certificates.map((c) => certificateRow(c, locale)),
    hasCertificates: overview.certificates.length > 0,
    csvHref: `${MY_SKJ_PATH}.csv`,
  };
}

/**
 * The model of the summary partial on /mijn (`views/partials/skj/summary.hbs`): the years of the
 * five-year period with points, the total and a link to the full page. In the dashboard:
 *
 *   skj: skjSummary(await skjPoints.forUser(user.id, new Date()), locale)   // controller
 *   {{> skj/summary skj}}                                                    // view
 */
export function skjSummary(overview: SkjOverview, locale: Locale) {
  const firstYear = Number(overview.period.from.slice(0, 4));
  return {
    period: periodView(overview, locale),
    // a year that only partly falls in the period shows all its points; the total is exact
    years: overview.years
      .filter((y) => y.year >= firstYear)
      .map((y) => ({ year: y.year, points: y.points })),
    total: overview.period.points,
    hasPoints: overview.period.certificates > 0,
    href: MY_SKJ_PATH,
  };
}

/** GET /mijn/skj-punten.csv: one's own valid certificates, for one's own records or SKJ. */
export function skjOverviewCsv(overview: SkjOverview, baseUrl: string, locale: Locale): string {
  const header = ['date', 'offering', 'edition', 'hours', 'points', 'code', 'verify'].map((k) =>
    translate(locale, `skj.csv.${k}`),
  );
  const rows = overview.certificates.map((c) => [
    csvDate(c.endsOn),
    c.offeringTitle,
    c.editionTitle,
    c.studyLoadHours,
    c.skjPoints,
    c.code,
    `${baseUrl}/certificaten/${encodeURIComponent(c.code)}`,
  ]);
  return toCsv([header, ...rows]);
}

/** attachment; filename="skj-punten-<today>.csv" */
export function skjOverviewCsvFilename(overview: SkjOverview): string {
  return `skj-punten-${overview.period.to}.csv`;
}

/** GET /beheer/uitvoeringen/:id/skj: who of the edition can be reported to the register. */
export function skjEditionPage(data: EditionSkj, locale: Locale) {
  const { edition } = data;
  const base = `/beheer/uitvoeringen/${edition.id}`;
  return {
    pageTitle: translate(locale, 'skj.edition.title', {
      offering: edition.offering.title,
      edition: edition.title,
    }),
    edition: {
      id: edition.id,
      title: edition.title,
      offeringTitle: edition.offering.title,
      skjPoints: edition.offering.skjPoints,
      dates: dateRange(edition.startsAt, edition.endsAt, locale),
      href: base,
    },
    rows: data.rows.map((r) => ({
      name: r.name,
      skjNumber: r.skjNumber,
      points: r.points,
      code: r.code,
      verifyHref: `/certificaten/${encodeURIComponent(r.code)}`,
      date: localDate(r.endsOn, locale),
      isoDate: r.endsOn,
    })),
    count: data.rows.length,
    withoutNumber: data.withoutNumber,
    csvHref: `${base}/skj.csv`,
  };
}

/** The columns SKJ asks for, in the register's own (Dutch) words whatever the page language. */
export const REGISTER_COLUMNS = [
  'SKJ-registratienummer',
  'Naam',
  'Activiteit',
  'Datum afronding',
  'Punten',
  'Certificaatnummer',
] as const;

/**
 * GET /beheer/uitvoeringen/:id/skj.csv: one line per participant with a valid certificate and an
 * SKJ number, ready to send to the register. Without a number the register cannot book the
 * points, so those participants are left out (the page says how many).
 */
export function skjEditionCsv(data: EditionSkj): string {
  const rows = data.rows
    .filter((r) => r.skjNumber)
    .map((r) => [r.skjNumber, r.name, r.offeringTitle, csvDate(r.endsOn), r.points, r.code]);
  return toCsv([[...REGISTER_COLUMNS], ...rows]);
}

/** attachment; filename="skj-<offering slug>-<edition id>.csv" (ASCII only). */
export function skjEditionCsvFilename(data: EditionSkj): string {
  const slug = data.edition.offering.slug.replace(/[^a-z0-9-]/g, '').slice(0, 60) || 'uitvoering';
  return `skj-${slug}-${data.edition.id}.csv`;
}
