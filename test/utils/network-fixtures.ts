import type { DataSource } from 'typeorm';
import type { ListingContent } from '../../src/network/listing-content';
import { ListingService } from '../../src/network/listing.service';
import { NetworkOrganisation } from '../../src/network/organisation.entity';

/** A complete listing with sensible defaults; override what the test is about. */
export function listingContent(partial: Partial<ListingContent> = {}): ListingContent {
  return {
    name: 'Jongerenwerk De Brug',
    type: 'jongerenwerk',
    summary: 'Jongerenwerk in de wijk, met aandacht voor polarisatie.',
    description: 'Wij werken met jongeren van 12 tot 23 jaar.',
    expertise: ['polarisatie'],
    provinces: [],
    municipalities: ['GM0080'],
    address: 'Brugstraat 1',
    postcode: '8911 AA',
    city: 'Leeuwarden',
    website: 'https://debrug.example.nl',
    publicEmail: 'info@debrug.example.nl',
    publicPhone: '058 123 4567',
    contacts: [],
    ...partial,
  };
}

/** A published listing, written through ListingService as the application does. */
export async function createListing(
  ds: DataSource,
  partial: Partial<ListingContent> & { slug?: string; confirmedAt?: Date } = {},
): Promise<NetworkOrganisation> {
  const { slug, confirmedAt, ...content } = partial;
  const organisation = await ds.transaction((m) =>
    new ListingService().publish(m, listingContent(content), { slug, now: confirmedAt }),
  );
  return organisation;
}
