import { Allow } from 'class-validator';
import { OptionalText } from '../../common/forms/fields';

/** An item of a questionnaire; the rules that depend on the type are in readItemForm. */
export class ItemFormDto {
  @Allow() type!: string;
  /** Checked with the rest in readItemForm, so that every message shows at once. */
  @Allow() text!: string;
  @Allow() required?: string;
  @Allow() scalePoints?: string;
  @OptionalText(1000) labelLow?: string;
  @OptionalText(1000) labelHigh?: string;
  @OptionalText(2000) middleLabels?: string;
  @OptionalText(10000) options?: string;
  @Allow() sectionId?: string;
}
