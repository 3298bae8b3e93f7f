import type { MessageKey } from '../common/i18n/i18n';

/**
 * The werkzame elementen of a school and youth work collaboration, as research on JOS-like
 * partnerships names them. Each is scored 1–5 with a comment at the start and at the end.
 */
export const SUCCESS_FACTORS = [
  'partnership',
  'accessibility',
  'structural_funding',
  'shared_goals',
  'information_sharing',
  'embedding',
] as const;
export type SuccessFactor = (typeof SUCCESS_FACTORS)[number];

export function isSuccessFactor(value: unknown): value is SuccessFactor {
  return typeof value === 'string' && (SUCCESS_FACTORS as readonly string[]).includes(value);
}

/** The factor's name and the statement members score (1 = helemaal niet, 5 = helemaal wel). */
export function successFactorLabels(factor: SuccessFactor): {
  name: MessageKey;
  statement: MessageKey;
} {
  return {
    name: `trajectories.factor.${factor}` as MessageKey,
    statement: `trajectories.factor.${factor}.statement` as MessageKey,
  };
}

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
