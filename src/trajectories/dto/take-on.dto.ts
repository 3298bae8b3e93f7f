import { RequiredText } from '../../common/forms/fields';

/** Staff take an application on: the coach who guides it. */
export class TakeOnDto {
  @RequiredText(12) coachId!: string;
}
