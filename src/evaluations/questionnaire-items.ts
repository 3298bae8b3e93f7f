import type { FieldProblem } from '../common/forms/form-invalid.error';
import { FormInvalidError } from '../common/forms/form-invalid.error';
import type { ItemType } from './questionnaire-item.entity';
import type { ParsedItem } from './questionnaire-read';
import type { ItemContent } from './questionnaire-versions';

export const ITEM_TYPES: readonly ItemType[] = ['likert', 'single', 'multiple', 'open'];
export const SCALE_POINTS = ['5', '7'] as const;
export const MAX_TEXT = 500;
export const MAX_LABEL = 100;
export const MAX_OPTION = 200;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 20;

/** The item form as posted (strings; checked by ItemFormDto for type and length). */
export interface ItemForm {
  type: string;
  text: string;
  required?: string;
  scalePoints?: string;
  labelLow?: string;
  labelHigh?: string;
  /** Likert, optional: the labels of the points between the ends, one per line. */
  middleLabels?: string;
  /** Choice: one option per line. */
  options?: string;
  sectionId?: string;
}

export interface ItemInput extends ItemContent {
  required: boolean;
}

/** Non-empty trimmed lines of a textarea. */
export function lines(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * Reads and checks an item form: the rules that depend on the type (points and labels for a
 * Likert item, 2–20 distinct options for a choice) and the section (one of the questionnaire's).
 * Throws FormInvalidError with a message at each wrong field.
 */
export function readItemForm(form: ItemForm, sectionIds: number[]): ItemInput {
  const problems: FieldProblem[] = [];
  const type = form.type as ItemType;
  if (!ITEM_TYPES.includes(type)) problems.push({ field: 'type', message: 'validation.choose' });
  const text = typeof form.text === 'string' ? form.text.trim() : '';
  if (typeof form.text !== 'string' && form.text !== undefined)
    problems.push({ field: 'text', message: 'validation.invalid' });
  else if (!text) problems.push({ field: 'text', message: 'validation.required' });
  else if (text.length > MAX_TEXT)
    problems.push({ field: 'text', message: 'validation.tooLong', params: { max: MAX_TEXT } });
  let sectionId: number | null = null;
  if (form.sectionId) {
    sectionId = Number(form.sectionId);
    if (!sectionIds.includes(sectionId))
      problems.push({ field: 'sectionId', message: 'validation.choose' });
  }
  let scalePoints: number | null = null;
  let pointLabels: string[] = [];
  let options: string[] = [];
  if (type === 'likert') {
    if (!(SCALE_POINTS as readonly string[]).includes(form.scalePoints ?? ''))
      problems.push({ field: 'scalePoints', message: 'evaluations.item.pointsInvalid' });
    else scalePoints = Number(form.scalePoints);
    const low = (form.labelLow ?? '').trim();
    const high = (form.labelHigh ?? '').trim();
    for (const [field, label] of [
      ['labelLow', low],
      ['labelHigh', high],
    ] as const) {
      if (!label) problems.push({ field, message: 'validation.required' });
      else if (label.length > MAX_LABEL)
        problems.push({ field, message: 'validation.tooLong', params: { max: MAX_LABEL } });
    }
    const middle = lines(form.middleLabels);
    if (scalePoints) {
      if (middle.length && middle.length !== scalePoints - 2)
        problems.push({
          field: 'middleLabels',
          message: 'evaluations.item.middleLabelsCount',
          params: { count: scalePoints - 2 },
        });
      else if (middle.some((l) => l.length > MAX_LABEL))
        problems.push({
          field: 'middleLabels',
          message: 'evaluations.item.labelTooLong',
          params: { max: MAX_LABEL },
        });
      else
        pointLabels = [
          low,
          ...(middle.length
            ? middle
            : Array.from({ length: scalePoints - 2 }, (_, n) => String(n + 2))),
          high,
        ];
    }
  } else if (type === 'single' || type === 'multiple') {
    options = lines(form.options);
    if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS)
      problems.push({
        field: 'options',
        message: 'evaluations.item.optionsCount',
        params: { min: MIN_OPTIONS, max: MAX_OPTIONS },
      });
    else if (options.some((o) => o.length > MAX_OPTION))
      problems.push({
        field: 'options',
        message: 'evaluations.item.optionTooLong',
        params: { max: MAX_OPTION },
      });
    else if (new Set(options.map((o) => o.toLowerCase())).size !== options.length)
      problems.push({ field: 'options', message: 'evaluations.item.optionsDuplicate' });
  }
  if (problems.length) throw new FormInvalidError(problems);
  return {
    type,
    text,
    required: form.required === 'on',
    scalePoints,
    pointLabels,
    options,
    sectionId,
  };
}

/** An item as the values of its edit form. */
export function itemFormValues(item: ParsedItem): Record<string, string> {
  const points = item.scalePoints ?? 5;
  const middle = item.pointLabels.slice(1, -1);
  const numbered = middle.every((l, n) => l === String(n + 2));
  return {
    type: item.type,
    text: item.text,
    required: item.required ? 'on' : '',
    scalePoints: String(points),
    labelLow: item.pointLabels[0] ?? '',
    labelHigh: item.pointLabels.length > 1 ? item.pointLabels[item.pointLabels.length - 1] : '',
    middleLabels: numbered ? '' : middle.join('\n'),
    options: item.options.join('\n'),
    sectionId: item.sectionId === null ? '' : String(item.sectionId),
  };
}
