import type { User } from '../accounts/user.entity';
import type { Locale, MessageKey } from '../common/i18n/i18n';
import { fromAmsterdam } from '../common/views/amsterdam-time';
import { formatDate, formatDateTime, isoDateTime } from '../common/views/format';
import { FIRST_PHASE } from './phase.service';
import type { TrajectoryPageData } from './trajectory.service';
import { trajectoryTabs } from './trajectory-tabs';
import type { TrajectoryPhaseChange } from './trajectory-phase-change.entity';
import type { TrajectoryPhase } from './trajectory-phase.entity';
import type { TrajectoryOrganisationKind } from './trajectory-organisation.entity';
import type { Trajectory, TrajectoryStatus } from './trajectory.entity';

export const STATUS_LABEL: Record<TrajectoryStatus, MessageKey> = {
  active: 'trajectories.status.active',
  completed: 'trajectories.status.completed',
  stopped: 'trajectories.status.stopped',
  declined: 'trajectories.status.declined',
};

export const SIDE_LABEL: Record<TrajectoryOrganisationKind, MessageKey> = {
  school: 'trajectories.side.school',
  youth_work: 'trajectories.side.youth_work',
};

export function sideOptions() {
  return (Object.keys(SIDE_LABEL) as TrajectoryOrganisationKind[]).map((value) => ({
    value,
    label: SIDE_LABEL[value],
  }));
}

export function phaseName(phase: Pick<TrajectoryPhase, 'nameNl' | 'nameEn'>, locale: Locale) {
  return locale === 'en' ? phase.nameEn : phase.nameNl;
}

/** A `YYYY-MM-DD` date the Dutch way ("3 februari 2027"), or '' when not set. */
export function formatDay(day: string | null, locale: Locale): string {
  if (!day) return '';
  const d = fromAmsterdam(day, '12:00');
  return d ? formatDate(d, locale) : '';
}

export type ProgressState = 'done' | 'current' | 'todo';

/**
 * The phases as a progress list: those before the current one done, the current one, those to
 * come. Hidden phases show only when the trajectory is in one.
 */
export function phaseProgress(
  phases: TrajectoryPhase[],
  trajectory: Pick<Trajectory, 'phaseId' | 'status'>,
  locale: Locale,
) {
  const current = phases.find((p) => p.id === trajectory.phaseId);
  const at = current?.position ?? 0;
  return phases
    .filter((p) => p.active || p.id === trajectory.phaseId)
    .map((p) => {
      const state: ProgressState =
        p.id === trajectory.phaseId ? 'current' : p.position < at ? 'done' : 'todo';
      return {
        name: phaseName(p, locale),
        state,
        stateLabel: `trajectories.progress.${state}` as MessageKey,
        current: state === 'current',
      };
    });
}

/** One history line: what happened, when, by whom, with the note. */
export function historyRow(
  change: TrajectoryPhaseChange,
  phases: Map<number, TrajectoryPhase>,
  people: Map<number, Pick<User, 'name'>>,
  locale: Locale,
) {
  const to = phases.get(change.toPhaseId);
  const from = change.fromPhaseId ? phases.get(change.fromPhaseId) : undefined;
  let event: MessageKey;
  const params: Record<string, string> = {
    from: from ? phaseName(from, locale) : '',
    to: to ? phaseName(to, locale) : '',
  };
  if (change.status === 'stopped') event = 'trajectories.history.stopped';
  else if (change.status === 'declined') event = 'trajectories.history.declined';
  else if (change.fromPhaseId === null) event = 'trajectories.history.applied';
  else if (change.status === 'completed') event = 'trajectories.history.completed';
  else event = 'trajectories.history.moved';
  return {
    event,
    params,
    date: formatDateTime(change.changedAt, locale),
    iso: isoDateTime(change.changedAt),
    who: change.changedBy ? (people.get(change.changedBy)?.name ?? '') : '',
    note: change.note ?? '',
  };
}

/** The overview page of a trajectory, with the managers' forms when it is still open. */
export function trajectoryPage(data: TrajectoryPageData, locale: Locale) {
  const { trajectory, canManage, viewer } = data.access;
  const closed = trajectory.status !== 'active';
  const canEdit = canManage && !closed;
  const byId = new Map(data.phases.map((p) => [p.id, p]));
  const orgName = new Map(data.organisations.map((o) => [o.id, o.name]));
  const current = byId.get(trajectory.phaseId);
  return {
    pageTitle: trajectory.title,
    trajectoryTitle: trajectory.title,
    tabs: trajectoryTabs(trajectory.id, 'overview'),
    action: `/jos/trajecten/${trajectory.id}`,
    title: trajectory.title,
    municipality: trajectory.municipality?.name ?? '',
    province: trajectory.municipality?.province?.name ?? '',
    status: trajectory.status,
    statusLabel: STATUS_LABEL[trajectory.status],
    closed,
    closingReason: trajectory.closingReason ?? '',
    phaseName: current ? phaseName(current, locale) : '',
    phaseDescription: current
      ? locale === 'en'
        ? current.descriptionEn
        : current.descriptionNl
      : '',
    progress: phaseProgress(data.phases, trajectory, locale),
    coach: data.coach ? { name: data.coach.name, email: data.coach.email } : null,
    organisations: data.organisations.map((o) => ({
      name: o.name,
      kind: SIDE_LABEL[o.kind],
      listed: o.networkOrganisationId !== null,
    })),
    question: trajectory.question,
    goals: trajectory.goals,
    hopedStart: trajectory.hopedStart,
    startDate: formatDay(trajectory.startDate, locale),
    plannedEndDate: formatDay(trajectory.plannedEndDate, locale),
    members: data.members.map((m) => ({
      id: m.id,
      name: m.user?.name ?? '',
      email: canManage ? (m.user?.email ?? '') : '',
      organisation: m.organisationId ? (orgName.get(m.organisationId) ?? '') : '',
      role: m.roleDescription,
      contact: m.isContact,
      invited: !!m.user && !m.user.passwordHash,
      removeAction: `/jos/trajecten/${trajectory.id}/leden/${m.id}/verwijderen`,
    })),
    history: data.history.map((h) => historyRow(h, byId, data.people, locale)).reverse(),
    viewerIsCoach: viewer === 'coach',
    canManage,
    canEdit,
    canAssignCoach: canEdit && data.viewerIsStaff,
    moveOptions: data.phases
      .filter((p) => p.active && p.key !== FIRST_PHASE && p.id !== trajectory.phaseId)
      .map((p) => ({ value: String(p.id), label: phaseName(p, locale) })),
    coachOptions: data.coaches.map((c) => ({
      value: String(c.id),
      label: `${c.name} (${c.email})`,
    })),
    sideOptions: sideOptions(),
    values: {
      title: trajectory.title,
      goals: trajectory.goals,
      startDate: trajectory.startDate ?? '',
      plannedEndDate: trajectory.plannedEndDate ?? '',
      coachId: trajectory.coachId ? String(trajectory.coachId) : '',
      phaseId: '',
      note: '',
      stopReason: '',
      memberName: '',
      memberEmail: '',
      memberSide: 'school',
      memberRole: '',
    },
  };
}
