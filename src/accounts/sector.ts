/** The work fields of youth professionals, used for registration and for reports per sector. */
export const SECTORS = [
  'onderwijs',
  'jongerenwerk',
  'gemeente',
  'jeugdhulp',
  'zorg-welzijn',
  'politie-justitie',
  'anders',
] as const;
export type Sector = (typeof SECTORS)[number];
