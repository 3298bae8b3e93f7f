/** Messages of the JEPzine subscribers pages (nl). */
export const newsletterSubscribersNl = {};
