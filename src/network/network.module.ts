import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GeoModule } from '../geo/geo.module';
import { MailModule } from '../mail/mail.module';
import { ApplicationController } from './application.controller';
import { ApplicationService } from './application.service';
import { ContactRelayService } from './contact-relay.service';
import { DirectoryController } from './directory.controller';
import { DraftService } from './draft.service';
import { FreshnessController } from './freshness.controller';
import { FreshnessService } from './freshness.service';
import { ListingService } from './listing.service';
import { MembershipService } from './membership.service';
import { ModerationController } from './moderation.controller';
import { NetworkAdminController } from './network-admin.controller';
import { NetworkAdminService } from './network-admin.service';
import { NetworkSearchCache } from './network-search-cache';
import { NetworkSearchService } from './network-search.service';
import { OpenDataController } from './open-data.controller';
import { OrganisationPageController } from './organisation-page.controller';
import { OrganisationPageService } from './organisation-page.service';
import { PartnerListingController } from './partner-listing.controller';

/**
 * The national partner network: search (/netwerk), organisation pages and the contact relay,
 * open data, partners keeping their listing (drafts) and staff moderating them, applications to
 * join, and the twice-yearly freshness check. Published rows are written by ListingService only.
 */
@Module({
  imports: [MailModule, AuditModule, GeoModule],
  controllers: [
    // Fixed paths under /netwerk before /netwerk/:slug.
    ApplicationController,
    FreshnessController,
    OpenDataController,
    DirectoryController,
    OrganisationPageController,
    PartnerListingController,
    ModerationController,
    NetworkAdminController,
  ],
  providers: [
    ListingService,
    NetworkSearchService,
    NetworkSearchCache,
    OrganisationPageService,
    ContactRelayService,
    DraftService,
    MembershipService,
    ApplicationService,
    FreshnessService,
    NetworkAdminService,
  ],
  exports: [ListingService, NetworkSearchService],
})
export class NetworkModule {}
