import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GeoModule } from '../geo/geo.module';
import { MailModule } from '../mail/mail.module';
import { AdviceAccessService } from './advice-access.service';
import { MyAdviceService } from './my-advice.service';

/**
 * Advies op Maat: asking on /advies (with e-mail verification for visitors), following a request
 * and replying, staff handling it (queue, adviser, notes, messages, appointments), response
 * times, the follow-up questionnaire, reports and anonymisation after the retention period.
 * Every route opens its request through AdviceAccessService.
 */
@Module({
  imports: [MailModule, AuditModule, GeoModule],
  controllers: [],
  providers: [AdviceAccessService, MyAdviceService],
  exports: [MyAdviceService],
})
export class AdviceModule {}
