import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CompletionAdminController } from './completion-admin.controller';
import { CompletionAdminService } from './completion-admin.service';
import { CompletionJob } from './completion.job';
import { CompletionService } from './completion.service';
import { RosterController } from './roster.controller';
import { RosterService } from './roster.service';

/** Presentie per meeting, completion by the offering's rule, and staff corrections. */
@Module({
  imports: [AuditModule],
  controllers: [RosterController, CompletionAdminController],
  providers: [RosterService, CompletionService, CompletionAdminService, CompletionJob],
  exports: [CompletionService],
})
export class AttendanceModule {}
