/** Messages of the JEPzine archive pages, the feed, the home page's JEPzine block and the menu (nl). */
export const newsletterArchiveNl = {
  'nav.jepzine': 'JEPzine',
  'nav.jepzineAdmin': 'JEPzine beheren',

  'newsletterArchive.title': 'JEPzine',
  'newsletterArchive.lead':
    'JEPzine is de nieuwsbrief van Platform JEP voor professionals die met jongeren werken: in het onderwijs, het jongerenwerk, bij gemeenten, in zorg en welzijn en bij politie.',
  'newsletterArchive.intro':
    'In elke editie ervaringsverhalen en goede voorbeelden uit de praktijk van het voorkomen van polarisatie en radicalisering, nieuws uit het landelijke netwerk en de trainingen en werkateliers die eraan komen. JEPzine is gratis; afmelden kan altijd, met één klik onder elke nieuwsbrief.',
  'newsletterArchive.subscribeTitle': 'Aanmelden voor JEPzine',
  'newsletterArchive.subscribeText':
    'U krijgt eerst een e-mail om uw aanmelding te bevestigen. Pas daarna sturen we u JEPzine.',
  'newsletterArchive.issuesTitle': 'Verschenen edities',
  'newsletterArchive.issuesPage': 'Verschenen edities, pagina {page} van {pages}',
  'newsletterArchive.empty': 'Er zijn nog geen edities verschenen.',
  'newsletterArchive.feedLink': 'Volg JEPzine met een feedlezer (Atom-feed)',
  'newsletterArchive.feedTitle': 'JEPzine',
  'newsletterArchive.feedSubtitle':
    'De nieuwsbrief van Platform JEP: ervaringsverhalen en goede voorbeelden over het voorkomen van polarisatie en radicalisering bij jongeren.',
  'newsletterArchive.feedAuthor': 'Platform JEP',
  'newsletterArchive.published': 'Verschenen op',
  'newsletterArchive.issue.pageTitle': '{title} · JEPzine',
  'newsletterArchive.issue.back': 'Alle edities van JEPzine',
  'newsletterArchive.issue.audiences': 'Voor',
  'newsletterArchive.issue.audienceAll': 'Iedereen',
  'newsletterArchive.issue.ctaTitle': 'JEPzine voortaan in uw mailbox?',
  'newsletterArchive.issue.ctaText':
    'Meld u gratis aan en ontvang elke nieuwe editie per e-mail. U kiest zelf de onderwerpen.',
  'newsletterArchive.issue.ctaLink': 'Aanmelden voor JEPzine',
  'newsletterArchive.issue.neighbours': 'Andere edities',
  'newsletterArchive.issue.older': 'Vorige editie',
  'newsletterArchive.issue.newer': 'Volgende editie',

  'home.latestJepzine.title': 'Laatste JEPzine',
  'home.latestJepzine.all': 'Alle edities van JEPzine',
  'home.latestJepzine.none':
    'De eerste JEPzine verschijnt binnenkort. Meld u aan, dan krijgt u hem als eerste.',
  'home.latestJepzine.subscribeTitle': 'Meld u aan voor JEPzine',
};
