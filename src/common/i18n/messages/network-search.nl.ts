/** Messages of the network search pages (nl): /netwerk, its filters and the province map. */
export const networkSearchNl = {
  'networkSearch.title': 'Landelijk netwerk',
  'networkSearch.lead':
    'Zoek organisaties die werken aan het voorkomen van polarisatie en radicalisering: jongerenwerk, onderwijs, gemeenten, zorg en welzijn, politie, sleutelfiguren en kennisinstituten. Kies een provincie op de kaart of in de lijst, of verfijn op type, expertise en gemeente.',
  'networkSearch.form.label': 'Zoeken in het netwerk',
  'networkSearch.form.query': 'Zoek op naam, onderwerp of plaats',
  'networkSearch.form.queryHint': 'Bijvoorbeeld: jongerenwerk Leeuwarden, online radicalisering.',
  'networkSearch.form.sort': 'Sorteren op',
  'networkSearch.form.submit': 'Zoeken',
  'networkSearch.sort.relevance': 'Best passend',
  'networkSearch.sort.name': 'Naam',

  'networkSearch.filter.title': 'Verfijnen',
  'networkSearch.toResults': 'Direct naar de resultaten',
  'networkSearch.filter.label': 'Zoekresultaten verfijnen',
  'networkSearch.filter.type': 'Type organisatie',
  'networkSearch.filter.allTypes': 'Alle typen',
  'networkSearch.filter.expertise': 'Expertise',
  'networkSearch.filter.expertiseHint':
    'Organisaties met ten minste één van de gekozen onderwerpen.',
  'networkSearch.filter.municipality': 'Gemeente',
  'networkSearch.filter.allMunicipalities': 'Alle gemeenten',
  'networkSearch.filter.apply': 'Filters toepassen',
  'networkSearch.filter.clear': 'Alle filters wissen',
  'networkSearch.filter.counts': 'Tussen haakjes staat het aantal organisaties.',

  'networkSearch.map.title': 'Provincie',
  'networkSearch.map.svgTitle': 'Kaart van de twaalf provincies met het aantal organisaties',
  'networkSearch.map.listLabel': 'Provincies met het aantal organisaties',
  'networkSearch.map.one': '{name}: 1 organisatie',
  'networkSearch.map.many': '{name}: {count} organisaties',
  'networkSearch.map.currentSuffix': ', gekozen (klik om alle provincies te tonen)',
  'networkSearch.map.current': 'gekozen',

  'networkSearch.municipalities.title': 'Gemeenten in de resultaten',
  'networkSearch.municipalities.none': 'Geen gemeenten in deze resultaten.',

  'networkSearch.results.title': 'Resultaten',
  'networkSearch.count.one': '1 organisatie gevonden',
  'networkSearch.count.many': '{count} organisaties gevonden',
  'networkSearch.countFor.one': '1 organisatie gevonden voor ‘{query}’',
  'networkSearch.countFor.many': '{count} organisaties gevonden voor ‘{query}’',
  'networkSearch.active.title': 'Gekozen filters',
  'networkSearch.active.remove': 'filter verwijderen',
  'networkSearch.active.query': 'Zoekterm',
  'networkSearch.active.type': 'Type',
  'networkSearch.active.expertise': 'Expertise',
  'networkSearch.active.province': 'Provincie',
  'networkSearch.active.municipality': 'Gemeente',
  'networkSearch.ignored':
    'Een of meer filters in de link bestaan niet (meer). Die zijn niet gebruikt; de overige zoekopdracht wel.',
  'networkSearch.noTerms':
    'In uw zoekterm staan geen woorden om op te zoeken. Hieronder staan alle organisaties.',
  'networkSearch.none.title': 'Niets gevonden',
  'networkSearch.none.text':
    'Er zijn geen organisaties die bij uw zoekopdracht passen. Probeer minder of andere woorden, of verwijder een filter.',
  'networkSearch.beyondLastPage': 'Op deze pagina staan geen resultaten meer.',
  'networkSearch.beyondLastPageLink': 'Naar de eerste pagina',

  'networkSearch.card.type': 'Type',
  'networkSearch.card.place': 'Plaats',
  'networkSearch.card.provinces': 'Werkgebied',
  'networkSearch.card.expertise': 'Expertise',
  'networkSearch.card.outdated': 'Mogelijk verouderd',
  'networkSearch.card.outdatedHint': 'Deze gegevens zijn al meer dan een jaar niet bevestigd.',
};
