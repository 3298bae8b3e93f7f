import { IsOptional } from 'class-validator';
import { Choice, OptionalText, RequiredText, WholeNumberField } from '../../common/forms/fields';
import { COMPLETION_RULES, OFFERING_KINDS } from '../offering-kind';

/** The offering form (create and edit). Numbers and checkboxes arrive as strings. */
export class SaveOfferingDto {
  @Choice(OFFERING_KINDS) kind!: string;
  @RequiredText(200) title!: string;
  @OptionalText(120) slug?: string;
  @RequiredText(500) summary!: string;
  @RequiredText(20_000) description!: string;
  /** sector codes; one value or several */
  @IsOptional() audience?: string | string[];
  @WholeNumberField(1, 1000) studyLoadHours!: string;
  @WholeNumberField(0, 1000) skjPoints!: string;
  @Choice(COMPLETION_RULES) completionRule!: string;
  @WholeNumberField(1, 100, true) completionPercent?: string;
  @OptionalText(5) excusedCounts?: string;
  @OptionalText(5) requiresApproval?: string;
  @WholeNumberField(1, 60, true) offerConfirmDays?: string;
  @OptionalText(5) published?: string;
}
