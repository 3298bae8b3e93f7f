import type { Locale } from '../common/i18n/i18n';
import { formatDateTime } from '../common/views/format';
import { answerFormValues, fieldName, OPEN_ANSWER_MAX } from './answer-form';
import { MIN_RESPONSES } from './evaluation-moment';
import type { AnswerPage } from './answer.service';
import type { ParsedItem } from './questionnaire-read';

/** The form's values: field → one string, or several (checkboxes). */
export type AnswerValues = Record<string, string | string[]>;

export function answerHref(invitationId: number): string {
  return `/mijn/vragenlijsten/${invitationId}`;
}

/** What a posted form sent for the items (kept when it comes back with errors). */
export function postedAnswerValues(items: Pick<ParsedItem, 'id'>[], body: unknown): AnswerValues {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const values: AnswerValues = {};
  for (const item of items) {
    const v = source[fieldName(item.id)];
    if (typeof v === 'string') values[fieldName(item.id)] = v;
    else if (Array.isArray(v)) values[fieldName(item.id)] = v.map(String);
  }
  return values;
}

const has = (value: string | string[] | undefined, option: string) =>
  Array.isArray(value) ? value.includes(option) : value === option;

/** A Likert point's label: its number, with the label when there is one. */
export function pointLabel(point: number, label: string | undefined): string {
  const text = (label ?? '').trim();
  return text && text !== String(point) ? `${point} – ${text}` : String(point);
}

export function itemView(item: ParsedItem, values: AnswerValues) {
  const name = fieldName(item.id);
  const value = values[name];
  const choices =
    item.type === 'likert'
      ? Array.from({ length: item.scalePoints ?? 5 }, (_, n) => ({
          value: String(n + 1),
          label: pointLabel(n + 1, item.pointLabels[n]),
        }))
      : item.options.map((label, n) => ({ value: String(n), label }));
  return {
    name,
    text: item.text,
    required: item.required,
    isLikert: item.type === 'likert',
    isSingle: item.type === 'single',
    isMultiple: item.type === 'multiple',
    isOpen: item.type === 'open',
    /** the radio/checkbox type for choice items */
    inputType: item.type === 'multiple' ? 'checkbox' : 'radio',
    choices: choices.map((c) => ({
      ...c,
      id: `field-${name}-${c.value}`,
      checked: has(value, c.value),
    })),
    textValue: typeof value === 'string' ? value : '',
    maxlength: OPEN_ANSWER_MAX,
  };
}

/**
 * The answer page: the questionnaire's intro, the items outside any section, then each section
 * (a scale as a fieldset with its legend), each item with its choices and the given values
 * (the draft's, or the posted ones when the form comes back).
 */
export function answerView(page: AnswerPage, values: AnswerValues | null, locale: Locale) {
  const shown = values ?? answerFormValues(page.items, page.draft);
  const ungrouped = page.items.filter(
    (i) => i.sectionId === null || !page.sections.some((s) => s.id === i.sectionId),
  );
  const groups = [
    ...(ungrouped.length ? [{ section: null, items: ungrouped }] : []),
    ...page.sections
      .map((s) => ({
        section: { id: `section-${s.id}`, title: s.title, isScale: s.isScale },
        items: page.items.filter((i) => i.sectionId === s.id),
      }))
      .filter((g) => g.items.length),
  ];
  return {
    pageTitle: page.questionnaire.title,
    title: page.questionnaire.title,
    intro: page.questionnaire.intro,
    edition: `${page.offeringTitle} — ${page.editionTitle}`,
    momentLabel: `evaluations.moment.${page.invitation.moment}`,
    closes: page.invitation.closesAt ? formatDateTime(page.invitation.closesAt, locale) : null,
    action: answerHref(page.invitation.id),
    started: !!page.invitation.draft,
    minResponses: MIN_RESPONSES,
    hasRequired: page.items.some((i) => i.required),
    groups: groups.map((g) => ({
      section: g.section,
      items: g.items.map((i) => itemView(i, shown)),
    })),
    values: shown,
  };
}

/** The page for an invitation that cannot be answered (any more). */
export function notOpenView(page: AnswerPage, locale: Locale) {
  const answered = page.state === 'answered';
  return {
    pageTitle: answered ? 'evaluations.answer.answeredTitle' : 'evaluations.answer.closedTitle',
    answered,
    title: page.questionnaire.title,
    edition: `${page.offeringTitle} — ${page.editionTitle}`,
    closes: page.invitation.closesAt ? formatDateTime(page.invitation.closesAt, locale) : null,
  };
}
