import { RequiredText } from '../../common/forms/fields';

/** Staff assign or change a trajectory's coach. */
export class CoachDto {
  @RequiredText(12) coachId!: string;
}
