import type { newsletterSubscribersNl } from './newsletter-subscribers.nl';

/** Messages of the JEPzine subscribers pages (en). */
export const newsletterSubscribersEn: Record<keyof typeof newsletterSubscribersNl, string> = {};
