import type { newsletterIssuesNl } from './newsletter-issues.nl';

/** Messages of the JEPzine issues pages (en). */
export const newsletterIssuesEn: Record<keyof typeof newsletterIssuesNl, string> = {};
