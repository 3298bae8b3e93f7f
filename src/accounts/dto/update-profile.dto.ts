import { LOCALES } from '../../common/i18n/i18n';
import { Choice, OptionalPattern, RequiredText } from '../../common/forms/fields';
import { SECTORS } from '../sector';

export class UpdateProfileDto {
  @RequiredText(200) name!: string;
  @RequiredText(200) organisation!: string;
  @RequiredText(200) jobTitle!: string;
  @Choice(SECTORS) sector!: string;
  @RequiredText(6) municipalityCode!: string;
  @OptionalPattern(/^(\d{6,12})?$/, 20) skjNumber?: string;
  @Choice(LOCALES) locale!: string;
}
