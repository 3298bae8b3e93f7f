import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AuditService } from '../audit/audit.service';
import { Offering } from '../catalogue/offering.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { EvaluationError, EvaluationErrorCode } from './evaluation.error';
import { OfferingQuestionnaire } from './offering-questionnaire.entity';
import { Questionnaire, QuestionnaireKind } from './questionnaire.entity';

export const KINDS: readonly QuestionnaireKind[] = ['evaluation', 'prepost'];

/** The form field of each kind. */
export const KIND_FIELD: Record<QuestionnaireKind, 'evaluationId' | 'prepostId'> = {
  evaluation: 'evaluationId',
  prepost: 'prepostId',
};

export interface OfferingEvaluation {
  offering: Offering;
  current: Partial<Record<QuestionnaireKind, Questionnaire>>;
  /** Per kind: the questionnaires that can be chosen (not archived, plus the current one). */
  choices: Record<QuestionnaireKind, Questionnaire[]>;
}

/** Staff choose an offering's evaluation questionnaire and its pre/post questionnaire. */
@Injectable()
export class OfferingEvaluationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async get(offeringId: number): Promise<OfferingEvaluation> {
    const m = this.dataSource.manager;
    const offering = await this.offering(m, offeringId);
    const links = await m.getRepository(OfferingQuestionnaire).find({
      where: { offeringId },
      relations: { questionnaire: true },
    });
    const current: Partial<Record<QuestionnaireKind, Questionnaire>> = {};
    for (const link of links) if (link.questionnaire) current[link.kind] = link.questionnaire;
    const open = await m
      .getRepository(Questionnaire)
      .find({ where: { archived: false }, order: { title: 'ASC', id: 'ASC' } });
    const choices = {} as Record<QuestionnaireKind, Questionnaire[]>;
    for (const kind of KINDS) {
      const list = open.filter((q) => q.kind === kind);
      const now = current[kind];
      if (now && !list.some((q) => q.id === now.id)) list.unshift(now);
      choices[kind] = list;
    }
    return { offering, current, choices };
  }

  /** Sets both: an id for each kind, or null for none. */
  attach(
    actor: Actor,
    offeringId: number,
    chosen: Record<QuestionnaireKind, number | null>,
  ): Promise<Offering> {
    return this.tx.run(async (m) => {
      const offering = await this.offering(m, offeringId);
      const repo = m.getRepository(OfferingQuestionnaire);
      for (const kind of KINDS) {
        const id = chosen[kind];
        const link = await repo.findOne({ where: { offeringId, kind } });
        if (id === null) {
          if (link) await repo.delete({ offeringId, kind });
          continue;
        }
        if (link?.questionnaireId === id) continue;
        const q = await m.getRepository(Questionnaire).findOne({ where: { id } });
        // Archived ones are kept where they are but cannot be chosen anew.
        if (!q || q.kind !== kind || q.archived)
          throw new EvaluationError(EvaluationErrorCode.QuestionnaireUnsuitable, KIND_FIELD[kind]);
        await repo.save({ offeringId, kind, questionnaireId: id });
      }
      await this.audit.record(
        m,
        actor,
        'offering.questionnaires',
        { type: 'offering', id: offeringId },
        {
          evaluation: chosen.evaluation,
          prepost: chosen.prepost,
        },
      );
      return offering;
    });
  }

  private async offering(m: EntityManager, id: number): Promise<Offering> {
    const offering = await m.getRepository(Offering).findOne({ where: { id } });
    if (!offering) throw new EvaluationError(EvaluationErrorCode.NotFound);
    return offering;
  }
}
