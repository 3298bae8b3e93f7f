/** Messages of the scheduling pages (nl). Keys: 'scheduling.…'. */
export const schedulingNl = {} as const;
