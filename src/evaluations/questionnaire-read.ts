import { EntityManager } from 'typeorm';
import { QuestionnaireItem } from './questionnaire-item.entity';
import { QuestionnaireSection } from './questionnaire-section.entity';
import { Questionnaire } from './questionnaire.entity';

/** An item with its JSON columns parsed (empty arrays where they do not apply). */
export interface ParsedItem extends Omit<QuestionnaireItem, 'pointLabels' | 'options'> {
  pointLabels: string[];
  options: string[];
}

function parseList(json: string | null): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map((v) => String(v)) : [];
  } catch {
    return [];
  }
}

/** An item row with `pointLabels` and `options` parsed. */
export function parseItem(item: QuestionnaireItem): ParsedItem {
  return { ...item, pointLabels: parseList(item.pointLabels), options: parseList(item.options) };
}

/** Whether an item is asked in a version: added in it or before, and not hidden by then. */
export function isAskedIn(
  item: Pick<QuestionnaireItem, 'addedInVersion' | 'hiddenInVersion'>,
  version: number,
): boolean {
  return (
    item.addedInVersion <= version &&
    (item.hiddenInVersion === null || item.hiddenInVersion > version)
  );
}

/**
 * The questionnaire's sections (in order) and the items asked in `version` (in order: items
 * outside any section first, then per section in the sections' order; within each by position).
 */
export async function askedItems(
  m: EntityManager,
  questionnaireId: number,
  version: number,
): Promise<{ sections: QuestionnaireSection[]; items: ParsedItem[] }> {
  const sections = await m.getRepository(QuestionnaireSection).find({
    where: { questionnaireId },
    order: { position: 'ASC', id: 'ASC' },
  });
  const rows = await m.getRepository(QuestionnaireItem).find({
    where: { questionnaireId },
    order: { position: 'ASC', id: 'ASC' },
  });
  return {
    sections,
    items: orderItems(
      sections,
      rows.filter((i) => isAskedIn(i, version)),
    ).map(parseItem),
  };
}

/** Items ordered as shown: ungrouped first, then by section order, each by position. */
export function orderItems<T extends Pick<QuestionnaireItem, 'sectionId' | 'position' | 'id'>>(
  sections: Pick<QuestionnaireSection, 'id'>[],
  items: T[],
): T[] {
  const rank = new Map(sections.map((s, n) => [s.id, n + 1]));
  return [...items].sort(
    (a, b) =>
      (a.sectionId === null ? 0 : (rank.get(a.sectionId) ?? 0)) -
        (b.sectionId === null ? 0 : (rank.get(b.sectionId) ?? 0)) ||
      a.position - b.position ||
      a.id - b.id,
  );
}

/** `askedItems` for the questionnaire's current version when no version is given. */
export async function questionnaireItems(
  m: EntityManager,
  questionnaireId: number,
  version?: number,
): Promise<{ sections: QuestionnaireSection[]; items: ParsedItem[] }> {
  let v = version;
  if (v === undefined) {
    const q = await m.getRepository(Questionnaire).findOne({ where: { id: questionnaireId } });
    v = q?.version ?? 1;
  }
  return askedItems(m, questionnaireId, v);
}
