/** Messages of the dashboard /mijn (nl). Keys: 'dashboard.…'. */
export const dashboardNl = {
  'dashboard.upcoming': 'Mijn bijeenkomsten',
  'dashboard.noUpcoming': 'U hebt geen bijeenkomsten gepland.',
  'dashboard.toCatalogue': 'Bekijk het aanbod',
  'dashboard.more': 'Meer',
  'dashboard.more.jepzine': 'Mijn JEPzine-abonnement',
  'dashboard.more.organisation': 'Mijn organisatie in het netwerk (of aanmelden als organisatie)',
  'dashboard.more.profile': 'Mijn gegevens',
  'dashboard.feed': 'Mijn bijeenkomsten in mijn eigen agenda (agenda-abonnement)',
  'dashboard.enrolments': 'Mijn aanmeldingen',
  'dashboard.noEnrolments': 'U bent nergens voor aangemeld.',
  'dashboard.past': 'Gevolgd',
  'dashboard.completionPending': 'afronding nog niet bepaald',
  'dashboard.roster': 'Presentie',
  'dashboard.rosterLink': 'Presentie {date}',
};
