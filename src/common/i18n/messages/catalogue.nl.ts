/** Messages of the catalogue pages (nl). Keys: 'catalogue.…'. */
export const catalogueNl = {} as const;
