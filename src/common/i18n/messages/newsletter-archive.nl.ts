/** Messages of the JEPzine archive pages (nl). */
export const newsletterArchiveNl = {};
