import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GeoModule } from '../geo/geo.module';
import { AgendaService } from './agenda.service';
import { EditionAdminService } from './edition-admin.service';
import { MeetingService } from './meeting.service';

@Module({
  imports: [AuditModule, GeoModule],
  controllers: [],
  providers: [EditionAdminService, MeetingService, AgendaService],
  exports: [EditionAdminService, AgendaService],
})
export class SchedulingModule {}
