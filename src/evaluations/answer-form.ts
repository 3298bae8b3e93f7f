import type { FieldProblem } from '../common/forms/form-invalid.error';
import type { ParsedItem } from './questionnaire-read';

/** The longest open answer. */
export const OPEN_ANSWER_MAX = 2000;

/** A Likert point or an option's index, several indices (multiple choice), or open text. */
export type AnswerValue = number | number[] | string;

/** item id → the answer; items without an answer are absent. */
export type Answers = Record<number, AnswerValue>;

export type AnswerItem = Pick<
  ParsedItem,
  'id' | 'type' | 'required' | 'scalePoints' | 'options' | 'text'
>;

/** The form field of an item. */
export function fieldName(itemId: number): string {
  return `item-${itemId}`;
}

export interface ReadAnswers {
  answers: Answers;
  problems: FieldProblem[];
}

const WHOLE = /^\d{1,3}$/;

function asStrings(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  return null;
}

/**
 * Reads the posted answers of `items` from a form body. Only the items asked are read (any other
 * field is ignored). Every value is checked for its type and limits: a Likert point from 1 to the
 * item's points, an option index that exists, open text of at most 2000 characters. With
 * `complete` (the participant sends the questionnaire) every required item needs an answer too;
 * without it (saved to finish later) missing answers are fine.
 */
export function readAnswers(items: AnswerItem[], body: unknown, complete: boolean): ReadAnswers {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const answers: Answers = {};
  const problems: FieldProblem[] = [];
  const problem = (item: AnswerItem, message: FieldProblem['message'], params = {}) =>
    problems.push({ field: fieldName(item.id), message, params });

  for (const item of items) {
    const raw = source[fieldName(item.id)];
    if (item.type === 'open') {
      if (raw !== undefined && typeof raw !== 'string') {
        problem(item, 'validation.invalid');
        continue;
      }
      const text = (raw ?? '').replace(/\r\n/g, '\n').trim();
      if (text.length > OPEN_ANSWER_MAX)
        problem(item, 'evaluations.answer.tooLong', { max: OPEN_ANSWER_MAX });
      else if (text) answers[item.id] = text;
      else if (complete && item.required) problem(item, 'evaluations.answer.requiredText');
      continue;
    }

    const values = asStrings(raw)?.filter((v) => v !== '');
    if (!values || (item.type !== 'multiple' && values.length > 1)) {
      problem(item, 'validation.invalid');
      continue;
    }
    if (!values.length) {
      if (complete && item.required)
        problem(
          item,
          item.type === 'multiple'
            ? 'evaluations.answer.requiredMultiple'
            : 'evaluations.answer.requiredChoice',
        );
      continue;
    }
    if (item.type === 'likert') {
      const points = item.scalePoints ?? 5;
      const n = WHOLE.test(values[0]) ? Number(values[0]) : NaN;
      if (!(n >= 1 && n <= points)) problem(item, 'evaluations.answer.likertRange', { points });
      else answers[item.id] = n;
      continue;
    }
    const indices = values.map((v) => (WHOLE.test(v) ? Number(v) : NaN));
    if (indices.some((n) => !(n >= 0 && n < item.options.length))) {
      problem(item, 'evaluations.answer.invalidOption');
      continue;
    }
    answers[item.id] =
      item.type === 'multiple' ? [...new Set(indices)].sort((a, b) => a - b) : indices[0];
  }
  return { answers, problems };
}

/** The form's values (field → string or strings) for answers, e.g. a saved draft. */
export function answerFormValues(
  items: Pick<AnswerItem, 'id'>[],
  answers: Answers,
): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const item of items) {
    const a = answers[item.id];
    if (a === undefined) continue;
    values[fieldName(item.id)] = Array.isArray(a) ? a.map(String) : String(a);
  }
  return values;
}

/** A saved draft (JSON { itemId: value }) read back; anything malformed is left out. */
export function parseDraft(json: string | null): Answers {
  if (!json) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const answers: Answers = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const id = Number(key);
    if (!Number.isSafeInteger(id)) continue;
    if (
      typeof v === 'string' ||
      (typeof v === 'number' && Number.isInteger(v)) ||
      (Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isInteger(n)))
    )
      answers[id] = v as AnswerValue;
  }
  return answers;
}

/** The answer rows of a response: one per chosen option for multiple choice. */
export function answerRows(
  items: Pick<AnswerItem, 'id' | 'type'>[],
  answers: Answers,
): { itemId: number; valueNumber: number | null; valueText: string | null }[] {
  const rows: { itemId: number; valueNumber: number | null; valueText: string | null }[] = [];
  for (const item of items) {
    const a = answers[item.id];
    if (a === undefined) continue;
    if (typeof a === 'string') rows.push({ itemId: item.id, valueNumber: null, valueText: a });
    else
      for (const n of Array.isArray(a) ? a : [a])
        rows.push({ itemId: item.id, valueNumber: n, valueText: null });
  }
  return rows;
}
