import type { networkNl } from './network.nl';

/** Messages shared by the network directory pages (en). */
export const networkEn: Record<keyof typeof networkNl, string> = {
  'network.type.jongerenwerk': 'Youth work',
  'network.type.onderwijs': 'Education',
  'network.type.gemeente': 'Municipality',
  'network.type.zorg-en-welzijn': 'Care and welfare',
  'network.type.politie': 'Police',
  'network.type.sleutelfiguren': 'Key-figure network',
  'network.type.kennisinstituut': 'Knowledge institute',
  'network.type.overig': 'Other',
  'network.expertise.polarisatie': 'Polarisation',
  'network.expertise.online-radicalisering': 'Online radicalisation',
  'network.expertise.extreemrechts': 'Far right',
  'network.expertise.extreemlinks': 'Far left',
  'network.expertise.jihadisme': 'Jihadism',
  'network.expertise.complotdenken': 'Conspiracy thinking',
  'network.expertise.opvoedondersteuning': 'Parenting support',
  'network.expertise.weerbaarheid': 'Resilience',
  'network.expertise.sleutelfiguren': 'Key figures',
  'network.expertise.informatie-uitwisseling': 'Information sharing',
  'network.expertise.groepsspanningen': 'Tension between groups',
  'network.expertise.deradicalisering': 'Deradicalisation and exit',
  'network.visibility.public': 'Everyone',
  'network.visibility.members': 'Signed-in professionals and partners',
  'network.visibility.staff': 'JEP staff only',
  'network.error.slugTaken': 'There already is an organisation with this web address.',
  'network.error.wrongState': 'That is no longer possible: the state has changed meanwhile.',
  'network.error.throttled': 'You have sent many messages. Try again in an hour.',
  'network.error.tokenInvalid':
    'This link is not valid or has expired. Nothing has changed. Sign in to see the listing.',
  'network.error.unknownPlace': 'Choose a municipality or province from the list.',
};
