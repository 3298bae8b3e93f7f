import { Controller, Get, Inject, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { parseId } from '../common/http/params';
import { paginate, parsePage } from '../common/views/pagination';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { linkifiedText, mailRow } from './mailbox.presenter';
import { MAILBOX_PAGE_SIZE, MailboxService } from './mailbox.service';
import { MailTransport } from './mail-transport';

/** Admin: the local mailbox (all outgoing mail and its delivery state). */
@Controller('beheer/mailbox')
@Roles('admin')
export class MailboxController {
  constructor(
    private readonly mailbox: MailboxService,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async list(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const to =
      typeof query.aan === 'string' && query.aan.trim()
        ? query.aan.trim().slice(0, 254)
        : undefined;
    const page = parsePage(query.pagina);
    const [messages, total] = await this.mailbox.list({ to, page });
    res.render('admin/mailbox', {
      pageTitle: 'admin.mailbox.title',
      local: this.transport.kind === 'local',
      filter: { aan: to ?? '' },
      messages: messages.map((m) => mailRow(m, res.locals.locale as string)),
      pagination: paginate('/beheer/mailbox', { aan: to }, page, MAILBOX_PAGE_SIZE, total),
    });
  }

  @Get(':id')
  async show(@Param('id') id: string, @Res() res: Response) {
    const message = await this.mailbox.get(parseId(id));
    if (!message) throw new NotFoundException();
    res.render('admin/mail', {
      pageTitle: 'admin.mail.title',
      mail: mailRow(message, res.locals.locale as string),
      // Escaped by linkifiedText; the view outputs it raw ({{{body}}}).
      body: linkifiedText(message.bodyText, this.config.baseUrl),
    });
  }
}
