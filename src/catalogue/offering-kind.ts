/** What an offering is: the OMEI training, a Werkatelier Informatie uitwisselen, or another training. */
export const OFFERING_KINDS = ['omei', 'werkatelier', 'training'] as const;
export type OfferingKind = (typeof OFFERING_KINDS)[number];

export const COMPLETION_RULES = ['all_meetings', 'min_percent'] as const;
export type CompletionRule = (typeof COMPLETION_RULES)[number];
