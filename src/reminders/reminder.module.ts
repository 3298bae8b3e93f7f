import { Module } from '@nestjs/common';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { ReminderService } from './reminder.service';

/** Reminder e-mails before meetings: the job `enrolments.reminders`. */
@Module({
  imports: [EnrolmentsModule],
  providers: [ReminderService],
  exports: [ReminderService],
})
export class ReminderModule {}
