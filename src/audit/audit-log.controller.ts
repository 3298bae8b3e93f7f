import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { formatDateTime } from '../common/views/format';
import { paginate, parsePage } from '../common/views/pagination';
import { AuditLogService } from './audit-log.service';
import { AUDIT_PAGE_SIZE } from './audit.service';

function text(value: unknown, max = 100): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;
}

@Controller('beheer/audit')
@Roles('admin')
export class AuditLogController {
  constructor(private readonly log: AuditLogService) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const filter = {
      action: text(query.actie),
      actor: text(query.door),
      subject: text(query.object),
      page: parsePage(query.pagina),
    };
    const { entries, total, actions } = await this.log.search(filter);
    const locale = res.locals.locale as string;
    res.render('admin/audit', {
      pageTitle: 'admin.audit.title',
      filter: {
        actie: filter.action ?? '',
        door: filter.actor ?? '',
        object: filter.subject ?? '',
      },
      actions: actions.map((value) => ({ value, label: value })),
      entries: entries.map((e) => ({
        at: formatDateTime(e.createdAt, locale),
        iso: e.createdAt.toISOString(),
        actor: e.actorEmail ?? '—',
        action: e.action,
        subject: e.subjectType ? `${e.subjectType}:${e.subjectId}` : '—',
        detail: e.detail ?? '',
      })),
      pagination: paginate(
        '/beheer/audit',
        { actie: filter.action, door: filter.actor, object: filter.subject },
        filter.page,
        AUDIT_PAGE_SIZE,
        total,
      ),
    });
  }
}
