import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CatalogueService } from './catalogue.service';
import { OfferingAdminService } from './offering-admin.service';

@Module({
  imports: [AuditModule],
  controllers: [],
  providers: [CatalogueService, OfferingAdminService],
  exports: [CatalogueService, OfferingAdminService],
})
export class CatalogueModule {}
