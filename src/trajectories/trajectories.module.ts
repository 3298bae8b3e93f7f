import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { GeoModule } from '../geo/geo.module';
import { MailModule } from '../mail/mail.module';
import { NetworkModule } from '../network/network.module';
import { MyTrajectoriesService } from './my-trajectories.service';
import { TrajectoryAccessService } from './trajectory-access.service';

/**
 * JOS trajectories: applying on /jos, the trajectory page with its members, phases and history,
 * working together (log, actions, links, self-assessment), and the staff overview. Every route
 * opens its trajectory through TrajectoryAccessService.
 */
@Module({
  imports: [AccountsModule, MailModule, AuditModule, GeoModule, NetworkModule],
  controllers: [],
  providers: [TrajectoryAccessService, MyTrajectoriesService],
  exports: [MyTrajectoriesService],
})
export class TrajectoriesModule {}
