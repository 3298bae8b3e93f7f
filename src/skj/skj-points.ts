import { toAmsterdamParts } from '../common/views/amsterdam-time';
import type { Certificate } from '../certificates/certificate.entity';

/** An SKJ registration period (registratieperiode) lasts five years. */
export const PERIOD_YEARS = 5;

/** What the SKJ overview needs of a certificate (all frozen at issue). */
export type SkjCertificateSource = Pick<
  Certificate,
  | 'id'
  | 'code'
  | 'offeringTitle'
  | 'editionTitle'
  | 'startsOn'
  | 'endsOn'
  | 'studyLoadHours'
  | 'skjPoints'
  | 'revokedAt'
>;

export interface SkjCertificate {
  id: number;
  code: string;
  offeringTitle: string;
  editionTitle: string;
  startsOn: string;
  /** The date the training was completed: its last meeting day, YYYY-MM-DD (Amsterdam). */
  endsOn: string;
  studyLoadHours: number;
  skjPoints: number;
  /** Does it count in the five-year period? */
  inPeriod: boolean;
}

export interface SkjYear {
  year: number;
  points: number;
  certificates: number;
}

export interface SkjPeriod {
  /** YYYY-MM-DD, both inclusive */
  from: string;
  to: string;
  points: number;
  certificates: number;
}

export interface SkjOverview {
  /** The number on the person's profile now (null: not given). */
  skjNumber: string | null;
  /** Calendar years with at least one valid certificate, newest first. */
  years: SkjYear[];
  period: SkjPeriod;
  /** Valid certificates, newest completion first. */
  certificates: SkjCertificate[];
}

/** An SKJ number as given, or null for nothing or white space. */
export function skjNumberOrNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed || null;
}

/**
 * The five-year window ending today (Amsterdam), from the same date five years ago; both days
 * count. The platform does not know when someone's SKJ registration period started (SKJ keeps
 * that), so this is the window the page explains. 29 February five years back is 28 February.
 */
export function registrationWindow(now: Date): { from: string; to: string } {
  const to = toAmsterdamParts(now).date;
  const year = Number(to.slice(0, 4)) - PERIOD_YEARS;
  let monthDay = to.slice(5);
  if (monthDay === '02-29' && !isLeapYear(year)) monthDay = '02-28';
  return { from: `${String(year).padStart(4, '0')}-${monthDay}`, to };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Points per year and in the five-year period, from someone's certificates. Revoked ones never
 * count (the service does not load them; this guards anyway).
 *
 * A certificate counts in the year, and in the period, of its end date (`endsOn`, the last
 * meeting): that is when the training was completed and the points were earned, and what SKJ
 * asks for as "datum afronding". The issue date can be later (finalising takes a while, a
 * correction is issued by hand months after), and a training that runs over New Year would
 * otherwise count in the year it started, before it was completed.
 */
export function summarisePoints(
  skjNumber: string | null,
  certificates: readonly SkjCertificateSource[],
  now: Date,
): SkjOverview {
  const window = registrationWindow(now);
  const valid = certificates
    .filter((c) => !c.revokedAt)
    .map((c): SkjCertificate => ({
      id: c.id,
      code: c.code,
      offeringTitle: c.offeringTitle,
      editionTitle: c.editionTitle,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      studyLoadHours: c.studyLoadHours,
      skjPoints: c.skjPoints,
      // YYYY-MM-DD strings compare as dates
      inPeriod: c.endsOn >= window.from && c.endsOn <= window.to,
    }))
    .sort((a, b) => (a.endsOn === b.endsOn ? b.id - a.id : a.endsOn < b.endsOn ? 1 : -1));
  const byYear = new Map<number, SkjYear>();
  for (const c of valid) {
    const year = Number(c.endsOn.slice(0, 4));
    const entry = byYear.get(year) ?? { year, points: 0, certificates: 0 };
    entry.points += c.skjPoints;
    entry.certificates += 1;
    byYear.set(year, entry);
  }
  const counted = valid.filter((c) => c.inPeriod);
  return {
    skjNumber: skjNumberOrNull(skjNumber),
    years: [...byYear.values()].sort((a, b) => b.year - a.year),
    period: {
      ...window,
      points: counted.reduce((sum, c) => sum + c.skjPoints, 0),
      certificates: counted.length,
    },
    certificates: valid,
  };
}
