import type { networkSearchNl } from './network-search.nl';

/** Messages of the network search pages (en). */
export const networkSearchEn: Record<keyof typeof networkSearchNl, string> = {};
