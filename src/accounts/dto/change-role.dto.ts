import { ROLES } from '../../common/access/role';
import { Choice } from '../../common/forms/fields';

export class ChangeRoleDto {
  @Choice(ROLES) role!: string;
}
