import { OptionalText, RequiredText } from '../../common/forms/fields';

/** The coach moves a trajectory to a phase, with an optional note. */
export class PhaseMoveDto {
  @RequiredText(12) phaseId!: string;
  @OptionalText(2000) note?: string;
}
