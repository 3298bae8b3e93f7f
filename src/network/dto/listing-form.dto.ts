import { Allow } from 'class-validator';
import { OptionalText } from '../../common/forms/fields';
import { LISTING_FORM_FIELDS } from '../listing-form';

/**
 * The listing form as posted. Its rules (lengths, codes, addresses, contact rows) are checked in
 * one pass by readListingForm (listing-form.ts), so the form comes back once with every message;
 * here the fields are only declared, so the validation pipe keeps them.
 */
export class ListingFormDto {
  [field: string]: unknown;
  /** The button pressed: preview, save or submit. */
  @OptionalText(10) action?: string;
  /** The draft the form was showing (empty: none yet). */
  @OptionalText(12) draftId?: string;
}

for (const field of LISTING_FORM_FIELDS) Allow()(ListingFormDto.prototype, field);
