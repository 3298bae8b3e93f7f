/** Messages of the dashboard pages (nl). Keys: 'dashboard.…'. */
export const dashboardNl = {};
