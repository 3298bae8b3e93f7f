import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Offering } from '../catalogue/offering.entity';
import { startOfAmsterdamDay } from '../common/views/amsterdam-time';
import { rawInt } from '../database/raw';
import { EditionTrainer } from '../scheduling/edition-trainer.entity';
import { Edition } from '../scheduling/edition.entity';
import { EvaluationError, EvaluationErrorCode } from './evaluation.error';
import type { EvaluationMoment } from './evaluation-moment';
import { OfferingQuestionnaire } from './offering-questionnaire.entity';
import { QuestionnaireItem } from './questionnaire-item.entity';
import { QuestionnaireSection } from './questionnaire-section.entity';
import { Questionnaire } from './questionnaire.entity';
import type { Sums } from './stats';

/** Open answers listed per item at most (the rest is counted). */
export const OPEN_ANSWERS_LIMIT = 100;

/** Dates `YYYY-MM-DD` by submittedOn, both ends included; null is no limit. */
export interface ReportPeriod {
  from: string | null;
  to: string | null;
}

export type ReportScope =
  | { kind: 'edition'; edition: Edition; offering: Offering }
  | { kind: 'offering'; offering: Offering }
  | { kind: 'period'; questionnaireId: number };

export interface RateRow {
  moment: EvaluationMoment;
  invited: number;
  submitted: number;
}

/** Per item and moment: the answers' sums and the count per value (Likert point or option). */
export interface ItemFigures {
  itemId: number;
  moment: EvaluationMoment;
  /** Responses that answered the item (for multiple choice: people, not ticks). */
  respondents: number;
  sums: Sums;
  counts: Map<number, number>;
}

export interface OpenAnswers {
  itemId: number;
  moment: EvaluationMoment;
  respondents: number;
  total: number;
  texts: string[];
}

export interface ScaleFigures {
  sectionId: number;
  moment: EvaluationMoment;
  /** Sums of the respondents' scale scores (each the mean over the scale's items they answered). */
  sums: Sums;
}

export interface QuestionnaireReport {
  questionnaire: Questionnaire;
  sections: QuestionnaireSection[];
  /** All items, hidden ones too (earlier answers stay in the report). */
  items: QuestionnaireItem[];
  responses: { moment: EvaluationMoment; count: number }[];
  rates: RateRow[];
  itemFigures: ItemFigures[];
  open: OpenAnswers[] | null;
  scales: ScaleFigures[];
  /** Sums of the differences post − pre, per Likert item and per scale. */
  itemPairs: { itemId: number; sums: Sums }[];
  scalePairs: { sectionId: number; sums: Sums }[];
}

export interface EvaluationReport {
  scope: ReportScope;
  period: ReportPeriod;
  /** Open answers were read (staff); null for trainers. */
  withOpenAnswers: boolean;
  questionnaires: QuestionnaireReport[];
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

function sumsOf(row: { n: unknown; s: unknown; ss: unknown }): Sums {
  return { n: rawInt(row.n), sum: num(row.s), sumSq: num(row.ss) };
}

/** A WHERE fragment with named parameters (`:name`), for one alias of evaluation_responses. */
interface Filter {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The evaluation reports, aggregated in the database: every figure comes out of a GROUP BY over
 * evaluation_answers joined to evaluation_responses (counts per value, Σx and Σx² for the mean
 * and SD, per-respondent scale scores as a grouped subquery, pre/post pairs joined on pair_key),
 * so a report over 50,000 responses reads a few hundred rows. The statistics from those sums
 * are in stats.ts; the anonymity threshold is applied by the presenter (it needs the counts).
 */
@Injectable()
export class EvaluationReportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The offering (for the page of a refused period), or not found. */
  async offering(offeringId: number): Promise<Offering> {
    const offering = await this.dataSource.getRepository(Offering).findOneBy({ id: offeringId });
    if (!offering) throw new EvaluationError(EvaluationErrorCode.NotFound);
    return offering;
  }

  /** A staff report of one offering (all its editions), optionally over a period. */
  async offeringReport(offeringId: number, period: ReportPeriod): Promise<EvaluationReport> {
    const offering = await this.offering(offeringId);
    const scope: ReportScope = { kind: 'offering', offering };
    const ids = await this.questionnaireIds(offering.id, {
      sql: 'r.offering_id = :offeringId',
      params: { offeringId: offering.id },
    });
    return this.build(scope, period, ids, true);
  }

