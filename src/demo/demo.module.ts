import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [AuditModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class DemoModule {}
