/** Messages of the calendar pages (en). Keys: 'calendar.…'. */
export const calendarEn = {};
