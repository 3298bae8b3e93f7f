import { Allow } from 'class-validator';
import { ListingFormDto } from './listing-form.dto';

/** The application form: the listing form plus who applies and why (checked by readApplicantFields). */
export class ApplicationFormDto extends ListingFormDto {
  @Allow() applicantName?: unknown;
  @Allow() motivation?: unknown;
}
