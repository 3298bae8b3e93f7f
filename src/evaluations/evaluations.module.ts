import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { AnswerController } from './answer.controller';
import { AnswerService } from './answer.service';
import { InvitationService } from './invitation.service';
import { MyEvaluationsService } from './my-evaluations.service';
import { OfferingEvaluationController } from './offering-evaluation.controller';
import { OfferingEvaluationService } from './offering-evaluation.service';
import { QuestionnaireAdminController } from './questionnaire-admin.controller';
import { QuestionnaireService } from './questionnaire.service';
import { EvaluationReportController } from './report.controller';
import { EvaluationReportService } from './report.service';
import { TrainerReportController } from './trainer-report.controller';

/**
 * Evidence Based Werken: questionnaires built by staff and attached to offerings, invitations at
 * the right moment (pre, post, evaluation) with one reminder, answering (save and finish later),
 * anonymous responses, and the reports per edition, offering and period with the paired change.
 */
@Module({
  imports: [MailModule, AuditModule],
  controllers: [
    QuestionnaireAdminController,
    OfferingEvaluationController,
    AnswerController,
    EvaluationReportController,
    TrainerReportController,
  ],
  providers: [
    QuestionnaireService,
    OfferingEvaluationService,
    AnswerService,
    InvitationService,
    EvaluationReportService,
    MyEvaluationsService,
  ],
  exports: [MyEvaluationsService],
})
export class EvaluationsModule {}
