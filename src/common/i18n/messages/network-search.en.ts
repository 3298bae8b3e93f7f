import type { networkSearchNl } from './network-search.nl';

/** Messages of the network search pages (en): /netwerk, its filters and the province map. */
export const networkSearchEn: Record<keyof typeof networkSearchNl, string> = {
  'networkSearch.title': 'National network',
  'networkSearch.lead':
    'Find organisations that work on preventing polarisation and radicalisation: youth work, education, municipalities, care and welfare, police, key figures and knowledge institutes. Choose a province on the map or in the list, or narrow down by type, expertise and municipality.',
  'networkSearch.form.label': 'Search the network',
  'networkSearch.form.query': 'Search by name, topic or place',
  'networkSearch.form.queryHint': 'For example: youth work Leeuwarden, online radicalisation.',
  'networkSearch.form.sort': 'Sort by',
  'networkSearch.form.submit': 'Search',
  'networkSearch.sort.relevance': 'Best match',
  'networkSearch.sort.name': 'Name',

  'networkSearch.filter.title': 'Narrow down',
  'networkSearch.toResults': 'Straight to the results',
  'networkSearch.filter.label': 'Narrow down the results',
  'networkSearch.filter.type': 'Type of organisation',
  'networkSearch.filter.allTypes': 'All types',
  'networkSearch.filter.expertise': 'Expertise',
  'networkSearch.filter.expertiseHint': 'Organisations with at least one of the chosen topics.',
  'networkSearch.filter.municipality': 'Municipality',
  'networkSearch.filter.allMunicipalities': 'All municipalities',
  'networkSearch.filter.apply': 'Apply filters',
  'networkSearch.filter.clear': 'Clear all filters',
  'networkSearch.filter.counts': 'The number of organisations is in brackets.',

  'networkSearch.map.title': 'Province',
  'networkSearch.map.svgTitle': 'Map of the twelve provinces with the number of organisations',
  'networkSearch.map.listLabel': 'Provinces with the number of organisations',
  'networkSearch.map.one': '{name}: 1 organisation',
  'networkSearch.map.many': '{name}: {count} organisations',
  'networkSearch.map.currentSuffix': ', chosen (select to show all provinces)',
  'networkSearch.map.current': 'chosen',

  'networkSearch.municipalities.title': 'Municipalities in the results',
  'networkSearch.municipalities.none': 'No municipalities in these results.',

  'networkSearch.results.title': 'Results',
  'networkSearch.count.one': '1 organisation found',
  'networkSearch.count.many': '{count} organisations found',
  'networkSearch.countFor.one': '1 organisation found for ‘{query}’',
  'networkSearch.countFor.many': '{count} organisations found for ‘{query}’',
  'networkSearch.active.title': 'Chosen filters',
  'networkSearch.active.remove': 'remove filter',
  'networkSearch.active.query': 'Search term',
  'networkSearch.active.type': 'Type',
  'networkSearch.active.expertise': 'Expertise',
  'networkSearch.active.province': 'Province',
  'networkSearch.active.municipality': 'Municipality',
  'networkSearch.ignored':
    'One or more filters in the link do not exist (any more). They were left out; the rest of the search was used.',
  'networkSearch.noTerms':
    'Your search term has no words to search for. All organisations are shown below.',
  'networkSearch.none.title': 'Nothing found',
  'networkSearch.none.text':
    'No organisations match your search. Try fewer or other words, or remove a filter.',
  'networkSearch.beyondLastPage': 'There are no more results on this page.',
  'networkSearch.beyondLastPageLink': 'To the first page',

  'networkSearch.card.type': 'Type',
  'networkSearch.card.place': 'Place',
  'networkSearch.card.provinces': 'Works in',
  'networkSearch.card.expertise': 'Expertise',
  'networkSearch.card.outdated': 'Possibly outdated',
  'networkSearch.card.outdatedHint': 'These details have not been confirmed for more than a year.',
};
