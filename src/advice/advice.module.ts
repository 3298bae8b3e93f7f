import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GeoModule } from '../geo/geo.module';
import { MailModule } from '../mail/mail.module';
import { AdviceAccessService } from './advice-access.service';
import { AskController } from './ask.controller';
import { AskService } from './ask.service';
import { FollowUpController } from './follow-up.controller';
import { FollowUpService } from './follow-up.service';
import { RequesterController } from './requester.controller';
import { RequesterService } from './requester.service';
import { MyAdviceService } from './my-advice.service';
import { AdviceReportsController } from './reports.controller';
import { AdviceReportsService } from './reports.service';
import { AdviceRetentionService } from './retention.service';
import { AdviceAppointmentService } from './appointment.service';
import { AdviceHandlingController } from './handling.controller';
import { AdviceHandlingService } from './handling.service';
import { AdviceOverdueDigestJob } from './overdue-digest';
import { AdviceQueueController } from './queue.controller';
import { AdviceQueueService } from './queue.service';
import { AdviceTopicAdminController } from './topic-admin.controller';
import { AdviceTopicService } from './topic.service';

/**
 * Advies op Maat: asking on /advies (with e-mail verification for visitors), following a request
 * and replying, staff handling it (queue, adviser, notes, messages, appointments), response
 * times, the follow-up questionnaire, reports and anonymisation after the retention period.
 * Every route opens its request through AdviceAccessService.
 */
@Module({
  imports: [MailModule, AuditModule, GeoModule],
  // The reports first: /beheer/advies/rapportage is not a request id of the staff pages.
  controllers: [
    AdviceReportsController,
    AskController,
    RequesterController,
    FollowUpController,
    // Staff handling (A2): the fixed paths first, /beheer/advies/:id last.
    AdviceQueueController,
    AdviceTopicAdminController,
    AdviceHandlingController,
  ],
  providers: [
    AdviceAccessService,
    MyAdviceService,
    AdviceReportsService,
    AdviceRetentionService,
    AskService,
    RequesterService,
    FollowUpService,
    AdviceQueueService,
    AdviceHandlingService,
    AdviceAppointmentService,
    AdviceTopicService,
    AdviceOverdueDigestJob,
  ],
  exports: [MyAdviceService],
})
export class AdviceModule {}
