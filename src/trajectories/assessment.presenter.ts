import type { Locale, MessageKey } from '../common/i18n/i18n';
import { SUCCESS_FACTORS, SuccessFactor, successFactorLabels } from './success-factors';
import type { AssessmentMoment, TrajectoryPhase } from './trajectory-phase.entity';
import type { TrajectoryOrganisationKind } from './trajectory-organisation.entity';
import type { Trajectory } from './trajectory.entity';

export const MOMENTS: AssessmentMoment[] = ['start', 'end'];

/** The URL word of a moment and back: /zelfevaluatie/start, /zelfevaluatie/eind. */
export const MOMENT_SLUG: Record<AssessmentMoment, string> = { start: 'start', end: 'eind' };
export function momentOfSlug(slug: string): AssessmentMoment | null {
  return slug === 'start' ? 'start' : slug === 'eind' ? 'end' : null;
}

export const MOMENT_LABEL: Record<AssessmentMoment, MessageKey> = {
  start: 'trajectories.assessment.moment.start',
  end: 'trajectories.assessment.moment.end',
};

/**
 * A moment is open while the trajectory is active and its current phase is at or past the phase
 * that opens that moment (intake for the start, borging en evaluatie for the end, by default).
 */
export function isMomentOpen(
  trajectory: Pick<Trajectory, 'status'>,
  currentPhase: Pick<TrajectoryPhase, 'position'> | undefined,
  phases: Pick<TrajectoryPhase, 'position' | 'opensAssessment'>[],
  moment: AssessmentMoment,
): boolean {
  if (trajectory.status !== 'active' || !currentPhase) return false;
  const opening = phases
    .filter((p) => p.opensAssessment === moment)
    .map((p) => p.position)
    .sort((a, b) => a - b)[0];
  return opening !== undefined && currentPhase.position >= opening;
}

/** One score as stored, with the side of the organisation it was given for. */
export interface ScoreRow {
  moment: AssessmentMoment;
  factor: string;
  score: number;
  comment: string;
  assessmentId: number;
  organisationKind: TrajectoryOrganisationKind | null;
  organisationName: string;
}

const SIDES: TrajectoryOrganisationKind[] = ['school', 'youth_work'];

function mean(values: number[], locale: Locale): { mean: string; n: number } {
  if (!values.length) return { mean: '', n: 0 };
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return {
    mean: m.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', {
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
    }),
    n: values.length,
  };
}

/**
 * The results table: per factor, for the start and the end, the mean score with the number of
 * respondents, overall and per side (school, youth work); and the comments by moment and factor.
 */
export function assessmentResults(rows: ScoreRow[], locale: Locale) {
  const respondents = (moment: AssessmentMoment) =>
    new Set(rows.filter((r) => r.moment === moment).map((r) => r.assessmentId)).size;
  const factors = SUCCESS_FACTORS.map((factor) => {
    const of = (moment: AssessmentMoment, side?: TrajectoryOrganisationKind) =>
      mean(
        rows
          .filter(
            (r) =>
              r.factor === factor && r.moment === moment && (!side || r.organisationKind === side),
          )
          .map((r) => r.score),
        locale,
      );
    return {
      factor,
      name: successFactorLabels(factor).name,
      cells: MOMENTS.flatMap((moment) => [of(moment), ...SIDES.map((side) => of(moment, side))]),
    };
  });
  const comments = MOMENTS.map((moment) => ({
    moment,
    label: MOMENT_LABEL[moment],
    factors: SUCCESS_FACTORS.map((factor) => ({
      name: successFactorLabels(factor).name,
      comments: rows
        .filter((r) => r.moment === moment && r.factor === factor && r.comment)
        .map((r) => ({ organisation: r.organisationName, text: r.comment })),
    })).filter((f) => f.comments.length),
  })).filter((m) => m.factors.length);
  return {
    respondents: { start: respondents('start'), end: respondents('end') },
    hasResults: rows.length > 0,
    factors,
    comments,
  };
}

/** The form's questions, one fieldset per factor, with the 1–5 scale. */
export function assessmentQuestions() {
  return SUCCESS_FACTORS.map((factor: SuccessFactor) => ({
    factor,
    ...successFactorLabels(factor),
    scoreField: `score_${factor}`,
    commentField: `comment_${factor}`,
    options: [1, 2, 3, 4, 5].map((n) => ({
      value: String(n),
      label: `trajectories.assessment.scale.${n}` as MessageKey,
    })),
  }));
}
