import { OptionalText, RequiredText } from '../../common/forms/fields';

/** Copy an edition so that its first meeting falls on `firstDate`; the rest keep their spacing. */
export class CopyEditionDto {
  @RequiredText(10) firstDate!: string;
  @OptionalText(200) copyTitle?: string;
}
