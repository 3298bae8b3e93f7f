import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { ArchiveController } from './archive.controller';
import { ArchiveService } from './archive.service';
import { IssueAdminController } from './issue-admin.controller';
import { IssueAdminService } from './issue-admin.service';
import { ImportUploadMiddleware } from './import-upload.middleware';
import { IssueMailRenderer } from './issue-mail';
import { DeliveryRepository } from './delivery.repository';
import { NewsletterTransport } from './newsletter-transport';
import { NewsletterWorker } from './newsletter-worker';
import { SendingService } from './sending.service';
import { SubscriberAdminController } from './subscriber-admin.controller';
import { SubscriberAdminService } from './subscriber-admin.service';
import { SubscriberImportService } from './subscriber-import.service';
import { SubscriptionController } from './subscription.controller';
import { SubscriptionService } from './subscription.service';
import { SubscribeThrottleService } from './subscribe-throttle.service';

/**
 * JEPzine: subscribers with double opt-in and their consents (subscription), the staff's list
 * and CSV import/export (subscriber-admin), writing and sending issues (issue-admin, sending,
 * the worker), and the public archive with its Atom feed (archive).
 */
@Module({
  imports: [MailModule, AuditModule, AccountsModule],
  controllers: [
    SubscriptionController,
    SubscriberAdminController,
    ArchiveController,
    IssueAdminController,
  ],
  providers: [
    SubscriptionService,
    SubscribeThrottleService,
    SubscriberAdminService,
    SubscriberImportService,
    ArchiveService,
    IssueAdminService,
    IssueMailRenderer,
    SendingService,
    DeliveryRepository,
    NewsletterTransport,
    NewsletterWorker,
  ],
  exports: [ArchiveService, SubscriptionService, NewsletterWorker],
})
export class NewsletterModule implements NestModule {
  /** The subscriber import's multipart form is read before the CSRF guard (see the middleware). */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(ImportUploadMiddleware)
      .forRoutes({ path: 'beheer/jepzine/abonnees/importeren', method: RequestMethod.POST });
  }
}
