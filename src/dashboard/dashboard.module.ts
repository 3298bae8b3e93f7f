import { Module } from '@nestjs/common';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** The signed-in user's home, /mijn, gathering what other modules hold about them. */
@Module({
  imports: [SchedulingModule],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
