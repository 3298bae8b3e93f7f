/** Messages of the group pages (nl). Keys: 'group.…'. */
export const groupNl = {};
