/** Messages of the network freshness pages (nl). */
export const networkFreshnessNl = {};
