import { IsIn, IsNotEmpty, IsString, Matches } from 'class-validator';
import { OptionalText } from '../../common/forms/fields';
import { SUCCESS_FACTORS } from '../success-factors';
import { PLAIN_TEXT } from './log-entry.dto';

export const SCORE_VALUES = ['1', '2', '3', '4', '5'] as const;

export const scoreField = (factor: string) => `score_${factor}`;
export const commentField = (factor: string) => `comment_${factor}`;

/**
 * A member's self-assessment: for every success factor a score 1–5 (`score_<factor>`) and an
 * optional comment (`comment_<factor>`), and the organisation they answer for.
 */
export class AssessmentDto {
  [field: string]: unknown;

  @IsString({ message: 'trajectories.assessment.error.organisation' })
  @IsNotEmpty({ message: 'trajectories.assessment.error.organisation' })
  @Matches(/^\d{1,12}$/, { message: 'trajectories.assessment.error.organisation' })
  organisationId!: string;
}

for (const factor of SUCCESS_FACTORS) {
  const score = scoreField(factor);
  IsString({ message: 'trajectories.assessment.error.score' })(AssessmentDto.prototype, score);
  IsIn(SCORE_VALUES, { message: 'trajectories.assessment.error.score' })(
    AssessmentDto.prototype,
    score,
  );
  const comment = commentField(factor);
  OptionalText(1000)(AssessmentDto.prototype, comment);
  Matches(PLAIN_TEXT, { message: 'validation.format' })(AssessmentDto.prototype, comment);
}
