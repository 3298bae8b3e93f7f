import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLOSED_STATUSES, OPEN_STATUSES } from '../advice/advice-status';
import { rawInt } from '../database/raw';
import { MIN_RESPONSES } from '../evaluations/evaluation-moment';
import { ReportPeriod, quartersOf, yearsOf } from '../common/period';

export interface Counted {
  key: string;
  name: string;
  count: number;
}

export interface ScoreQuarter {
  year: number;
  quarter: number;
  responses: number;
  answers: number;
  /** Mean on a 1–5 scale; null when fewer than MIN_RESPONSES responses (hidden). */
  mean: number | null;
}

export interface DashboardReport {
  period: ReportPeriod;
  reach: {
    /** Distinct professionals in the whole period (a person in two years counts once here). */
    total: number;
    years: { year: number; count: number }[];
    provinces: Counted[];
    municipalities: (Counted & { province: string })[];
    sectors: { sector: string; count: number }[];
  };
  editions: {
    byStatus: { status: string; count: number }[];
    total: number;
    /** Of the editions that took place (published or completed). */
    seatsTaken: number;
    capacity: number;
  };
  attendance: { present: number; absent: number; excused: number };
  certificates: { issued: number; skjPoints: number };
  scores: ScoreQuarter[];
  advice: { open: number; closed: number };
  jos: {
    byStatus: { status: string; count: number }[];
    byPhase: { key: string; nameNl: string; nameEn: string; count: number }[];
  };
}

/** Editions whose places count for reach and fill rate: those that took place or will. */
const HELD = "('published', 'completed')";

