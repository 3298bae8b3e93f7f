/** Messages of the agenda pages (nl). Keys: 'agenda.…'. */
export const agendaNl = {} as const;
