/** Messages of the group pages (en). Keys: 'group.…'. */
export const groupEn = {};
