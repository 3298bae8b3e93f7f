/** Messages of the scheduling pages (en). Keys: 'scheduling.…'. */
export const schedulingEn = {} as const;
