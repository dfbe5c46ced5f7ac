import { Global, Module } from '@nestjs/common';
import { JobRunnerService } from './job-runner.service';

/** One runner per process; feature modules register their handlers with it. */
@Global()
@Module({ providers: [JobRunnerService], exports: [JobRunnerService] })
export class JobsModule {}
