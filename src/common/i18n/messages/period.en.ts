import type { periodNl } from './period.nl';

/** Messages of the report period (?van=&tot=) shared by every report (en). */
export const periodEn: Record<keyof typeof periodNl, string> = {
  'period.error.fromInvalid': 'Enter an existing date under "From", such as 2026-01-01.',
  'period.error.toInvalid':
    'Enter an existing date under "Up to and including", such as 2026-12-31.',
  'period.error.order': 'The end date is before the start date. Choose an end date after "From".',
  'period.error.tooLong': 'Choose a period of at most ten years.',
};
