import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { MailModule } from '../mail/mail.module';
import { AccountDeletionService } from './account-deletion.service';
import { DataExportService } from './data-export.service';
import { PrivacyAdminController } from './privacy-admin.controller';
import { PrivacyController } from './privacy.controller';

/**
 * The rights the AVG gives people: /mijn/privacy downloads everything the platform holds about
 * the user (JSON and a readable page) and deletes the account (personal data erased or
 * anonymised, certificates still verifiable without the name); staff do the same on request.
 */
@Module({
  imports: [AuditModule, MailModule, EnrolmentsModule],
  controllers: [PrivacyController, PrivacyAdminController],
  providers: [DataExportService, AccountDeletionService],
  exports: [DataExportService, AccountDeletionService],
})
export class PrivacyModule {}
