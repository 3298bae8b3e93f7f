import { IsIn, IsOptional } from 'class-validator';
import { RequiredText } from '../../common/forms/fields';

/** A section (group of items): its title and whether its Likert items form one scale. */
export class SectionFormDto {
  @RequiredText(200) sectionTitle!: string;
  @IsOptional() @IsIn(['on'], { message: 'validation.invalid' }) sectionIsScale?: string;
}
