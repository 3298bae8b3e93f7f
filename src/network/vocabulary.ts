/**
 * The directory's controlled vocabularies. Labels: `network.type.<key>`, `network.expertise.<key>`,
 * `network.visibility.<key>` (both languages). Adding a key here and its labels is all it takes.
 */
export const ORGANISATION_TYPES = [
  'jongerenwerk',
  'onderwijs',
  'gemeente',
  'zorg-en-welzijn',
  'politie',
  'sleutelfiguren',
  'kennisinstituut',
  'overig',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const EXPERTISE = [
  'polarisatie',
  'online-radicalisering',
  'extreemrechts',
  'extreemlinks',
  'jihadisme',
  'complotdenken',
  'opvoedondersteuning',
  'weerbaarheid',
  'sleutelfiguren',
  'informatie-uitwisseling',
  'groepsspanningen',
  'deradicalisering',
] as const;
export type Expertise = (typeof EXPERTISE)[number];

/** Who may see a contact person: everyone, signed-in users, or JEP staff only. */
export const CONTACT_VISIBILITIES = ['public', 'members', 'staff'] as const;
export type ContactVisibility = (typeof CONTACT_VISIBILITIES)[number];

export function isOrganisationType(value: unknown): value is OrganisationType {
  return typeof value === 'string' && (ORGANISATION_TYPES as readonly string[]).includes(value);
}

export function isExpertise(value: unknown): value is Expertise {
  return typeof value === 'string' && (EXPERTISE as readonly string[]).includes(value);
}

/** Any form value (one string, several, nothing) → the known expertise keys, in list order. */
export function expertiseList(value: unknown): Expertise[] {
  const values = Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value];
  return EXPERTISE.filter((key) => values.includes(key));
}