  /**
   * One edition: its trainers and staff (who pass trainer checks). Anyone else — another
   * edition's trainer — gets "not found". Open answers only for staff.
   */
  async editionReport(user: Express.User, editionId: number): Promise<EvaluationReport> {
    const edition = await this.dataSource.getRepository(Edition).findOneBy({ id: editionId });
    if (!edition) throw new EvaluationError(EvaluationErrorCode.NotFound);
    const staff = user.role === 'staff' || user.role === 'admin';
    if (!staff) {
      const teaches = await this.dataSource
        .getRepository(EditionTrainer)
        .existsBy({ editionId: edition.id, userId: user.id });
      if (!teaches) throw new EvaluationError(EvaluationErrorCode.NotFound);
    }
    const offering = await this.dataSource
      .getRepository(Offering)
      .findOneByOrFail({ id: edition.offeringId });
    const ids = await this.questionnaireIds(offering.id, {
      sql: 'r.edition_id = :editionId',
      params: { editionId: edition.id },
    });
    return this.build({ kind: 'edition', edition, offering }, { from: null, to: null }, ids, staff);
  }

  /** A staff report of one questionnaire across all offerings over a period. */
  async periodReport(questionnaireId: number, period: ReportPeriod): Promise<EvaluationReport> {
    const exists = await this.dataSource
      .getRepository(Questionnaire)
      .existsBy({ id: questionnaireId });
    if (!exists) throw new EvaluationError(EvaluationErrorCode.NotFound);
    return this.build({ kind: 'period', questionnaireId }, period, [questionnaireId], true);
  }

  /** The questionnaires for the period form's select, by title. */
  async questionnaireChoices(): Promise<Questionnaire[]> {
    return this.dataSource
      .getRepository(Questionnaire)
      .find({ order: { title: 'ASC', id: 'ASC' } });
  }

  /** Those attached to the offering and any others that have responses in the scope. */
  private async questionnaireIds(offeringId: number, scope: Filter): Promise<number[]> {
    const attached = await this.dataSource
      .getRepository(OfferingQuestionnaire)
      .findBy({ offeringId });
    const answered = await this.raw<{ id: unknown }>(
      `SELECT DISTINCT r.questionnaire_id AS id FROM evaluation_responses r WHERE ${scope.sql}`,
      scope.params,
    );
    const ids = new Set([
      ...attached.map((a) => a.questionnaireId),
      ...answered.map((a) => rawInt(a.id)),
    ]);
    return [...ids];
  }

  private async build(
    scope: ReportScope,
    period: ReportPeriod,
    questionnaireIds: number[],
    withOpenAnswers: boolean,
  ): Promise<EvaluationReport> {
    if (questionnaireIds.length === 0)
      return { scope, period, withOpenAnswers, questionnaires: [] };
    const [questionnaires, sections, items] = await Promise.all([
      this.dataSource.getRepository(Questionnaire).findBy({ id: In(questionnaireIds) }),
      this.dataSource
        .getRepository(QuestionnaireSection)
        .find({ where: { questionnaireId: In(questionnaireIds) }, order: { position: 'ASC' } }),
      this.dataSource.getRepository(QuestionnaireItem).find({
        where: { questionnaireId: In(questionnaireIds) },
        order: { position: 'ASC', id: 'ASC' },
      }),
    ]);
    // Evaluation questionnaires after pre/post ones; otherwise by title.
    questionnaires.sort(
      (a, b) =>
        (a.kind === 'prepost' ? 0 : 1) - (b.kind === 'prepost' ? 0 : 1) ||
        a.title.localeCompare(b.title) ||
        a.id - b.id,
    );
    const reports: QuestionnaireReport[] = [];
    // One questionnaire after another: on SQLite they share one connection anyway.
    for (const q of questionnaires) {
      const qSections = sections.filter((s) => s.questionnaireId === q.id);
      const qItems = items.filter((i) => i.questionnaireId === q.id);
      reports.push(
        await this.questionnaireReport(scope, period, q, qSections, qItems, withOpenAnswers),
      );
    }
    return { scope, period, withOpenAnswers, questionnaires: reports };
  }

