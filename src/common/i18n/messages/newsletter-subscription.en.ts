import type { newsletterSubscriptionNl } from './newsletter-subscription.nl';

/** Messages of the JEPzine subscription pages (en). */
export const newsletterSubscriptionEn: Record<keyof typeof newsletterSubscriptionNl, string> = {};
