import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRunner } from '../jobs/job-runner';
import { EditionEvents } from '../scheduling/edition-events';
import { EnrolmentAdminService } from './enrolment-admin.service';
import { EnrolmentService } from './enrolment.service';
import { WaitlistService } from './waitlist.service';

/** Connects enrolments to scheduling's edition events and to the job runner. */
@Injectable()
export class EnrolmentListener implements OnModuleInit {
  constructor(
    private readonly events: EditionEvents,
    private readonly jobs: JobRunner,
    private readonly waitlist: WaitlistService,
    private readonly admin: EnrolmentAdminService,
    private readonly enrolments: EnrolmentService,
  ) {}

  onModuleInit(): void {
    this.events.register({
      capacityChanged: async (m, editionId) => {
        await this.waitlist.fillFreeSeats(m, editionId);
      },
      editionCancelled: (m, editionId) => this.admin.onEditionCancelled(m, editionId),
      meetingChanged: (m, editionId, event) => this.admin.onMeetingChanged(m, editionId, event),
    });
    this.jobs.register('enrolments.expireOffers', (now) => this.enrolments.expireOffers(now));
  }
}
