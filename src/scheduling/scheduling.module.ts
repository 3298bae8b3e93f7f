import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { GeoModule } from '../geo/geo.module';
import { AgendaController } from './agenda.controller';
import { AgendaService } from './agenda.service';
import { EditionAdminController } from './edition-admin.controller';
import { EditionAdminService } from './edition-admin.service';
import { EditionEvents } from './edition-events';
import { MeetingService } from './meeting.service';

@Module({
  imports: [AuditModule, GeoModule, CatalogueModule],
  controllers: [EditionAdminController, AgendaController],
  providers: [EditionAdminService, MeetingService, AgendaService, EditionEvents],
  exports: [EditionAdminService, AgendaService, EditionEvents],
})
export class SchedulingModule {}
