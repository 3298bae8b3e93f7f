import type { adviceReportsNl } from './advice-reports.nl';

/** Messages of Advies op Maat reports and retention: counts, response and closing times, referrals, follow-up results, CSV, anonymisation; the /mijn section (en). */
export const adviceReportsEn: Record<keyof typeof adviceReportsNl, string> = {
  'advice.mine.title': 'My advice requests',
  'advice.mine.none': 'You have not asked for advice yet.',
  'advice.mine.ask': 'Ask Advies op Maat a question',
};
