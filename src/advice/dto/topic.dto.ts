import { RequiredText } from '../../common/forms/fields';

/** Add or rename a topic: its Dutch and English names. */
export class TopicDto {
  @RequiredText(120) nameNl!: string;
  @RequiredText(120) nameEn!: string;
}
