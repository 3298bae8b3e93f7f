import { Module } from '@nestjs/common';
import { SkjController } from './skj.controller';
import { SkjPointsService } from './skj-points.service';

/**
 * SKJ accreditation points from the certificates: /mijn/skj-punten (own), the summary for /mijn
 * (export SkjPointsService + `skjSummary`), and the register export per edition for staff.
 */
@Module({
  controllers: [SkjController],
  providers: [SkjPointsService],
  exports: [SkjPointsService],
})
export class SkjModule {}
