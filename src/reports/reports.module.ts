import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/**
 * /beheer/rapportages: the dashboard of reach, editions, attendance, certificates, SKJ points,
 * evaluation scores, Advies op Maat and JOS, as server-rendered SVG charts with their tables,
 * CSV exports and a period report as one PDF. Aggregated in SQL.
 */
@Module({
  imports: [],
  controllers: [DashboardController],
  providers: [DashboardService],
})
export class ReportsModule {}
