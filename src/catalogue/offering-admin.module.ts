import { Module } from '@nestjs/common';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { CatalogueModule } from './catalogue.module';
import { OfferingAdminController } from './offering-admin.controller';

/** The staff pages for offerings; apart from CatalogueModule because they also list editions. */
@Module({ imports: [CatalogueModule, SchedulingModule], controllers: [OfferingAdminController] })
export class OfferingAdminModule {}
