import type { ReportPeriod } from '../common/period';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { toAmsterdamParts } from '../common/views/amsterdam-time';
import { rawDate, rawDateOrNull, rawInt } from '../database/raw';
import { AdviceRequest } from './advice-request.entity';
import type { AdviceStatus } from './advice-status';
import { DurationSummary, summarise } from './percentiles';
import { workingDaysBetween } from './working-days';

export interface CountRow {
  key: string;
  nameNl: string;
  nameEn: string;
  count: number;
}

export interface DurationReport {
  workingDays: DurationSummary;
  calendarDays: DurationSummary;
}

/** Follow-up comments are shown (without any reference) only from this many answers on. */
export const COMMENTS_FROM_ANSWERS = 5;

export interface AdviceReport {
  period: ReportPeriod;
  total: number;
  topics: CountRow[];
  municipalities: CountRow[];
  provinces: CountRow[];
  /** Every month of the period, `YYYY-MM`, also those without requests. */
  months: { month: string; count: number }[];
  firstResponse: DurationReport;
  closing: DurationReport;
  /** Per status (open ones too), for the outcomes table. */
  statuses: Partial<Record<AdviceStatus, number>>;
  referrals: { destination: string; count: number }[];
  followUp: {
    answers: number;
    mean: number | null;
    /** Answers per score 1–5. */
    distribution: { score: number; count: number }[];
    /** Comments, sorted alphabetically, only when there are at least COMMENTS_FROM_ANSWERS answers. */
    comments: string[];
  };
}

const DAY_MS = 86_400_000;

/** Whole days between the Amsterdam dates of two moments (0 on the same day). */
export function calendarDaysBetween(from: Date, to: Date): number {
  const a = Date.parse(`${toAmsterdamParts(from).date}T00:00:00Z`);
  const b = Date.parse(`${toAmsterdamParts(to).date}T00:00:00Z`);
  return Math.max(0, Math.round((b - a) / DAY_MS));
}

/** The months `YYYY-MM` from the month of `from` to that of `to`, both included. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (key > last) return months;
    months.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

function durations(pairs: [Date, Date][]): DurationReport {
  return {
    workingDays: summarise(pairs.map(([a, b]) => workingDaysBetween(a, b))),
    calendarDays: summarise(pairs.map(([a, b]) => calendarDaysBetween(a, b))),
  };
}

/**
 * The Advies op Maat reports for staff. A request belongs to the period by the moment it entered
 * the queue (`submitted_at`); unconfirmed visitors' requests are not counted. Anonymised requests
 * count like any other: topic, municipality, dates and outcome are kept for this. Counts are
 * grouped in SQL; response and closing times and the months (Amsterdam calendar) are computed
 * from the period's dates.
 */
