/** Messages of the catalogue pages (en). Keys: 'catalogue.…'. */
export const catalogueEn = {} as const;
