import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../common/access/access.decorators';

/** Liveness (the process answers) and readiness (the database answers), for load balancers. */
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  readiness() {
    return this.health.check([() => this.db.pingCheck('database').withTimeout(1500)]);
  }

  @Get('live')
  liveness() {
    return { status: 'ok' };
  }
}
