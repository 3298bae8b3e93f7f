import type { ContactVisibility, Expertise, OrganisationType } from './vocabulary';

/** A contact person as it is in a listing (published, draft or application). */
export interface ListingContact {
  name: string;
  jobTitle: string;
  email: string;
  phone: string;
  visibility: ContactVisibility;
}

/**
 * The whole of a listing as a partner or applicant proposes it and staff publish it: one shape
 * for the published version (read from the tables), a draft and an application, so the
 * difference view compares like with like. Empty optional fields are ''.
 */
export interface ListingContent {
  name: string;
  type: OrganisationType;
  summary: string;
  description: string;
  expertise: Expertise[];
  /** CBS codes, PVxx: provinces worked in as a whole. */
  provinces: string[];
  /** CBS codes, GMxxxx. */
  municipalities: string[];
  address: string;
  postcode: string;
  city: string;
  website: string;
  publicEmail: string;
  publicPhone: string;
  contacts: ListingContact[];
}

export function parseListingContent(json: string): ListingContent {
  return JSON.parse(json) as ListingContent;
}

export function serialiseListingContent(content: ListingContent): string {
  return JSON.stringify(content);
}
