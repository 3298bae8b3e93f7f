import { Choice, OptionalText, RequiredText } from '../../common/forms/fields';

/** A new questionnaire: its title, intro and kind. */
export class CreateQuestionnaireDto {
  @RequiredText(200) title!: string;
  @OptionalText(2000) intro?: string;
  @Choice(['evaluation', 'prepost']) kind!: string;
}

/** The title and intro of a questionnaire (its kind is fixed once made). */
export class UpdateQuestionnaireDto {
  @RequiredText(200) title!: string;
  @OptionalText(2000) intro?: string;
}
