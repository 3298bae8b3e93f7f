/** Messages of the JEPzine issues pages (nl). */
export const newsletterIssuesNl = {};
