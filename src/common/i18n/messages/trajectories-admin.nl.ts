/** Messages of JOS trajectories for staff: the board by phase, the list with filters, counts per municipality and phase; the /mijn section (nl). */
export const trajectoriesAdminNl = {
  'trajectories.mine.title': 'Mijn JOS-trajecten',
  'trajectories.mine.none': 'U neemt (nog) niet deel aan een JOS-traject.',
  'trajectories.mine.apply': 'Meer over JOS en aanvragen',
  'trajectories.mine.overdue': '{count} actie(s) over de datum',
};
