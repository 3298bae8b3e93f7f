import type { dashboardNl } from './dashboard.nl';

/** Messages of the dashboard /mijn (en). */
export const dashboardEn: Record<keyof typeof dashboardNl, string> = {
  'dashboard.upcoming': 'My meetings',
  'dashboard.noUpcoming': 'You have no meetings planned.',
  'dashboard.toCatalogue': 'See the offer',
  'dashboard.more': 'More',
  'dashboard.more.jepzine': 'My JEPzine subscription',
  'dashboard.more.organisation': 'My organisation in the network (or apply as an organisation)',
  'dashboard.more.profile': 'My details',
  'dashboard.feed': 'My meetings in my own calendar (calendar subscription)',
  'dashboard.enrolments': 'My enrolments',
  'dashboard.noEnrolments': 'You are not enrolled in anything.',
  'dashboard.past': 'Taken part',
  'dashboard.completionPending': 'completion not decided yet',
  'dashboard.roster': 'Attendance',
  'dashboard.rosterLink': 'Attendance {date}',
};
