import { IsIn, IsOptional } from 'class-validator';
import { RequiredText } from '../../common/forms/fields';

/** Staff download someone's data on their request: the request is referenced in the audit log. */
export class AdminExportDto {
  @RequiredText(300) exportReason!: string;
  /** `json` for the file, `page` for the readable page. */
  @IsOptional() @IsIn(['json', 'page'], { message: 'validation.choose' }) format?: string;
}
