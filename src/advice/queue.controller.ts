import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { pageLocale } from '../common/http/responses';
import { paginate } from '../common/views/pagination';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { queueView } from './queue.presenter';
import { AdviceQueueService } from './queue.service';
import { parseQueueQuery, QUEUE_PAGE_SIZE, queueQueryValues } from './queue-query';

/** The staff queue of advice requests (/beheer/advies), filtered by a GET form. */
@Controller()
export class AdviceQueueController {
  constructor(
    private readonly queue: AdviceQueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('beheer/advies')
  @Roles('staff')
  async list(@Query() q: Record<string, unknown>, @Req() req: Request, @Res() res: Response) {
    const query = parseQueueQuery(q);
    const [{ requests, total }, staff, topics, municipalities] = await Promise.all([
      this.queue.list(query, req.user!.id),
      this.queue.staff(),
      this.queue.topics(),
      this.queue.municipalities(),
    ]);
    const locale = pageLocale(res);
    res.render('advice/admin/queue', {
      pageTitle: 'advice.queue.title',
      ...queueView({
        requests,
        total,
        query,
        staff,
        topics,
        municipalities,
        now: new Date(),
        config: this.config.advice,
        locale,
      }),
      pagination: paginate(
        '/beheer/advies',
        queueQueryValues(query),
        query.page,
        QUEUE_PAGE_SIZE,
        total,
      ),
    });
  }
}