/**
 * The figures of /beheer/rapportages, every one a COUNT/SUM/AVG with GROUP BY in the database:
 * nothing loads rows to count them in JavaScript, so a page over 100,000 enrolments stays fast.
 *
 * - reach: distinct users with a confirmed place in an edition (published or completed) whose
 *   first meeting falls in the period; per year of that start (Amsterdam calendar);
 * - editions: those starting in the period, per status; fill rate over the published and
 *   completed ones (seats taken / capacity);
 * - attendance: the rows of meetings that started in the period;
 * - certificates: issued in the period and not revoked, with their SKJ points;
 * - scores: every Likert answer of evaluation responses (moment `evaluation`) submitted in the
 *   period, 7-point items mapped onto 1–5 (1 + (v − 1) · 4/6), per quarter of the submission day;
 * - advice: requests that entered the queue in the period; JOS: trajectories opened in the period.
 */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async rows<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query<T[]>(query, values);
  }

  async report(period: ReportPeriod): Promise<DashboardReport> {
    const p = { start: period.start, end: period.end };
    // One pass over the people reached: each counted once, in the group of their own
    // municipality and sector; the totals per province, municipality and sector add up these
    // few hundred groups.
    const [allProvinces, years, groups] = await Promise.all([
      this.rows<{ code: string; name: string }>('SELECT code, name FROM provinces', {}),
      this.reachPerYear(period),
      this.rows<{
        code: string;
        name: string;
        provinceCode: string;
        province: string;
        sector: string;
        n: unknown;
      }>(
        `SELECT g.code AS code, mu.name AS name, pv.code AS "provinceCode", pv.name AS province,
                g.sector AS sector, g.n AS n
         FROM (SELECT u.municipality_code AS code, u.sector AS sector, COUNT(*) AS n
               FROM users u
               WHERE u.id IN (SELECT en.user_id FROM enrolments en
                              JOIN editions e ON e.id = en.edition_id
                              WHERE en.status = 'confirmed' AND e.status IN ${HELD}
                                AND e.starts_at >= :start AND e.starts_at < :end)
               GROUP BY u.municipality_code, u.sector) g
         JOIN municipalities mu ON mu.code = g.code
         JOIN provinces pv ON pv.code = mu.province_code`,
        p,
      ),
    ]);
    const sum = (key: (g: (typeof groups)[number]) => string) => {
      const totals = new Map<string, number>();
      for (const g of groups) totals.set(key(g), (totals.get(key(g)) ?? 0) + rawInt(g.n));
      return totals;
    };
    const perProvince = sum((g) => g.provinceCode);
    const perMunicipality = sum((g) => g.code);
    const perSector = sum((g) => g.sector);
    const municipalityNames = new Map(groups.map((g) => [g.code, g] as const));
    const [editionStatuses, fill, attendance, certificates, scores, advice, josStatus, josPhase] =
      await Promise.all([
        this.rows<{ status: string; n: unknown }>(
          `SELECT e.status AS status, COUNT(*) AS n FROM editions e
           WHERE e.starts_at >= :start AND e.starts_at < :end GROUP BY e.status`,
          p,
        ),
        this.rows<{ taken: unknown; capacity: unknown }>(
          `SELECT COALESCE(SUM(e.seats_taken), 0) AS taken, COALESCE(SUM(e.capacity), 0) AS capacity
           FROM editions e
           WHERE e.status IN ${HELD} AND e.starts_at >= :start AND e.starts_at < :end`,
          p,
        ),
        this.rows<{ status: string; n: unknown }>(
          `SELECT a.status AS status, COUNT(*) AS n FROM attendance a
           JOIN meetings m ON m.id = a.meeting_id
           WHERE m.starts_at >= :start AND m.starts_at < :end GROUP BY a.status`,
          p,
        ),
        this.rows<{ n: unknown; points: unknown }>(
          `SELECT COUNT(*) AS n, COALESCE(SUM(c.skj_points), 0) AS points FROM certificates c
           WHERE c.revoked_at IS NULL AND c.issued_at >= :start AND c.issued_at < :end`,
          p,
        ),
        this.scores(period),
        this.rows<{ status: string; n: unknown }>(
          `SELECT r.status AS status, COUNT(*) AS n FROM advice_requests r
           WHERE r.status <> 'unverified' AND r.submitted_at >= :start AND r.submitted_at < :end
           GROUP BY r.status`,
          p,
        ),
        this.rows<{ status: string; n: unknown }>(
          `SELECT t.status AS status, COUNT(*) AS n FROM trajectories t
           WHERE t.created_at >= :start AND t.created_at < :end GROUP BY t.status`,
          p,
        ),
        this.rows<{ key: string; nameNl: string; nameEn: string; position: unknown; n: unknown }>(
          `SELECT ph.key AS "key", ph.name_nl AS "nameNl", ph.name_en AS "nameEn",
                  ph.position AS position, COUNT(*) AS n FROM trajectories t
           JOIN trajectory_phases ph ON ph.id = t.phase_id
           WHERE t.created_at >= :start AND t.created_at < :end
           GROUP BY ph.key, ph.name_nl, ph.name_en, ph.position`,
          p,
        ),
      ]);
    const count = (rows: { status: string; n: unknown }[], status: string) =>
      rawInt(rows.find((r) => r.status === status)?.n ?? 0);
    const byCount = <T extends { count: number; name: string }>(a: T, b: T) =>
      b.count - a.count || a.name.localeCompare(b.name, 'nl');
    const editionRows = editionStatuses.map((r) => ({ status: r.status, count: rawInt(r.n) }));
    return {
      period,
      reach: {
        total: groups.reduce((n, g) => n + rawInt(g.n), 0),
        years,
        // every province, also those without anyone reached (the map has a tile for each)
        provinces: allProvinces
          .map((pv) => ({ key: pv.code, name: pv.name, count: perProvince.get(pv.code) ?? 0 }))
          .sort(byCount),
        municipalities: [...perMunicipality]
          .map(([code, count]) => {
            const g = municipalityNames.get(code)!;
            return { key: code, name: g.name, province: g.province, count };
          })
          .sort(byCount),
        sectors: [...perSector]
          .map(([sector, count]) => ({ sector, count }))
          .sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector)),
      },
      editions: {
        byStatus: editionRows,
        total: editionRows.reduce((s, r) => s + r.count, 0),
        seatsTaken: rawInt(fill[0]?.taken ?? 0),
        capacity: rawInt(fill[0]?.capacity ?? 0),
      },
      attendance: {
        present: count(attendance, 'present'),
        absent: count(attendance, 'absent'),
        excused: count(attendance, 'excused'),
      },
      certificates: {
        issued: rawInt(certificates[0]?.n ?? 0),
        skjPoints: rawInt(certificates[0]?.points ?? 0),
      },
      scores,
      advice: {
        open: OPEN_STATUSES.reduce((s, status) => s + count(advice, status), 0),
        closed: CLOSED_STATUSES.reduce((s, status) => s + count(advice, status), 0),
      },
      jos: {
        byStatus: josStatus.map((r) => ({ status: r.status, count: rawInt(r.n) })),
        byPhase: josPhase
          .sort((a, b) => rawInt(a.position) - rawInt(b.position))
          .map((r) => ({ key: r.key, nameNl: r.nameNl, nameEn: r.nameEn, count: rawInt(r.n) })),
      },
    };
  }

  /** Distinct professionals per calendar year (Amsterdam) of the edition's start. */
  private async reachPerYear(period: ReportPeriod): Promise<{ year: number; count: number }[]> {
    const years = yearsOf(period);
    const params: Record<string, unknown> = { start: period.start, end: period.end };
    // the year of each start from the bounds of its 1 January in Amsterdam, checked newest first
    const cases = years
      .slice(1)
      .reverse()
      .map((y) => {
        params[`y${y.year}`] = y.start;
        return `WHEN e.starts_at >= :y${y.year} THEN ${y.year}`;
      })
      .join(' ');
    const yearExpr = cases ? `CASE ${cases} ELSE ${years[0].year} END` : `${years[0].year}`;
    const rows = await this.rows<{ year: unknown; n: unknown }>(
      `SELECT x.year AS year, COUNT(DISTINCT x.user_id) AS n FROM (
         SELECT ${yearExpr} AS year, en.user_id AS user_id FROM enrolments en
         JOIN editions e ON e.id = en.edition_id
         WHERE en.status = 'confirmed' AND e.status IN ${HELD}
           AND e.starts_at >= :start AND e.starts_at < :end
       ) x GROUP BY x.year`,
      params,
    );
    const counts = new Map(rows.map((r) => [rawInt(r.year), rawInt(r.n)]));
    return years.map((y) => ({ year: y.year, count: counts.get(y.year) ?? 0 }));
  }

  /**
   * The mean Likert score (1–5) per quarter of evaluation responses; hidden below MIN_RESPONSES.
   * Answers are summed per quarter and item first (an index-only join of the period's responses
   * to their answers), and only those few groups are joined to the items to map 7-point scales.
   */
  private async scores(period: ReportPeriod): Promise<ScoreQuarter[]> {
    const range = { from: period.from, to: period.to };
    const quarterOf = (column: string) =>
      `CAST(SUBSTR(${column}, 1, 4) AS INTEGER) * 10 + (CAST(SUBSTR(${column}, 6, 2) AS INTEGER) + 2) / 3`;
    const [responses, sums] = await Promise.all([
      this.rows<{ q: unknown; n: unknown }>(
        `SELECT ${quarterOf('r.submitted_on')} AS q, COUNT(*) AS n FROM evaluation_responses r
         WHERE r.moment = 'evaluation' AND r.submitted_on >= :from AND r.submitted_on <= :to
         GROUP BY ${quarterOf('r.submitted_on')}`,
        range,
      ),
      this.rows<{ q: unknown; answers: unknown; total: unknown }>(
        `SELECT g.q AS q, SUM(g.n) AS answers,
                SUM(CASE WHEN qi.scale_points = 7 THEN g.n + (g.total - g.n) * 4.0 / 6
                         ELSE g.total * 1.0 END) AS total
         FROM (SELECT ${quarterOf('r.submitted_on')} AS q, a.item_id AS item_id,
                      COUNT(*) AS n, SUM(a.value_number) AS total
               FROM evaluation_responses r
               JOIN evaluation_answers a ON a.response_id = r.id
               WHERE r.moment = 'evaluation' AND r.submitted_on >= :from AND r.submitted_on <= :to
                 AND a.value_number IS NOT NULL
               GROUP BY ${quarterOf('r.submitted_on')}, a.item_id) g
         JOIN questionnaire_items qi ON qi.id = g.item_id AND qi.type = 'likert'
         GROUP BY g.q`,
        range,
      ),
    ]);
    const responsesIn = new Map(responses.map((r) => [rawInt(r.q), rawInt(r.n)]));
    const sumsIn = new Map(sums.map((r) => [rawInt(r.q), r] as const));
    return quartersOf(period).map(({ year, quarter }) => {
      const key = year * 10 + quarter;
      const r = sumsIn.get(key);
      const count = responsesIn.get(key) ?? 0;
      const answers = r ? rawInt(r.answers) : 0;
      return {
        year,
        quarter,
        responses: count,
        answers,
        mean: r && count >= MIN_RESPONSES && answers ? Number(r.total) / answers : null,
      };
    });
  }
}