@Injectable()
export class AdviceReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(period: ReportPeriod): Promise<AdviceReport> {
    const [topics, municipalities, provinces, statuses, referrals, dates, followUp] =
      await Promise.all([
        this.topics(period),
        this.municipalities(period),
        this.provinces(period),
        this.statuses(period),
        this.referrals(period),
        this.dates(period),
        this.followUp(period),
      ]);
    const perMonth = new Map(monthsOf(period.from, period.to).map((m) => [m, 0]));
    for (const d of dates) {
      const month = toAmsterdamParts(d.submittedAt).date.slice(0, 7);
      if (perMonth.has(month)) perMonth.set(month, perMonth.get(month)! + 1);
    }
    return {
      period,
      total: dates.length,
      topics,
      municipalities,
      provinces,
      months: [...perMonth].map(([month, count]) => ({ month, count })),
      firstResponse: durations(
        dates.filter((d) => d.firstResponseAt).map((d) => [d.submittedAt, d.firstResponseAt!]),
      ),
      closing: durations(dates.filter((d) => d.closedAt).map((d) => [d.submittedAt, d.closedAt!])),
      statuses,
      referrals,
      followUp,
    };
  }

  /** The period's requests (in the queue once): `r`. */
  private inPeriod(period: ReportPeriod): SelectQueryBuilder<AdviceRequest> {
    return this.dataSource
      .getRepository(AdviceRequest)
      .createQueryBuilder('r')
      .where("r.status <> 'unverified'")
      .andWhere('r.submitted_at >= :start AND r.submitted_at < :end', {
        start: period.start,
        end: period.end,
      });
  }

  private async topics(period: ReportPeriod): Promise<CountRow[]> {
    const rows = await this.inPeriod(period)
      .innerJoin('advice_topics', 't', 't.id = r.topic_id')
      .select('t.key', 'key')
      .addSelect('t.name_nl', 'nameNl')
      .addSelect('t.name_en', 'nameEn')
      .addSelect('MIN(t.position)', 'position')
      .addSelect('COUNT(*)', 'n')
      .groupBy('t.key')
      .addGroupBy('t.name_nl')
      .addGroupBy('t.name_en')
      .getRawMany<{ key: string; nameNl: string; nameEn: string; position: unknown; n: unknown }>();
    return rows
      .sort((a, b) => rawInt(a.position) - rawInt(b.position))
      .map((r) => ({ key: r.key, nameNl: r.nameNl, nameEn: r.nameEn, count: rawInt(r.n) }));
  }

  private async municipalities(period: ReportPeriod): Promise<CountRow[]> {
    const rows = await this.inPeriod(period)
      .innerJoin('municipalities', 'mu', 'mu.code = r.municipality_code')
      .select('mu.code', 'key')
      .addSelect('mu.name', 'name')
      .addSelect('COUNT(*)', 'n')
      .groupBy('mu.code')
      .addGroupBy('mu.name')
      .getRawMany<{ key: string; name: string; n: unknown }>();
    return byCountThenName(rows);
  }

  private async provinces(period: ReportPeriod): Promise<CountRow[]> {
    const rows = await this.inPeriod(period)
      .innerJoin('municipalities', 'mu', 'mu.code = r.municipality_code')
      .innerJoin('provinces', 'pv', 'pv.code = mu.province_code')
      .select('pv.code', 'key')
      .addSelect('pv.name', 'name')
      .addSelect('COUNT(*)', 'n')
      .groupBy('pv.code')
      .addGroupBy('pv.name')
      .getRawMany<{ key: string; name: string; n: unknown }>();
    return byCountThenName(rows);
  }

  private async statuses(period: ReportPeriod): Promise<Partial<Record<AdviceStatus, number>>> {
    const rows = await this.inPeriod(period)
      .select('r.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .groupBy('r.status')
      .getRawMany<{ status: AdviceStatus; n: unknown }>();
    return Object.fromEntries(rows.map((r) => [r.status, rawInt(r.n)]));
  }

  /** Where requests were referred to, grouped without regard to case or surrounding spaces. */
  private async referrals(period: ReportPeriod): Promise<{ destination: string; count: number }[]> {
    const rows = await this.inPeriod(period)
      .andWhere("r.status = 'referred' AND r.referred_to IS NOT NULL AND TRIM(r.referred_to) <> ''")
      .select('LOWER(TRIM(r.referred_to))', 'grouped')
      .addSelect('MIN(TRIM(r.referred_to))', 'destination')
      .addSelect('COUNT(*)', 'n')
      .groupBy('LOWER(TRIM(r.referred_to))')
      .getRawMany<{ destination: string; n: unknown }>();
    return rows
      .map((r) => ({ destination: r.destination, count: rawInt(r.n) }))
      .sort((a, b) => b.count - a.count || a.destination.localeCompare(b.destination, 'nl'));
  }

  private async dates(
    period: ReportPeriod,
  ): Promise<{ submittedAt: Date; firstResponseAt: Date | null; closedAt: Date | null }[]> {
    const rows = await this.inPeriod(period)
      .select('r.submitted_at', 'submittedAt')
      .addSelect('r.first_response_at', 'firstResponseAt')
      .addSelect('r.closed_at', 'closedAt')
      .getRawMany<{ submittedAt: unknown; firstResponseAt: unknown; closedAt: unknown }>();
    return rows.map((r) => ({
      submittedAt: rawDate(r.submittedAt),
      firstResponseAt: rawDateOrNull(r.firstResponseAt),
      closedAt: rawDateOrNull(r.closedAt),
    }));
  }

  private async followUp(period: ReportPeriod): Promise<AdviceReport['followUp']> {
    const rows = await this.inPeriod(period)
      .innerJoin('advice_follow_ups', 'f', 'f.request_id = r.id')
      .select('f.usefulness', 'score')
      .addSelect('COUNT(*)', 'n')
      .groupBy('f.usefulness')
      .getRawMany<{ score: unknown; n: unknown }>();
    const counts = new Map(rows.map((r) => [rawInt(r.score), rawInt(r.n)]));
    const distribution = [1, 2, 3, 4, 5].map((score) => ({ score, count: counts.get(score) ?? 0 }));
    const answers = distribution.reduce((sum, d) => sum + d.count, 0);
    const mean = answers
      ? distribution.reduce((sum, d) => sum + d.score * d.count, 0) / answers
      : null;
    let comments: string[] = [];
    if (answers >= COMMENTS_FROM_ANSWERS) {
      const texts = await this.inPeriod(period)
        .innerJoin('advice_follow_ups', 'f', 'f.request_id = r.id')
        .select('f.comment', 'comment')
        .andWhere("f.comment <> ''")
        .getRawMany<{ comment: string }>();
      // Sorted, so the order says nothing about which request or when.
      comments = texts
        .map((t) => t.comment.trim())
        .filter(Boolean)
        .sort((a, b) => a.localeCompare(b, 'nl'));
    }
    return { answers, mean, distribution, comments };
  }
}

function byCountThenName(rows: { key: string; name: string; n: unknown }[]): CountRow[] {
  return rows
    .map((r) => ({ key: r.key, nameNl: r.name, nameEn: r.name, count: rawInt(r.n) }))
    .sort((a, b) => b.count - a.count || a.nameNl.localeCompare(b.nameNl, 'nl'));
}
