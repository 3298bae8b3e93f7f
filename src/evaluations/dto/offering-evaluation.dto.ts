import { IsOptional, Matches } from 'class-validator';

/** The questionnaires of an offering: an id, or empty for none. */
export class OfferingEvaluationDto {
  @IsOptional() @Matches(/^\d{0,12}$/, { message: 'validation.choose' }) evaluationId?: string;
  @IsOptional() @Matches(/^\d{0,12}$/, { message: 'validation.choose' }) prepostId?: string;
}
