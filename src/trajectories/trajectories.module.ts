import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { GeoModule } from '../geo/geo.module';
import { MailModule } from '../mail/mail.module';
import { NetworkModule } from '../network/network.module';
import { ApplicationQueueController } from './application-queue.controller';
import { ApplicationController } from './application.controller';
import { ApplicationService } from './application.service';
import { MemberService } from './member.service';
import { MyTrajectoriesService } from './my-trajectories.service';
import { PhaseAdminController } from './phase-admin.controller';
import { PhaseService } from './phase.service';
import { TrajectoryController } from './trajectory.controller';
import { TrajectoryService } from './trajectory.service';
import { TrajectoryOverviewController } from './overview.controller';
import { TrajectoryOverviewService } from './overview.service';
import { TrajectoryAccessService } from './trajectory-access.service';
import { ActionReminders } from './action-reminders';
import { ActionController } from './action.controller';
import { ActionService } from './action.service';
import { AssessmentController } from './assessment.controller';
import { AssessmentService } from './assessment.service';
import { DocumentService } from './document.service';
import { DocumentsController } from './documents.controller';
import { LogController } from './log.controller';
import { LogService } from './log.service';

/**
 * JOS trajectories: applying on /jos, the trajectory page with its members, phases and history,
 * working together (log, actions, links, self-assessment), and the staff overview. Every route
 * opens its trajectory through TrajectoryAccessService.
 */
@Module({
  imports: [AccountsModule, MailModule, AuditModule, GeoModule, NetworkModule],
  controllers: [
    LogController,
    ActionController,
    DocumentsController,
    AssessmentController,
    ApplicationController,
    ApplicationQueueController,
    TrajectoryController,
    PhaseAdminController,
    TrajectoryOverviewController,
  ],
  providers: [
    LogService,
    ActionService,
    ActionReminders,
    DocumentService,
    AssessmentService,
    ApplicationService,
    MemberService,
    PhaseService,
    TrajectoryService,
    TrajectoryAccessService,
    MyTrajectoriesService,
    TrajectoryOverviewService,
  ],
  exports: [MyTrajectoriesService],
})
export class TrajectoriesModule {}
