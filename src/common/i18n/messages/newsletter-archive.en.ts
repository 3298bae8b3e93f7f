import type { newsletterArchiveNl } from './newsletter-archive.nl';

/** Messages of the JEPzine archive pages, the feed, the home page's JEPzine block and the menu (en). */
export const newsletterArchiveEn: Record<keyof typeof newsletterArchiveNl, string> = {
  'nav.jepzine': 'JEPzine',
  'nav.jepzineAdmin': 'Manage JEPzine',

  'newsletterArchive.title': 'JEPzine',
  'newsletterArchive.lead':
    'JEPzine is the newsletter of Platform JEP for professionals who work with young people: in education, youth work, municipalities, care and welfare, and the police.',
  'newsletterArchive.intro':
    'Every issue brings experience stories and good practices in preventing polarisation and radicalisation, news from the national network, and the trainings and workshops coming up. JEPzine is free; you can unsubscribe at any time, with one click below every newsletter.',
  'newsletterArchive.subscribeTitle': 'Subscribe to JEPzine',
  'newsletterArchive.subscribeText':
    'You will first get an e-mail to confirm your subscription. Only then do we send you JEPzine.',
  'newsletterArchive.issuesTitle': 'Published issues',
  'newsletterArchive.issuesPage': 'Published issues, page {page} of {pages}',
  'newsletterArchive.empty': 'No issues have been published yet.',
  'newsletterArchive.feedLink': 'Follow JEPzine in a feed reader (Atom feed)',
  'newsletterArchive.feedTitle': 'JEPzine',
  'newsletterArchive.feedSubtitle':
    'The newsletter of Platform JEP: experience stories and good practices in preventing polarisation and radicalisation among young people.',
  'newsletterArchive.feedAuthor': 'Platform JEP',
  'newsletterArchive.published': 'Published on',
  'newsletterArchive.issue.pageTitle': '{title} · JEPzine',
  'newsletterArchive.issue.back': 'All issues of JEPzine',
  'newsletterArchive.issue.audiences': 'For',
  'newsletterArchive.issue.audienceAll': 'Everyone',
  'newsletterArchive.issue.ctaTitle': 'JEPzine in your inbox from now on?',
  'newsletterArchive.issue.ctaText':
    'Subscribe for free and get every new issue by e-mail. You choose the topics.',
  'newsletterArchive.issue.ctaLink': 'Subscribe to JEPzine',
  'newsletterArchive.issue.neighbours': 'Other issues',
  'newsletterArchive.issue.older': 'Previous issue',
  'newsletterArchive.issue.newer': 'Next issue',

  'home.latestJepzine.title': 'Latest JEPzine',
  'home.latestJepzine.all': 'All issues of JEPzine',
  'home.latestJepzine.none':
    'The first JEPzine is coming soon. Subscribe and you will be the first to get it.',
  'home.latestJepzine.subscribeTitle': 'Subscribe to JEPzine',
};
