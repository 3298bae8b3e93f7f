import { WholeNumberField } from '../../common/forms/fields';
import { EDITABLE_KINDS } from '../retention-kinds';

/**
 * The admin's periods, one whole number of days per changeable kind (the field is named after
 * the kind). The fields come from the list of kinds, so a new kind needs no change here.
 */
export class RetentionSettingsDto {
  [kind: string]: string;
}

for (const kind of EDITABLE_KINDS)
  WholeNumberField(kind.min, kind.max)(RetentionSettingsDto.prototype, kind.key);
