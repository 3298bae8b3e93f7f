import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobRunner } from '../jobs/job-runner';
import { CompletionService } from './completion.service';

/** Registers the completion job with the job runner. */
@Injectable()
export class CompletionJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobRunner,
    private readonly completion: CompletionService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('attendance.completion', (now) => this.completion.evaluateDue(now));
  }
}
