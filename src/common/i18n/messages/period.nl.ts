/** Messages of the report period (?van=&tot=) shared by every report (nl). */
export const periodNl = {
  'period.error.fromInvalid': 'Vul bij "Van" een bestaande datum in, zoals 2026-01-01.',
  'period.error.toInvalid': 'Vul bij "Tot en met" een bestaande datum in, zoals 2026-12-31.',
  'period.error.order': 'De einddatum ligt vóór de begindatum. Kies een einddatum na "Van".',
  'period.error.tooLong': 'Kies een periode van hoogstens tien jaar.',
};
