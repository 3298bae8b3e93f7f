import { Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { GeoModule } from '../geo/geo.module';
import { MailModule } from '../mail/mail.module';
import { AccountTokensService } from './account-tokens.service';
import { AuthController } from './auth.controller';
import { AuthenticationService } from './authentication.service';
import { InvitationController } from './invitation.controller';
import { InvitationService } from './invitation.service';
import { LoginThrottleService } from './login-throttle.service';
import { PassportProvider } from './passport.provider';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';
import { ProfileController } from './profile.controller';
import { ProfileService } from './profile.service';
import { RegistrationController } from './registration.controller';
import { RegistrationService } from './registration.service';
import { SessionStoreProvider } from './session-store.provider';
import { SessionsService } from './sessions.service';
import { UserAdminController } from './user-admin.controller';
import { UserAdminService } from './user-admin.service';

@Module({
  imports: [MailModule, AuditModule, GeoModule],
  controllers: [
    AuthController,
    RegistrationController,
    PasswordResetController,
    ProfileController,
    UserAdminController,
    InvitationController,
  ],
  providers: [
    AccountTokensService,
    AuthenticationService,
    InvitationService,
    LoginThrottleService,
    PasswordResetService,
    ProfileService,
    RegistrationService,
    SessionsService,
    UserAdminService,
    SessionStoreProvider,
    PassportProvider,
  ],
  exports: [SessionStoreProvider, PassportProvider, AccountTokensService],
})
export class AccountsModule implements OnModuleInit, OnApplicationShutdown {
  constructor(private readonly sessionStore: SessionStoreProvider) {}

  onModuleInit(): void {
    this.sessionStore.startPruning();
  }

  onApplicationShutdown(): void {
    this.sessionStore.stopPruning();
  }
}
