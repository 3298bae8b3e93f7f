/** Messages of the network organisation pages (nl). */
export const networkOrganisationNl = {};
