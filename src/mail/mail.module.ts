import { Module } from '@nestjs/common';
import { MailRenderer } from './mail-renderer';
import { MailTransport } from './mail-transport';
import { MailWorker } from './mail-worker';
import { MailService } from './mail.service';
import { MailboxController } from './mailbox.controller';
import { MailboxService } from './mailbox.service';
import { OutboxRepository } from './outbox.repository';

@Module({
  controllers: [MailboxController],
  providers: [
    MailRenderer,
    MailService,
    MailTransport,
    MailWorker,
    MailboxService,
    OutboxRepository,
  ],
  exports: [MailService, MailWorker],
})
export class MailModule {}