  /** The responses of the scope, for alias `r`; the period filters by the day of submission. */
  private responseFilter(
    scope: ReportScope,
    period: ReportPeriod,
    questionnaireId: number,
  ): Filter {
    const parts = ['r.questionnaire_id = :questionnaireId'];
    const params: Record<string, unknown> = { questionnaireId };
    if (scope.kind === 'edition') {
      parts.push('r.edition_id = :editionId');
      params.editionId = scope.edition.id;
    } else if (scope.kind === 'offering') {
      parts.push('r.offering_id = :offeringId');
      params.offeringId = scope.offering.id;
    }
    if (period.from) {
      parts.push('r.submitted_on >= :from');
      params.from = period.from;
    }
    if (period.to) {
      parts.push('r.submitted_on <= :to');
      params.to = period.to;
    }
    return { sql: parts.join(' AND '), params };
  }

  /**
   * For pairs the period applies to the post-measurement only (a pair belongs to the period
   * in which it was completed; its pre-measurement is naturally earlier).
   */
  private pairFilter(scope: ReportScope, period: ReportPeriod, questionnaireId: number): Filter {
    const base = this.responseFilter(scope, { from: null, to: null }, questionnaireId);
    const dates: string[] = [];
    if (period.from) dates.push('r.submitted_on >= :from');
    if (period.to) dates.push('r.submitted_on <= :to');
    const sql = dates.length
      ? `${base.sql} AND (r.moment <> 'post' OR (${dates.join(' AND ')}))`
      : base.sql;
    return { sql, params: { ...base.params, from: period.from, to: period.to } };
  }

