import type { ItemType } from './questionnaire-item.entity';

/**
 * What may change in a questionnaire once people have answered it.
 *
 * - While its current version has no responses, everything may change freely and `version`
 *   stays: no one has seen the questions in this form yet.
 * - Once the current version has responses, a change to its questions (sections and items; not
 *   the title, intro or archiving, which are not part of what was asked) makes a new version:
 *   `version + 1`. Later changes stay in that version until it is answered in its turn, so a
 *   string of edits after answers makes one new version, not one per edit.
 * - An item that has answers is frozen: its text, type, points, labels, options and section
 *   cannot change (the answers would no longer mean what they meant) and it cannot be deleted.
 *   It can be hidden: from the new version on it is no longer asked, and earlier answers stay in
 *   the reports. Whether it is required may still change.
 */

/** How a questionnaire stands: its version and whether that version has been answered. */
export interface VersionState {
  version: number;
  currentVersionAnswered: boolean;
}

/** The version a change of the questions belongs to (and the questionnaire's version after it). */
export function versionAfterChange(state: VersionState): number {
  return state.currentVersionAnswered ? state.version + 1 : state.version;
}

/** The parts of an item that answers depend on. */
export interface ItemContent {
  type: ItemType;
  text: string;
  scalePoints: number | null;
  pointLabels: string[];
  options: string[];
  sectionId: number | null;
}

export type FrozenField = 'type' | 'text' | 'scalePoints' | 'pointLabels' | 'options' | 'sectionId';

const same = (a: string[], b: string[]) => a.length === b.length && a.every((v, n) => v === b[n]);

/** The frozen parts that differ between an item as stored and as edited. */
export function frozenFieldsChanged(before: ItemContent, after: ItemContent): FrozenField[] {
  const changed: FrozenField[] = [];
  if (before.type !== after.type) changed.push('type');
  if (before.text !== after.text) changed.push('text');
  if ((before.scalePoints ?? null) !== (after.scalePoints ?? null)) changed.push('scalePoints');
  if (!same(before.pointLabels, after.pointLabels)) changed.push('pointLabels');
  if (!same(before.options, after.options)) changed.push('options');
  if ((before.sectionId ?? null) !== (after.sectionId ?? null)) changed.push('sectionId');
  return changed;
}

export type ItemAction = 'edit' | 'delete' | 'hide';

/**
 * Whether an action on an item is allowed: `frozen` when it would change or remove answered
 * content, `unanswered` when hiding an item without answers (delete it instead), `hidden` when
 * it is hidden already.
 */
export function checkItemAction(
  action: ItemAction,
  item: { answered: boolean; hidden: boolean; frozenChanges?: FrozenField[] },
): 'ok' | 'frozen' | 'unanswered' | 'hidden' {
  if (action === 'hide') {
    if (item.hidden) return 'hidden';
    return item.answered ? 'ok' : 'unanswered';
  }
  if (!item.answered) return 'ok';
  if (action === 'delete') return 'frozen';
  return item.frozenChanges?.length ? 'frozen' : 'ok';
}
