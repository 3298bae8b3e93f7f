import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccountsModule } from './accounts/accounts.module';
import { AdviceModule } from './advice/advice.module';
import { AttendanceModule } from './attendance/attendance.module';
import { AuditModule } from './audit/audit.module';
import { CalendarModule } from './calendar/calendar.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { OfferingAdminModule } from './catalogue/offering-admin.module';
import { AccessGuard } from './common/access/access.guard';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { FormErrorInterceptor } from './common/forms/form-error.interceptor';
import { CsrfGuard } from './common/http/csrf';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { CertificatesModule } from './certificates/certificates.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { DemoModule } from './demo/demo.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { EnrolmentsModule } from './enrolments/enrolments.module';
import { GeoModule } from './geo/geo.module';
import { HealthModule } from './health/health.module';
import { HomeModule } from './home/home.module';
import { JobsModule } from './jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { NetworkModule } from './network/network.module';
import { NewsletterModule } from './newsletter/newsletter.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ReportsModule } from './reports/reports.module';
import { RetentionModule } from './retention/retention.module';
import { TwoFactorModule } from './two-factor/two-factor.module';
import { ReminderModule } from './reminders/reminder.module';
import { SchedulingModule } from './scheduling/scheduling.module';
import { SkjModule } from './skj/skj.module';
import { TrajectoriesModule } from './trajectories/trajectories.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config),
        GeoModule,
        MailModule,
        JobsModule,
        AuditModule,
        AccountsModule,
        CatalogueModule,
        SchedulingModule,
        OfferingAdminModule,
        EnrolmentsModule,
        AttendanceModule,
        CalendarModule,
        ReminderModule,
        CertificatesModule,
        DashboardModule,
        SkjModule,
        NewsletterModule,
        NetworkModule,
        TrajectoriesModule,
        AdviceModule,
        EvaluationsModule,
        ReportsModule,
        TwoFactorModule,
        PrivacyModule,
        RetentionModule,
        HealthModule,
        HomeModule,
        DemoModule,
      ],
      providers: [
        // Order matters: who may use the route first, then the CSRF token of a change.
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_INTERCEPTOR, useClass: FormErrorInterceptor },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
