/** Messages of the network search pages (nl). */
export const networkSearchNl = {};
