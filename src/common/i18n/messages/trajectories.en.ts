import type { trajectoriesNl } from './trajectories.nl';

/** Messages of JOS trajectories: /jos and its application form, the trajectory page, members, phases and their configuration (en). */
export const trajectoriesEn: Record<keyof typeof trajectoriesNl, string> = {
  'trajectories.tab.label': 'Parts of this trajectory',
  'trajectories.tab.overview': 'Overview',
  'trajectories.tab.log': 'Log',
  'trajectories.tab.actions': 'Actions',
  'trajectories.tab.documents': 'Documents',
  'trajectories.tab.assessment': 'Self-assessment',
  'nav.jos': 'JOS',
  'nav.josAdmin': 'JOS trajectories',
  'trajectories.error.coachOnly':
    'Only the JEP coach of this trajectory or a JEP staff member can do this.',
  'trajectories.error.wrongState':
    'This trajectory has been changed or closed meanwhile. Look at the current state and try again.',
  'trajectories.factor.partnership': 'Partnership',
  'trajectories.factor.partnership.statement':
    'The school and youth work work together as equal partners.',
  'trajectories.factor.accessibility': 'Accessibility',
  'trajectories.factor.accessibility.statement':
    'The youth worker is present and easy to reach in and around the school ("high contact – low pressure").',
  'trajectories.factor.structural_funding': 'Structural funding',
  'trajectories.factor.structural_funding.statement':
    'The collaboration has money and hours that do not stop after one year.',
  'trajectories.factor.shared_goals': 'Shared goals',
  'trajectories.factor.shared_goals.statement':
    'We have agreed together what we want to achieve and why.',
  'trajectories.factor.information_sharing': 'Information sharing',
  'trajectories.factor.information_sharing.statement':
    'We know what we may and may not share, and do so in time.',
  'trajectories.factor.embedding': 'Embedding',
  'trajectories.factor.embedding.statement':
    'The collaboration does not depend on one person and is part of policy and annual plans.',
};
