import type { Locale, MessageKey } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import type { QuestionnaireSection } from './questionnaire-section.entity';
import type { ParsedItem } from './questionnaire-read';
import type { BuilderItem, QuestionnairePage, QuestionnaireSummary } from './questionnaire.service';
import type { Questionnaire, QuestionnaireKind } from './questionnaire.entity';
import { ITEM_TYPES } from './questionnaire-items';

export const LIST_HREF = '/beheer/vragenlijsten';

export function questionnaireHref(id: number): string {
  return `${LIST_HREF}/${id}`;
}

export function kindLabel(kind: QuestionnaireKind): MessageKey {
  return kind === 'prepost'
    ? 'evaluations.builder.kind.prepost'
    : 'evaluations.builder.kind.evaluation';
}

export function typeLabel(type: ParsedItem['type']): MessageKey {
  return `evaluations.item.type.${type}` as MessageKey;
}

export const KIND_OPTIONS = [
  { value: 'evaluation', label: 'evaluations.builder.kind.evaluation' },
  { value: 'prepost', label: 'evaluations.builder.kind.prepost' },
];

export const TYPE_OPTIONS = ITEM_TYPES.map((value) => ({ value, label: typeLabel(value) }));

export const POINT_OPTIONS = [
  { value: '5', label: 'evaluations.item.points5' },
  { value: '7', label: 'evaluations.item.points7' },
];

/** A row of the questionnaire list. */
export function questionnaireRow(s: QuestionnaireSummary) {
  return {
    href: questionnaireHref(s.questionnaire.id),
    title: s.questionnaire.title,
    kindLabel: kindLabel(s.questionnaire.kind),
    version: s.questionnaire.version,
    itemCount: s.itemCount,
    responseCount: s.responseCount,
    archived: s.questionnaire.archived,
    offerings: s.offerings.map((o) => ({
      title: o.title,
      href: `/beheer/aanbod/${o.id}/evaluatie`,
    })),
  };
}

/** What a participant is shown of an item's answer scale, in a few words. */
export function itemDetails(item: ParsedItem): string {
  if (item.type === 'likert') {
    const n = item.scalePoints ?? item.pointLabels.length;
    return `1–${n}: ${item.pointLabels.join(' · ')}`;
  }
  if (item.type === 'single' || item.type === 'multiple') return item.options.join(' · ');
  return '';
}

function itemView(item: BuilderItem, href: string, first: boolean, last: boolean) {
  return {
    id: item.id,
    text: item.text,
    typeLabel: typeLabel(item.type),
    required: item.required,
    details: itemDetails(item),
    answered: item.answered,
    hidden: item.hidden,
    hiddenInVersion: item.hiddenInVersion,
    addedInVersion: item.addedInVersion,
    href: `${href}/vragen/${item.id}`,
    canEdit: !item.hidden,
    canDelete: !item.answered,
    canHide: item.answered && !item.hidden,
    first,
    last,
  };
}

/** The groups of the builder page: items outside any section first, then each section. */
export function builderGroups(
  sections: QuestionnaireSection[],
  items: BuilderItem[],
  href: string,
) {
  const view = (list: BuilderItem[]) =>
    list.map((item, n) => itemView(item, href, n === 0, n === list.length - 1));
  const loose = items.filter((i) => i.sectionId === null);
  return {
    loose: view(loose),
    sections: sections.map((s, n) => {
      const own = items.filter((i) => i.sectionId === s.id);
      return {
        id: s.id,
        title: s.title,
        isScale: s.isScale,
        href: `${href}/onderdelen/${s.id}`,
        canRemove: own.length === 0,
        first: n === 0,
        last: n === sections.length - 1,
        items: view(own),
      };
    }),
  };
}

/** The questionnaire page: its facts, groups of items, versions and where it is used. */
export function builderView(page: QuestionnairePage, locale: Locale) {
  const q = page.questionnaire;
  const href = questionnaireHref(q.id);
  const answered = page.items.some((i) => i.answered);
  return {
    questionnaire: {
      id: q.id,
      title: q.title,
      intro: q.intro,
      kindLabel: kindLabel(q.kind),
      version: q.version,
      archived: q.archived,
      href,
    },
    answered,
    itemCount: page.items.filter((i) => !i.hidden).length,
    ...builderGroups(page.sections, page.items, href),
    versions: page.versions.map((v) => ({
      version: v.version,
      since: formatDate(v.since, locale),
      responses: v.responses,
      current: v.version === q.version,
    })),
    usedBy: page.usedBy.map((u) => ({
      title: u.title,
      kindLabel: kindLabel(u.kind),
      href: `/beheer/aanbod/${u.id}/evaluatie`,
    })),
  };
}

export function sectionOptions(sections: QuestionnaireSection[]) {
  return sections.map((s) => ({ value: String(s.id), label: s.title }));
}

/** The values of the questionnaire's own form (title, intro). */
export function questionnaireFormValues(q: Questionnaire) {
  return { title: q.title, intro: q.intro };
}

/** The preview: every item asked now, as the participant sees it (read-only). */
export function previewView(
  questionnaire: Questionnaire,
  sections: QuestionnaireSection[],
  items: ParsedItem[],
) {
  const view = (item: ParsedItem, number: number) => ({
    id: item.id,
    number,
    text: item.text,
    required: item.required,
    isLikert: item.type === 'likert',
    isSingle: item.type === 'single',
    isMultiple: item.type === 'multiple',
    isOpen: item.type === 'open',
    points: item.pointLabels.map((label, n) => ({
      value: n + 1,
      label: label === String(n + 1) ? '' : label,
    })),
    options: item.options.map((label, n) => ({ value: n, label })),
  });
  let number = 0;
  const loose = items.filter((i) => i.sectionId === null).map((i) => view(i, ++number));
  const groups = sections
    .map((s) => ({
      title: s.title,
      items: items.filter((i) => i.sectionId === s.id).map((i) => view(i, ++number)),
    }))
    .filter((g) => g.items.length);
  return {
    questionnaire: {
      title: questionnaire.title,
      intro: questionnaire.intro,
      version: questionnaire.version,
      href: questionnaireHref(questionnaire.id),
    },
    loose,
    groups,
    empty: number === 0,
  };
}
