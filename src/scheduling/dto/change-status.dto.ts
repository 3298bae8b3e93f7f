import { Choice } from '../../common/forms/fields';
import { EDITION_STATUSES } from '../edition-status';

export class ChangeStatusDto {
  @Choice(EDITION_STATUSES) status!: string;
}
