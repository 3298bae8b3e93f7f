/** Messages of the attendance pages (nl). Keys: 'attendance.…'. */
export const attendanceNl = {};
