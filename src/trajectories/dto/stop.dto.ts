import { RequiredText } from '../../common/forms/fields';

/** The coach stops a trajectory early; the reason is required and kept in the history. */
export class StopDto {
  @RequiredText(2000) stopReason!: string;
}
