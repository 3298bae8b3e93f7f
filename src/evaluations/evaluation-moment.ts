/**
 * When a participant is asked: `pre` before the first meeting (the pre/post questionnaire),
 * `post` after the last (the same items again), `evaluation` after the last (the evaluation
 * questionnaire).
 */
export const MOMENTS = ['pre', 'post', 'evaluation'] as const;
export type EvaluationMoment = (typeof MOMENTS)[number];

export function isMoment(value: unknown): value is EvaluationMoment {
  return typeof value === 'string' && (MOMENTS as readonly string[]).includes(value);
}

/** Reports show nothing of a group with fewer responses than this (anonymity). */
export const MIN_RESPONSES = 5;
