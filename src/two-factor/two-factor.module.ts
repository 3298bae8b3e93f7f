import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { SessionsController } from './sessions.controller';
import { ActiveSessionsService } from './sessions.service';
import { TwoFactorLoginController } from './two-factor-login.controller';
import { TwoFactorController } from './two-factor.controller';
import { TwoFactorService } from './two-factor.service';

/**
 * Two-factor login (TOTP, RFC 6238) with recovery codes: required for staff and admins (set up at
 * their next login, before the staff area opens), optional for everyone else; and the list of a
 * user's active sessions, which they can end.
 */
@Module({
  imports: [AuditModule, MailModule],
  controllers: [TwoFactorLoginController, TwoFactorController, SessionsController],
  providers: [TwoFactorService, ActiveSessionsService],
})
export class TwoFactorModule {}
