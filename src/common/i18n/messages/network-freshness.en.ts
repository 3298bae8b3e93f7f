import type { networkFreshnessNl } from './network-freshness.nl';

/** Messages of the network freshness pages (en). */
export const networkFreshnessEn: Record<keyof typeof networkFreshnessNl, string> = {};
