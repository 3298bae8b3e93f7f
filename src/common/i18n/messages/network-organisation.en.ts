import type { networkOrganisationNl } from './network-organisation.nl';

/** Messages of the network organisation pages (en). */
export const networkOrganisationEn: Record<keyof typeof networkOrganisationNl, string> = {};