  private async questionnaireReport(
    scope: ReportScope,
    period: ReportPeriod,
    questionnaire: Questionnaire,
    sections: QuestionnaireSection[],
    items: QuestionnaireItem[],
    withOpenAnswers: boolean,
  ): Promise<QuestionnaireReport> {
    const f = this.responseFilter(scope, period, questionnaire.id);
    const likertItems = items.filter((i) => i.type === 'likert');
    const scaleSections = sections.filter(
      (s) => s.isScale && likertItems.some((i) => i.sectionId === s.id),
    );

    const responses = await this.raw<{ moment: EvaluationMoment; n: unknown }>(
      `SELECT r.moment AS moment, COUNT(*) AS n FROM evaluation_responses r
        WHERE ${f.sql} GROUP BY r.moment`,
      f.params,
    );

    // The distribution: one row per item, moment and value.
    const valueRows = await this.raw<{
      item: unknown;
      moment: EvaluationMoment;
      v: unknown;
      n: unknown;
    }>(
      `SELECT a.item_id AS item, r.moment AS moment, a.value_number AS v, COUNT(*) AS n
         FROM evaluation_answers a
         JOIN evaluation_responses r ON r.id = a.response_id
        WHERE ${f.sql} AND a.value_number IS NOT NULL
        GROUP BY a.item_id, r.moment, a.value_number`,
      f.params,
    );
    // People who answered, where it differs from the number of answers (several ticks) or the
    // answers have no number (open): a small COUNT(DISTINCT) over those items only.
    const peopleItems = items.filter((i) => i.type === 'multiple' || i.type === 'open');
    const peopleRows = peopleItems.length
      ? await this.raw<{ item: unknown; moment: EvaluationMoment; people: unknown }>(
          `SELECT a.item_id AS item, r.moment AS moment, COUNT(DISTINCT a.response_id) AS people
             FROM evaluation_answers a
             JOIN evaluation_responses r ON r.id = a.response_id
            WHERE ${f.sql} AND a.item_id IN (:...peopleItemIds)
            GROUP BY a.item_id, r.moment`,
          { ...f.params, peopleItemIds: peopleItems.map((i) => i.id) },
        )
      : [];
    // Σx and Σx² per item and moment follow exactly from the counts per value (Σ count·v and
    // Σ count·v²): one GROUP BY over the answers gives the distribution, the mean and the SD.
    const figures = new Map<string, ItemFigures>();
    const figureOf = (itemId: number, moment: EvaluationMoment): ItemFigures => {
      const key = `${itemId}/${moment}`;
      let fig = figures.get(key);
      if (!fig) {
        fig = {
          itemId,
          moment,
          respondents: 0,
          sums: { n: 0, sum: 0, sumSq: 0 },
          counts: new Map(),
        };
        figures.set(key, fig);
      }
      return fig;
    };
    for (const row of valueRows) {
      const fig = figureOf(rawInt(row.item), row.moment);
      const v = rawInt(row.v);
      const n = rawInt(row.n);
      fig.counts.set(v, n);
      fig.sums.n += n;
      fig.sums.sum += n * v;
      fig.sums.sumSq += n * v * v;
      fig.respondents += n;
    }
    for (const row of peopleRows)
      figureOf(rawInt(row.item), row.moment).respondents = rawInt(row.people);

    const scales = scaleSections.length
      ? (
          await this.raw<{
            section: unknown;
            moment: EvaluationMoment;
            n: unknown;
            s: unknown;
            ss: unknown;
          }>(
            `SELECT x.section AS section, x.moment AS moment, COUNT(*) AS n, SUM(x.score) AS s,
                    SUM(x.score * x.score) AS ss
               FROM (SELECT i.section_id AS section, r.moment AS moment, r.id AS response,
                            AVG(1.0 * a.value_number) AS score
                       FROM evaluation_answers a
                       JOIN evaluation_responses r ON r.id = a.response_id
                       JOIN questionnaire_items i ON i.id = a.item_id
                      WHERE ${f.sql} AND i.type = 'likert' AND a.value_number IS NOT NULL
                        AND i.section_id IN (:...sectionIds)
                      GROUP BY i.section_id, r.moment, r.id) x
              GROUP BY x.section, x.moment`,
            { ...f.params, sectionIds: scaleSections.map((s) => s.id) },
          )
        ).map((row) => ({ sectionId: rawInt(row.section), moment: row.moment, sums: sumsOf(row) }))
      : [];

    let itemPairs: QuestionnaireReport['itemPairs'] = [];
    let scalePairs: QuestionnaireReport['scalePairs'] = [];
    if (questionnaire.kind === 'prepost' && likertItems.length) {
      // One pass per pair: a participant's pre and post answers grouped on their pair_key, the
      // difference taken inside the group. No self-join: that grows with the square of the pairs.
      const p = this.pairFilter(scope, period, questionnaire.id);
      const paired = `r.moment IN ('pre', 'post') AND r.pair_key IS NOT NULL AND ${p.sql}`;
      const at = (moment: 'pre' | 'post', value: string) =>
        `SUM(CASE WHEN r.moment = '${moment}' THEN ${value} END)`;
      itemPairs = (
        await this.raw<{ item: unknown; n: unknown; s: unknown; ss: unknown }>(
          `SELECT x.item AS item, COUNT(*) AS n, SUM(x.d) AS s, SUM(x.d * x.d) AS ss
             FROM (SELECT a.item_id AS item,
                          ${at('post', 'a.value_number')} - ${at('pre', 'a.value_number')} AS d,
                          ${at('pre', '1')} AS npre, ${at('post', '1')} AS npost
                     FROM evaluation_responses r
                     JOIN evaluation_answers a ON a.response_id = r.id
                    WHERE ${paired} AND a.item_id IN (:...itemIds) AND a.value_number IS NOT NULL
                    GROUP BY r.pair_key, a.item_id) x
            WHERE x.npre = 1 AND x.npost = 1
            GROUP BY x.item`,
          { ...p.params, itemIds: likertItems.map((i) => i.id) },
        )
      ).map((row) => ({ itemId: rawInt(row.item), sums: sumsOf(row) }));
      if (scaleSections.length) {
        // a scale score is the mean of the section's answers in one response
        const mean = (moment: 'pre' | 'post') =>
          `${at(moment, 'a.value_number')} * 1.0 / ${at(moment, '1')}`;
        scalePairs = (
          await this.raw<{ section: unknown; n: unknown; s: unknown; ss: unknown }>(
            `SELECT x.section AS section, COUNT(*) AS n, SUM(x.d) AS s, SUM(x.d * x.d) AS ss
               FROM (SELECT i.section_id AS section, ${mean('post')} - ${mean('pre')} AS d
                       FROM evaluation_responses r
                       JOIN evaluation_answers a ON a.response_id = r.id
                       JOIN questionnaire_items i ON i.id = a.item_id
                      WHERE ${paired} AND i.type = 'likert' AND a.value_number IS NOT NULL
                        AND i.section_id IN (:...sectionIds)
                      GROUP BY r.pair_key, i.section_id) x
              WHERE x.d IS NOT NULL
              GROUP BY x.section`,
            { ...p.params, sectionIds: scaleSections.map((s) => s.id) },
          )
        ).map((row) => ({ sectionId: rawInt(row.section), sums: sumsOf(row) }));
      }
    }

    let open: OpenAnswers[] | null = null;
    if (withOpenAnswers) {
      open = [];
      for (const item of items.filter((i) => i.type === 'open')) {
        for (const fig of [...figures.values()].filter((x) => x.itemId === item.id)) {
          const where = `${f.sql} AND a.item_id = :itemId AND r.moment = :moment
                         AND a.value_text IS NOT NULL AND a.value_text <> ''`;
          const params = { ...f.params, itemId: item.id, moment: fig.moment };
          const [count] = await this.raw<{ n: unknown }>(
            `SELECT COUNT(*) AS n FROM evaluation_answers a
               JOIN evaluation_responses r ON r.id = a.response_id WHERE ${where}`,
            params,
          );
          const texts = await this.raw<{ text: string }>(
            `SELECT a.value_text AS text FROM evaluation_answers a
               JOIN evaluation_responses r ON r.id = a.response_id WHERE ${where}
              ORDER BY a.value_text LIMIT ${OPEN_ANSWERS_LIMIT}`,
            params,
          );
          open.push({
            itemId: item.id,
            moment: fig.moment,
            respondents: fig.respondents,
            total: rawInt(count?.n),
            // The same order on both databases, whatever their collation.
            texts: texts.map((t) => t.text).sort((a, b) => a.localeCompare(b, 'nl')),
          });
        }
      }
    }

    return {
      questionnaire,
      sections,
      items,
      responses: responses.map((r) => ({ moment: r.moment, count: rawInt(r.n) })),
      rates: await this.rates(scope, period, questionnaire.id),
      itemFigures: [...figures.values()],
      open,
      scales,
      itemPairs,
      scalePairs,
    };
  }

