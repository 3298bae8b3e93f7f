import type { MessageKey } from '../common/i18n/i18n';

export type TrajectoryTab = 'overview' | 'log' | 'actions' | 'documents' | 'assessment';

const TABS: { tab: TrajectoryTab; path: string; label: MessageKey }[] = [
  { tab: 'overview', path: '', label: 'trajectories.tab.overview' },
  { tab: 'log', path: '/logboek', label: 'trajectories.tab.log' },
  { tab: 'actions', path: '/acties', label: 'trajectories.tab.actions' },
  { tab: 'documents', path: '/documenten', label: 'trajectories.tab.documents' },
  { tab: 'assessment', path: '/zelfevaluatie', label: 'trajectories.tab.assessment' },
];

/**
 * The sub-navigation of a trajectory's pages (views/partials/trajectories/tabs.hbs): every page
 * of one trajectory passes `tabs: trajectoryTabs(id, 'log')` and a `trajectoryTitle`.
 */
export function trajectoryTabs(id: number, current: TrajectoryTab) {
  return TABS.map((t) => ({
    href: `/jos/trajecten/${id}${t.path}`,
    label: t.label,
    current: t.tab === current,
  }));
}
