import type { trajectoriesAdminNl } from './trajectories-admin.nl';

/** Messages of JOS trajectories for staff: the board by phase, the list with filters, counts per municipality and phase; the /mijn section (en). */
export const trajectoriesAdminEn: Record<keyof typeof trajectoriesAdminNl, string> = {
  'trajectories.mine.title': 'My JOS trajectories',
  'trajectories.mine.none': 'You are not taking part in a JOS trajectory (yet).',
  'trajectories.mine.apply': 'More about JOS and applying',
  'trajectories.mine.overdue': '{count} action(s) overdue',
};
