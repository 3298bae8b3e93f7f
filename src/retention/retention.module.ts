import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccessibilityCheckReader } from './accessibility-check.reader';
import { RetentionController } from './retention.controller';
import { RetentionService } from './retention.service';
import { StatementsController } from './statements.controller';

/**
 * Retention: every kind of personal data with its period (admin settings with defaults), the
 * daily job that applies them, and the statements generated from them: the privacy statement
 * and the accessibility statement (/toegankelijkheid).
 */
@Module({
  imports: [AuditModule],
  controllers: [RetentionController, StatementsController],
  providers: [RetentionService, AccessibilityCheckReader],
})
export class RetentionModule {}
