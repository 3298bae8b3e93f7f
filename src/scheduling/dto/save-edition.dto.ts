import { OptionalText, RequiredText, WholeNumberField } from '../../common/forms/fields';

/** The edition form: dates and times as the browser's date and time inputs send them. */
export class SaveEditionDto {
  @RequiredText(12) offeringId!: string;
  @RequiredText(200) title!: string;
  @WholeNumberField(1, 1000) capacity!: string;
  @RequiredText(10) opensDate!: string;
  @RequiredText(5) opensTime!: string;
  @RequiredText(10) closesDate!: string;
  @RequiredText(5) closesTime!: string;
  /** Until when participants may cancel themselves; empty: until registration closes. */
  @OptionalText(10) cancelDate?: string;
  @OptionalText(5) cancelTime?: string;
  @OptionalText(4) regionCode?: string;
  @OptionalText(5000) notes?: string;
}
