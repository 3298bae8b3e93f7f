import { OptionalText } from '../../common/forms/fields';

/** Staff choose which phase opens the start and which the end self-assessment (or none). */
export class AssessmentPhasesDto {
  @OptionalText(12) startPhase?: string;
  @OptionalText(12) endPhase?: string;
}
