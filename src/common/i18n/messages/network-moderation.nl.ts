/** Messages of the network moderation pages (nl). */
export const networkModerationNl = {};
