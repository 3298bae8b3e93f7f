/** Messages of the attendance pages (en). Keys: 'attendance.…'. */
export const attendanceEn = {};
