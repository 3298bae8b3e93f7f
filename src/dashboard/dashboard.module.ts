import { Module } from '@nestjs/common';
import { CertificatesModule } from '../certificates/certificates.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { SkjModule } from '../skj/skj.module';
import { AdviceModule } from '../advice/advice.module';
import { EvaluationsModule } from '../evaluations/evaluations.module';
import { TrajectoriesModule } from '../trajectories/trajectories.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** The signed-in user's home, /mijn, gathering what other modules hold about them. */
@Module({
  imports: [
    SchedulingModule,
    CertificatesModule,
    SkjModule,
    TrajectoriesModule,
    AdviceModule,
    EvaluationsModule,
  ],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class DashboardModule {}
