import type { trajectoriesWorkNl } from './trajectories-work.nl';

/** Messages of JOS trajectories, working together: the log, actions and their reminders, document links, the self-assessment (en). */
export const trajectoriesWorkEn: Record<keyof typeof trajectoriesWorkNl, string> = {};