  /**
   * Invitations and how many were answered, per moment. The period takes the invitations made
   * in it (Amsterdam days); offering and period views count over their editions.
   */
  private async rates(
    scope: ReportScope,
    period: ReportPeriod,
    questionnaireId: number,
  ): Promise<RateRow[]> {
    const parts = ['i.questionnaire_id = :questionnaireId'];
    const params: Record<string, unknown> = { questionnaireId };
    let join = '';
    if (scope.kind === 'edition') {
      parts.push('i.edition_id = :editionId');
      params.editionId = scope.edition.id;
    } else if (scope.kind === 'offering') {
      join = 'JOIN editions e ON e.id = i.edition_id';
      parts.push('e.offering_id = :offeringId');
      params.offeringId = scope.offering.id;
    }
    if (period.from) {
      parts.push('i.created_at >= :start');
      params.start = startOfAmsterdamDay(period.from);
    }
    if (period.to) {
      const next = new Date(Date.parse(`${period.to}T00:00:00Z`) + 86_400_000)
        .toISOString()
        .slice(0, 10);
      parts.push('i.created_at < :end');
      params.end = startOfAmsterdamDay(next);
    }
    const rows = await this.raw<{ moment: EvaluationMoment; n: unknown; done: unknown }>(
      `SELECT i.moment AS moment, COUNT(*) AS n, COUNT(i.submitted_at) AS done
         FROM evaluation_invitations i ${join}
        WHERE ${parts.join(' AND ')}
        GROUP BY i.moment`,
      params,
    );
    return rows.map((r) => ({ moment: r.moment, invited: rawInt(r.n), submitted: rawInt(r.done) }));
  }

  /** A raw query with `:name` parameters, in the driver's own placeholder style. */
  private async raw<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return this.dataSource.query<T[]>(query, values);
  }
}
