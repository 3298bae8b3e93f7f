import { OptionalText, RequiredText } from '../../common/forms/fields';

export class AddTrainerDto {
  @RequiredText(12) trainerId!: string;
  @OptionalText(5) trainerOverride?: string;
}
