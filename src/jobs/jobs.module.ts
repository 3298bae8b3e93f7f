import { Global, Module } from '@nestjs/common';
import { JobRunner } from './job-runner';

/** The one background job runner; modules register their jobs with it at start. */
@Global()
@Module({ providers: [JobRunner], exports: [JobRunner] })
export class JobsModule {}
