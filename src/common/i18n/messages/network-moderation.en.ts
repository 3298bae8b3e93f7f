import type { networkModerationNl } from './network-moderation.nl';

/** Messages of the network moderation pages (en). */
export const networkModerationEn: Record<keyof typeof networkModerationNl, string> = {};
