import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GeoModule } from '../geo/geo.module';
import { CatalogueController } from './catalogue.controller';
import { CatalogueCache } from './catalogue-cache';
import { CatalogueService } from './catalogue.service';
import { OfferingAdminService } from './offering-admin.service';

@Module({
  imports: [AuditModule, GeoModule],
  controllers: [CatalogueController],
  providers: [CatalogueService, OfferingAdminService, CatalogueCache],
  exports: [CatalogueService, OfferingAdminService, CatalogueCache],
})
export class CatalogueModule {}
