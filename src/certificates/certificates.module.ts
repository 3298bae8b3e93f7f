import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { AuditModule } from '../audit/audit.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { MailModule } from '../mail/mail.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { CertificateAdminController } from './certificate-admin.controller';
import { CertificateService } from './certificate.service';
import { CredentialUploadMiddleware } from './credential-upload.middleware';
import { CredentialsModule } from './credentials.module';
import { MyCertificatesController } from './my-certificates.controller';
import { VerificationController } from './verification.controller';

/** Certificates: issuing, revoking, the PDF and ZIP, the public check. Credentials: see CredentialsModule. */
@Module({
  imports: [
    AuditModule,
    MailModule,
    AttendanceModule,
    EnrolmentsModule,
    SchedulingModule,
    CredentialsModule,
  ],
  controllers: [VerificationController, MyCertificatesController, CertificateAdminController],
  providers: [CertificateService],
  exports: [CertificateService],
})
export class CertificatesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(CredentialUploadMiddleware)
      .forRoutes({ path: 'certificaten/controleren', method: RequestMethod.POST });
  }
}
