import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Actor, AuditService } from '../audit/audit.service';
import { Offering } from '../catalogue/offering.entity';
import { TransactionRunner } from '../database/transaction-runner';
import { EvaluationAnswer } from './evaluation-answer.entity';
import { EvaluationError, EvaluationErrorCode } from './evaluation.error';
import { EvaluationResponse } from './evaluation-response.entity';
import { OfferingQuestionnaire } from './offering-questionnaire.entity';
import { QuestionnaireItem } from './questionnaire-item.entity';
import { ItemForm, readItemForm } from './questionnaire-items';
import { askedItems, isAskedIn, orderItems, ParsedItem, parseItem } from './questionnaire-read';
import { QuestionnaireSection } from './questionnaire-section.entity';
import {
  checkItemAction,
  frozenFieldsChanged,
  ItemAction,
  versionAfterChange,
} from './questionnaire-versions';
import { Questionnaire, QuestionnaireKind } from './questionnaire.entity';

export type Direction = 'up' | 'down';

export interface QuestionnaireSummary {
  questionnaire: Questionnaire;
  itemCount: number;
  responseCount: number;
  offerings: { id: number; title: string }[];
}

/** An item on the builder page: with whether it has answers (frozen) and is hidden now. */
export interface BuilderItem extends ParsedItem {
  answered: boolean;
  hidden: boolean;
}

export interface QuestionnairePage {
  questionnaire: Questionnaire;
  sections: QuestionnaireSection[];
  items: BuilderItem[];
  /** Per version: since when (the first version: since it was made) and its responses. */
  versions: { version: number; since: Date; responses: number }[];
  usedBy: { id: number; title: string; kind: QuestionnaireKind }[];
}

const VERSION_ACTION = 'questionnaire.version';

