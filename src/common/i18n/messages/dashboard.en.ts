/** Messages of the dashboard pages (en). Keys: 'dashboard.…'. */
export const dashboardEn = {};
