import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { MailModule } from '../mail/mail.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { EditionPageController } from './edition-page.controller';
import { EnrolmentAdminController } from './enrolment-admin.controller';
import { EnrolmentAdminService } from './enrolment-admin.service';
import { EnrolmentController } from './enrolment.controller';
import { EnrolmentListener } from './enrolment-listener';
import { EnrolmentMailer } from './enrolment-mailer';
import { EnrolmentService } from './enrolment.service';
import { GroupEnrolmentController } from './group-enrolment.controller';
import { WaitlistService } from './waitlist.service';

@Module({
  imports: [AuditModule, MailModule, AccountsModule, CatalogueModule, SchedulingModule],
  controllers: [
    EditionPageController,
    EnrolmentController,
    EnrolmentAdminController,
    GroupEnrolmentController,
  ],
  providers: [
    EnrolmentService,
    EnrolmentAdminService,
    EnrolmentMailer,
    WaitlistService,
    EnrolmentListener,
  ],
  exports: [EnrolmentService, EnrolmentAdminService, EnrolmentMailer],
})
export class EnrolmentsModule {}