/** Staff build questionnaires: their sections and items, with the version rules. */
@Injectable()
export class QuestionnaireService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<QuestionnaireSummary[]> {
    const questionnaires = await this.dataSource
      .getRepository(Questionnaire)
      .find({ order: { archived: 'ASC', title: 'ASC', id: 'ASC' } });
    if (!questionnaires.length) return [];
    const ids = questionnaires.map((q) => q.id);
    const items = await this.dataSource.getRepository(QuestionnaireItem).find({
      where: { questionnaireId: In(ids) },
      select: { id: true, questionnaireId: true, addedInVersion: true, hiddenInVersion: true },
    });
    const responses: { qid: number | string; n: number | string }[] = await this.dataSource
      .getRepository(EvaluationResponse)
      .createQueryBuilder('r')
      .select('r.questionnaire_id', 'qid')
      .addSelect('COUNT(*)', 'n')
      .where('r.questionnaire_id IN (:...ids)', { ids })
      .groupBy('r.questionnaire_id')
      .getRawMany();
    const used: { qid: number | string; id: number | string; title: string }[] =
      await this.dataSource
        .getRepository(OfferingQuestionnaire)
        .createQueryBuilder('oq')
        .innerJoin(Offering, 'o', 'o.id = oq.offering_id')
        .select('oq.questionnaire_id', 'qid')
        .addSelect('o.id', 'id')
        .addSelect('o.title', 'title')
        .where('oq.questionnaire_id IN (:...ids)', { ids })
        .orderBy('o.title', 'ASC')
        .getRawMany();
    const byId = new Map(questionnaires.map((q) => [q.id, q]));
    return questionnaires.map((q) => ({
      questionnaire: q,
      itemCount: items.filter(
        (i) => i.questionnaireId === q.id && isAskedIn(i, byId.get(q.id)!.version),
      ).length,
      responseCount: Number(responses.find((r) => Number(r.qid) === q.id)?.n ?? 0),
      offerings: used
        .filter((u) => Number(u.qid) === q.id)
        .map((u) => ({ id: Number(u.id), title: u.title })),
    }));
  }

  async get(id: number, m: EntityManager = this.dataSource.manager): Promise<Questionnaire> {
    const q = await m.getRepository(Questionnaire).findOne({ where: { id } });
    if (!q) throw new EvaluationError(EvaluationErrorCode.NotFound);
    return q;
  }

  async page(id: number): Promise<QuestionnairePage> {
    const m = this.dataSource.manager;
    const questionnaire = await this.get(id);
    const sections = await m
      .getRepository(QuestionnaireSection)
      .find({ where: { questionnaireId: id }, order: { position: 'ASC', id: 'ASC' } });
    const rows = await m.getRepository(QuestionnaireItem).find({ where: { questionnaireId: id } });
    const answered = await this.answeredItemIds(m, id);
    const items = orderItems(sections, rows).map((row) => ({
      ...parseItem(row),
      answered: answered.has(row.id),
      hidden: !isAskedIn(row, questionnaire.version),
    }));
    const counts: { v: number | string; n: number | string }[] = await m
      .getRepository(EvaluationResponse)
      .createQueryBuilder('r')
      .select('r.questionnaire_version', 'v')
      .addSelect('COUNT(*)', 'n')
      .where('r.questionnaire_id = :id', { id })
      .groupBy('r.questionnaire_version')
      .getRawMany();
    const bumps = await m.getRepository(AuditEntry).find({
      where: { action: VERSION_ACTION, subjectType: 'questionnaire', subjectId: String(id) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const versions = Array.from({ length: questionnaire.version }, (_, n) => {
      const version = n + 1;
      const bump = bumps.find(
        (b) => (JSON.parse(b.detail ?? '{}') as { version?: number }).version === version,
      );
      return {
        version,
        since:
          version === 1 ? questionnaire.createdAt : (bump?.createdAt ?? questionnaire.updatedAt),
        responses: Number(counts.find((c) => Number(c.v) === version)?.n ?? 0),
      };
    }).reverse();
    const usedBy: { id: number | string; title: string; kind: QuestionnaireKind }[] = await m
      .getRepository(OfferingQuestionnaire)
      .createQueryBuilder('oq')
      .innerJoin(Offering, 'o', 'o.id = oq.offering_id')
      .select('o.id', 'id')
      .addSelect('o.title', 'title')
      .addSelect('oq.kind', 'kind')
      .where('oq.questionnaire_id = :id', { id })
      .orderBy('o.title', 'ASC')
      .getRawMany();
    return {
      questionnaire,
      sections,
      items,
      versions,
      usedBy: usedBy.map((u) => ({ ...u, id: Number(u.id) })),
    };
  }

  /** What a participant is asked now (for the preview). */
  async preview(id: number) {
    const questionnaire = await this.get(id);
    return {
      questionnaire,
      ...(await askedItems(this.dataSource.manager, id, questionnaire.version)),
    };
  }

  async item(
    id: number,
    itemId: number,
  ): Promise<{
    questionnaire: Questionnaire;
    item: BuilderItem;
    sections: QuestionnaireSection[];
  }> {
    const m = this.dataSource.manager;
    const questionnaire = await this.get(id);
    const row = await this.itemOf(m, id, itemId);
    const sections = await m
      .getRepository(QuestionnaireSection)
      .find({ where: { questionnaireId: id }, order: { position: 'ASC', id: 'ASC' } });
    return {
      questionnaire,
      sections,
      item: {
        ...parseItem(row),
        answered: await this.itemAnswered(m, itemId),
        hidden: !isAskedIn(row, questionnaire.version),
      },
    };
  }

  async sections(id: number): Promise<QuestionnaireSection[]> {
    await this.get(id);
    return this.dataSource
      .getRepository(QuestionnaireSection)
      .find({ where: { questionnaireId: id }, order: { position: 'ASC', id: 'ASC' } });
  }

  async section(id: number, sectionId: number): Promise<QuestionnaireSection> {
    return this.sectionOf(this.dataSource.manager, id, sectionId);
  }

  // ---- the questionnaire itself ----

  create(
    actor: Actor,
    input: { title: string; intro?: string; kind: string },
  ): Promise<Questionnaire> {
    return this.tx.run(async (m) => {
      const repo = m.getRepository(Questionnaire);
      const q = await repo.save(
        repo.create({
          title: input.title,
          intro: input.intro ?? '',
          kind: input.kind === 'prepost' ? 'prepost' : 'evaluation',
          version: 1,
          archived: false,
          createdBy: actor.id,
        }),
      );
      await this.audit.record(m, actor, 'questionnaire.created', subject(q.id), { kind: q.kind });
      return q;
    });
  }

  update(
    actor: Actor,
    id: number,
    input: { title: string; intro?: string },
  ): Promise<Questionnaire> {
    return this.tx.run(async (m) => {
      const q = await this.get(id, m);
      q.title = input.title;
      q.intro = input.intro ?? '';
      await m.getRepository(Questionnaire).save(q);
      await this.audit.record(m, actor, 'questionnaire.updated', subject(id));
      return q;
    });
  }

  setArchived(actor: Actor, id: number, archived: boolean): Promise<Questionnaire> {
    return this.tx.run(async (m) => {
      const q = await this.get(id, m);
      q.archived = archived;
      await m.getRepository(Questionnaire).save(q);
      await this.audit.record(
        m,
        actor,
        archived ? 'questionnaire.archived' : 'questionnaire.unarchived',
        subject(id),
      );
      return q;
    });
  }

  // ---- sections ----

  addSection(actor: Actor, id: number, input: { title: string; isScale: boolean }) {
    return this.change(actor, id, 'section.add', async (m) => {
      const repo = m.getRepository(QuestionnaireSection);
      const last = await repo.findOne({
        where: { questionnaireId: id },
        order: { position: 'DESC' },
      });
      return repo.save(
        repo.create({
          questionnaireId: id,
          title: input.title,
          isScale: input.isScale,
          position: (last?.position ?? -1) + 1,
        }),
      );
    });
  }

  updateSection(
    actor: Actor,
    id: number,
    sectionId: number,
    input: { title: string; isScale: boolean },
  ) {
    return this.change(actor, id, 'section.update', async (m) => {
      const section = await this.sectionOf(m, id, sectionId);
      section.title = input.title;
      section.isScale = input.isScale;
      return m.getRepository(QuestionnaireSection).save(section);
    });
  }

  moveSection(actor: Actor, id: number, sectionId: number, direction: Direction) {
    return this.change(actor, id, 'section.move', async (m) => {
      await this.sectionOf(m, id, sectionId);
      const repo = m.getRepository(QuestionnaireSection);
      const all = await repo.find({
        where: { questionnaireId: id },
        order: { position: 'ASC', id: 'ASC' },
      });
      await renumber(all, sectionId, direction, (s, position) =>
        repo.update({ id: s.id }, { position }),
      );
    });
  }

  removeSection(actor: Actor, id: number, sectionId: number) {
    return this.change(actor, id, 'section.remove', async (m) => {
      const section = await this.sectionOf(m, id, sectionId);
      const items = await m.getRepository(QuestionnaireItem).count({ where: { sectionId } });
      if (items) throw new EvaluationError(EvaluationErrorCode.SectionNotEmpty);
      await m.getRepository(QuestionnaireSection).delete({ id: section.id });
    });
  }

  // ---- items ----

  addItem(actor: Actor, id: number, form: ItemForm) {
    return this.tx.run(async (m) => {
      const input = readItemForm(form, await this.sectionIds(m, id));
      return this.changeIn(m, actor, id, 'item.add', async (version) => {
        const repo = m.getRepository(QuestionnaireItem);
        return repo.save(
          repo.create({
            questionnaireId: id,
            sectionId: input.sectionId,
            position: await this.nextPosition(m, id, input.sectionId),
            type: input.type,
            text: input.text,
            required: input.required,
            ...stored(input),
            addedInVersion: version,
            hiddenInVersion: null,
          }),
        );
      });
    });
  }

  updateItem(actor: Actor, id: number, itemId: number, form: ItemForm) {
    return this.tx.run(async (m) => {
      const input = readItemForm(form, await this.sectionIds(m, id));
      const item = await this.itemOf(m, id, itemId);
      await this.check(m, 'edit', item, frozenFieldsChanged(parseItem(item), input));
      return this.changeIn(m, actor, id, 'item.update', async () => {
        if (input.sectionId !== item.sectionId)
          item.position = await this.nextPosition(m, id, input.sectionId);
        Object.assign(item, {
          sectionId: input.sectionId,
          type: input.type,
          text: input.text,
          required: input.required,
          ...stored(input),
        });
        return m.getRepository(QuestionnaireItem).save(item);
      });
    });
  }

  moveItem(actor: Actor, id: number, itemId: number, direction: Direction) {
    return this.change(actor, id, 'item.move', async (m) => {
      const item = await this.itemOf(m, id, itemId);
      const repo = m.getRepository(QuestionnaireItem);
      const siblings = await repo.find({
        where: { questionnaireId: id, sectionId: item.sectionId ?? IsNull() },
        order: { position: 'ASC', id: 'ASC' },
      });
      await renumber(siblings, itemId, direction, (i, position) =>
        repo.update({ id: i.id }, { position }),
      );
    });
  }

  deleteItem(actor: Actor, id: number, itemId: number) {
    return this.tx.run(async (m) => {
      const item = await this.itemOf(m, id, itemId);
      await this.check(m, 'delete', item);
      return this.changeIn(m, actor, id, 'item.delete', async () => {
        await m.getRepository(QuestionnaireItem).delete({ id: item.id });
        return item;
      });
    });
  }

  hideItem(actor: Actor, id: number, itemId: number) {
    return this.tx.run(async (m) => {
      const item = await this.itemOf(m, id, itemId);
      await this.check(m, 'hide', item);
      return this.changeIn(m, actor, id, 'item.hide', async (version) => {
        item.hiddenInVersion = version;
        return m.getRepository(QuestionnaireItem).save(item);
      });
    });
  }

  // ---- helpers ----

  /** A change to the questions in its own transaction. */
  private change<T>(
    actor: Actor,
    id: number,
    action: string,
    work: (m: EntityManager, version: number) => Promise<T>,
  ): Promise<T> {
    return this.tx.run((m) => this.changeIn(m, actor, id, action, (v) => work(m, v)));
  }

  /**
   * A change to the questions: makes a new version first when the current one has responses
   * (questionnaire-versions.ts), then does the work in that version.
   */
  private async changeIn<T>(
    m: EntityManager,
    actor: Actor,
    id: number,
    action: string,
    work: (version: number) => Promise<T>,
  ): Promise<T> {
    const q = await this.get(id, m);
    const answered = await m
      .getRepository(EvaluationResponse)
      .exists({ where: { questionnaireId: id, questionnaireVersion: q.version } });
    const version = versionAfterChange({ version: q.version, currentVersionAnswered: answered });
    if (version !== q.version) {
      const bumped = await m
        .createQueryBuilder()
        .update(Questionnaire)
        .set({ version })
        .where('id = :id AND version = :old', { id, old: q.version })
        .execute();
      if (!bumped.affected) throw new EvaluationError(EvaluationErrorCode.WrongState);
      await this.audit.record(m, actor, VERSION_ACTION, subject(id), { version });
    }
    const result = await work(version);
    await this.audit.record(m, actor, `questionnaire.${action}`, subject(id), { version });
    return result;
  }

  private async check(
    m: EntityManager,
    action: ItemAction,
    item: QuestionnaireItem,
    frozenChanges?: ReturnType<typeof frozenFieldsChanged>,
  ): Promise<void> {
    const q = await this.get(item.questionnaireId, m);
    const result = checkItemAction(action, {
      answered: await this.itemAnswered(m, item.id),
      hidden: !isAskedIn(item, q.version),
      frozenChanges,
    });
    if (result === 'frozen')
      throw new EvaluationError(
        EvaluationErrorCode.ItemFrozen,
        action === 'edit' ? 'text' : undefined,
      );
    if (result === 'unanswered') throw new EvaluationError(EvaluationErrorCode.ItemNotAnswered);
    if (result === 'hidden') throw new EvaluationError(EvaluationErrorCode.WrongState);
  }

  private async itemOf(m: EntityManager, id: number, itemId: number): Promise<QuestionnaireItem> {
    const item = await m
      .getRepository(QuestionnaireItem)
      .findOne({ where: { id: itemId, questionnaireId: id } });
    if (!item) throw new EvaluationError(EvaluationErrorCode.NotFound);
    return item;
  }

  private async sectionOf(
    m: EntityManager,
    id: number,
    sectionId: number,
  ): Promise<QuestionnaireSection> {
    const section = await m
      .getRepository(QuestionnaireSection)
      .findOne({ where: { id: sectionId, questionnaireId: id } });
    if (!section) throw new EvaluationError(EvaluationErrorCode.NotFound);
    return section;
  }

  private async sectionIds(m: EntityManager, id: number): Promise<number[]> {
    await this.get(id, m);
    const sections = await m
      .getRepository(QuestionnaireSection)
      .find({ where: { questionnaireId: id }, select: { id: true } });
    return sections.map((s) => s.id);
  }

  private async nextPosition(m: EntityManager, id: number, sectionId: number | null) {
    const last = await m.getRepository(QuestionnaireItem).findOne({
      where: { questionnaireId: id, sectionId: sectionId ?? IsNull() },
      order: { position: 'DESC' },
    });
    return (last?.position ?? -1) + 1;
  }

  private itemAnswered(m: EntityManager, itemId: number): Promise<boolean> {
    return m.getRepository(EvaluationAnswer).exists({ where: { itemId } });
  }

  private async answeredItemIds(m: EntityManager, id: number): Promise<Set<number>> {
    const rows: { item_id: number | string }[] = await m
      .getRepository(EvaluationAnswer)
      .createQueryBuilder('a')
      .innerJoin(QuestionnaireItem, 'i', 'i.id = a.item_id')
      .select('DISTINCT a.item_id', 'item_id')
      .where('i.questionnaire_id = :id', { id })
      .getRawMany();
    return new Set(rows.map((r) => Number(r.item_id)));
  }
}

function subject(id: number) {
  return { type: 'questionnaire', id };
}

/** The stored form of an item's points, labels and options. */
function stored(input: { scalePoints: number | null; pointLabels: string[]; options: string[] }) {
  return {
    scalePoints: input.scalePoints,
    pointLabels: input.pointLabels.length ? JSON.stringify(input.pointLabels) : null,
    options: input.options.length ? JSON.stringify(input.options) : null,
  };
}

/** Moves one row up or down among its siblings and writes every sibling's new position. */
async function renumber<T extends { id: number; position: number }>(
  rows: T[],
  id: number,
  direction: Direction,
  write: (row: T, position: number) => Promise<unknown>,
): Promise<void> {
  const from = rows.findIndex((r) => r.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= rows.length) return;
  [rows[from], rows[to]] = [rows[to], rows[from]];
  for (const [position, row] of rows.entries())
    if (row.position !== position) await write(row, position);
}
