/** Messages of JOS trajectories: /jos and its application form, the trajectory page, members, phases and their configuration (nl). */
export const trajectoriesNl = {
  'trajectories.tab.label': 'Onderdelen van dit traject',
  'trajectories.tab.overview': 'Overzicht',
  'trajectories.tab.log': 'Logboek',
  'trajectories.tab.actions': 'Acties',
  'trajectories.tab.documents': 'Documenten',
  'trajectories.tab.assessment': 'Zelfevaluatie',
  'nav.jos': 'JOS',
  'nav.josAdmin': 'JOS-trajecten',
  'trajectories.error.coachOnly':
    'Alleen de JEP-coach van dit traject of een JEP-medewerker kan dit doen.',
  'trajectories.error.wrongState':
    'Dit traject is intussen gewijzigd of afgesloten. Bekijk de actuele stand en probeer het opnieuw.',
  'trajectories.factor.partnership': 'Partnerschap',
  'trajectories.factor.partnership.statement':
    'School en jongerenwerk werken als gelijkwaardige partners samen.',
  'trajectories.factor.accessibility': 'Bereikbaarheid',
  'trajectories.factor.accessibility.statement':
    'De jongerenwerker is in en rond school laagdrempelig aanwezig en bereikbaar ("high contact – low pressure").',
  'trajectories.factor.structural_funding': 'Structurele financiering',
  'trajectories.factor.structural_funding.statement':
    'De samenwerking heeft geld en uren die niet na één jaar ophouden.',
  'trajectories.factor.shared_goals': 'Gedeelde doelen',
  'trajectories.factor.shared_goals.statement':
    'We hebben samen vastgelegd wat we willen bereiken en waarom.',
  'trajectories.factor.information_sharing': 'Informatie delen',
  'trajectories.factor.information_sharing.statement':
    'We weten wat we wel en niet mogen delen, en doen dat op tijd.',
  'trajectories.factor.embedding': 'Borging',
  'trajectories.factor.embedding.statement':
    'De samenwerking hangt niet van één persoon af en staat in beleid en jaarplannen.',
};
