import { OptionalText, RequiredText } from '../../common/forms/fields';

/** Staff add or rename a phase (names and descriptions in both languages). */
export class PhaseFormDto {
  @RequiredText(80) nameNl!: string;
  @RequiredText(80) nameEn!: string;
  @OptionalText(500) descriptionNl?: string;
  @OptionalText(500) descriptionEn?: string;
}
