/** Messages of the calendar pages (nl). Keys: 'calendar.…'. */
export const calendarNl = {};
