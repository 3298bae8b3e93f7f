import { OptionalPattern, OptionalText, RequiredText } from '../../common/forms/fields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The coach edits a trajectory's details; dates are YYYY-MM-DD (an <input type="date">). */
export class DetailsDto {
  @RequiredText(200) title!: string;
  @OptionalText(5000) goals?: string;
  @OptionalPattern(DATE, 10) startDate?: string;
  @OptionalPattern(DATE, 10) plannedEndDate?: string;
}
