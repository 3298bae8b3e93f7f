/** Messages of the agenda pages (en). Keys: 'agenda.…'. */
export const agendaEn = {} as const;
