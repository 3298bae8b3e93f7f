import type { Locale } from '../common/i18n/i18n';
import { formatDate } from '../common/views/format';
import type { TrajectoryAction } from './trajectory-action.entity';
import type { Participant } from './work-page';

/**
 * The actions as the page lists them: open ones first by due date (the overdue ones marked in
 * words), then the done ones, most recently done first. `today` is the Amsterdam date.
 */
export function actionRows(
  actions: TrajectoryAction[],
  names: Map<number, string>,
  today: string,
  locale: Locale,
) {
  const open = actions
    .filter((a) => a.status === 'open')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id);
  const done = actions
    .filter((a) => a.status === 'done')
    .sort((a, b) => (b.doneAt?.getTime() ?? 0) - (a.doneAt?.getTime() ?? 0) || b.id - a.id);
  const row = (a: TrajectoryAction) => {
    const base = `/jos/trajecten/${a.trajectoryId}/acties/${a.id}`;
    return {
      id: a.id,
      anchor: `actie-${a.id}`,
      title: a.title,
      description: a.description,
      owner: names.get(a.ownerId) ?? '',
      dueOn: formatDate(a.dueOn, locale),
      dueIso: a.dueOn,
      done: a.status === 'done',
      overdue: a.status === 'open' && a.dueOn < today,
      doneAt: a.doneAt ? formatDate(a.doneAt, locale) : '',
      doneBy: a.doneBy ? (names.get(a.doneBy) ?? '') : '',
      doneAction: `${base}/afgerond`,
      reopenAction: `${base}/heropenen`,
    };
  };
  const openRows = open.map(row);
  return {
    open: openRows,
    done: done.map(row),
    overdueCount: openRows.filter((r) => r.overdue).length,
  };
}

/** The owner select: the active members and the coach, by name. */
export function ownerOptions(participants: Participant[], coachWord: string) {
  return participants.map((p) => ({
    value: String(p.id),
    label: p.isCoach ? `${p.name} (${coachWord})` : p.name,
  }));
}
