import { DataSource } from 'typeorm';
import { EvaluationAnswer } from '../../src/evaluations/evaluation-answer.entity';
import type { EvaluationMoment } from '../../src/evaluations/evaluation-moment';
import { EvaluationResponse } from '../../src/evaluations/evaluation-response.entity';
import { OfferingQuestionnaire } from '../../src/evaluations/offering-questionnaire.entity';
import { ItemType, QuestionnaireItem } from '../../src/evaluations/questionnaire-item.entity';
import { QuestionnaireSection } from '../../src/evaluations/questionnaire-section.entity';
import { Questionnaire, QuestionnaireKind } from '../../src/evaluations/questionnaire.entity';

export interface ItemFixture {
  type: ItemType;
  text: string;
  required?: boolean;
  /** Likert: 5 (default) or 7. */
  scalePoints?: number;
  options?: string[];
  /** Index into `sections`. */
  section?: number;
}

export interface QuestionnaireFixture {
  title?: string;
  kind?: QuestionnaireKind;
  sections?: { title: string; isScale?: boolean }[];
  items: ItemFixture[];
  /** Attach it to this offering (as its questionnaire of this kind). */
  offeringId?: number;
}

/** A questionnaire written straight to the database; returns it with its items in order. */
export async function createQuestionnaire(
  dataSource: DataSource,
  fixture: QuestionnaireFixture,
): Promise<{ questionnaire: Questionnaire; items: QuestionnaireItem[] }> {
  const kind = fixture.kind ?? 'evaluation';
  const questionnaire = await dataSource.getRepository(Questionnaire).save({
    title: fixture.title ?? `Vragenlijst ${Date.now()}`,
    intro: '',
    kind,
    version: 1,
    archived: false,
    createdBy: null,
  });
  const sections: QuestionnaireSection[] = [];
  for (const [position, s] of (fixture.sections ?? []).entries())
    sections.push(
      await dataSource.getRepository(QuestionnaireSection).save({
        questionnaireId: questionnaire.id,
        title: s.title,
        isScale: !!s.isScale,
        position,
      }),
    );
  const items: QuestionnaireItem[] = [];
  for (const [position, item] of fixture.items.entries()) {
    const points = item.type === 'likert' ? (item.scalePoints ?? 5) : null;
    items.push(
      await dataSource.getRepository(QuestionnaireItem).save({
        questionnaireId: questionnaire.id,
        sectionId: item.section === undefined ? null : sections[item.section].id,
        position,
        type: item.type,
        text: item.text,
        required: item.required ?? item.type !== 'open',
        scalePoints: points,
        pointLabels: points
          ? JSON.stringify(
              Array.from({ length: points }, (_, i) =>
                i === 0 ? 'Helemaal oneens' : i === points - 1 ? 'Helemaal eens' : String(i + 1),
              ),
            )
          : null,
        options: item.options ? JSON.stringify(item.options) : null,
        addedInVersion: 1,
        hiddenInVersion: null,
      }),
    );
  }
  if (fixture.offeringId)
    await dataSource
      .getRepository(OfferingQuestionnaire)
      .save({ offeringId: fixture.offeringId, kind, questionnaireId: questionnaire.id });
  return { questionnaire, items };
}

export interface ResponseFixture {
  questionnaire: Questionnaire;
  editionId: number;
  offeringId: number;
  moment: EvaluationMoment;
  /** item id → a number (Likert point, option index), several (multiple choice) or text. */
  answers: Record<number, number | number[] | string>;
  pairKey?: string | null;
  submittedOn?: string;
}

/** Submitted (anonymous) responses written straight to the database, for report tests. */
export async function createResponses(
  dataSource: DataSource,
  responses: ResponseFixture[],
): Promise<void> {
  for (const r of responses) {
    const saved = await dataSource.getRepository(EvaluationResponse).save({
      questionnaireId: r.questionnaire.id,
      questionnaireVersion: r.questionnaire.version,
      editionId: r.editionId,
      offeringId: r.offeringId,
      moment: r.moment,
      pairKey: r.pairKey ?? null,
      submittedOn: r.submittedOn ?? new Date().toISOString().slice(0, 10),
    });
    const rows: Partial<EvaluationAnswer>[] = [];
    for (const [itemId, value] of Object.entries(r.answers)) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values)
        rows.push({
          responseId: saved.id,
          itemId: Number(itemId),
          valueNumber: typeof v === 'number' ? v : null,
          valueText: typeof v === 'string' ? v : null,
        });
    }
    if (rows.length) await dataSource.getRepository(EvaluationAnswer).insert(rows);
  }
}
