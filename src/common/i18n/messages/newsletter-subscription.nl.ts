/** Messages of the JEPzine subscription pages (nl). */
export const newsletterSubscriptionNl = {};
