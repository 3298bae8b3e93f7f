/** Messages of JOS trajectories, working together: the log, actions and their reminders, document links, the self-assessment (nl). */
export const trajectoriesWorkNl = {};
