import type { newsletterArchiveNl } from './newsletter-archive.nl';

/** Messages of the JEPzine archive pages (en). */
export const newsletterArchiveEn: Record<keyof typeof newsletterArchiveNl, string> = {};
