import { Choice, OptionalText, RequiredText } from '../../common/forms/fields';

export class SaveMeetingDto {
  @RequiredText(10) date!: string;
  @RequiredText(5) startTime!: string;
  @RequiredText(5) endTime!: string;
  @Choice(['location', 'online']) mode!: string;
  @OptionalText(200) locationName?: string;
  @OptionalText(300) address?: string;
  @OptionalText(6) municipalityCode?: string;
  @OptionalText(500) onlineUrl?: string;
  /** "Toch inplannen": staff accept the conflicts shown. */
  @OptionalText(5) override?: string;
}
