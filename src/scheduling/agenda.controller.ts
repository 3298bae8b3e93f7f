import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../common/access/access.decorators';
import { isLocale, Locale } from '../common/i18n/i18n';
import {
  agendaPage,
  agendaPeriod,
  editionRow,
  parseAgendaQuery,
  parseEditionQuery,
  statusOptions,
} from './agenda.presenter';
import { AgendaService, EDITIONS_PAGE_SIZE } from './agenda.service';
import { paginate, parsePage } from '../common/views/pagination';
import { amsterdamDate } from './calendar';

const localeOf = (res: Response): Locale =>
  isLocale(res.locals.locale) ? res.locals.locale : 'nl';

/** The staff area's home: the agenda of all meetings (month or week); and the list of editions. */
@Controller('beheer')
@Roles('staff')
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @Get()
  async home(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const today = amsterdamDate(new Date());
    const options = await this.agenda.filterOptions();
    const q = parseAgendaQuery(query, today, options);
    const { from, to } = agendaPeriod(q);
    const meetings = await this.agenda.meetings(from, to, q.filter);
    // trainer names only in the week view: one query for all its editions
    const trainers =
      q.view === 'week'
        ? await this.agenda.trainerNames(meetings.map((m) => m.edition.id))
        : undefined;
    res.render('agenda/index', {
      pageTitle: 'admin.title',
      ...agendaPage({ query: q, today, meetings, trainers, options, locale: localeOf(res) }),
    });
  }

  @Get('uitvoeringen')
  async editions(@Query() query: Record<string, unknown>, @Res() res: Response) {
    const offerings = await this.agenda.offeringOptions();
    const filter = parseEditionQuery(query, offerings);
    const page = parsePage(query.pagina);
    const { editions, total } = await this.agenda.editionsPage(filter, page);
    const locale = localeOf(res);
    res.render('agenda/editions', {
      pageTitle: 'agenda.editions.title',
      filter: {
        status: filter.status ?? '',
        aanbod: filter.offeringId ? String(filter.offeringId) : '',
        alles: !filter.upcomingOnly,
      },
      statuses: statusOptions(),
      offerings: offerings.map((o) => ({ value: String(o.id), label: o.title })),
      editions: editions.map((e) => editionRow(e, locale)),
      total,
      pagination: paginate(
        '/beheer/uitvoeringen',
        {
          status: filter.status,
          aanbod: filter.offeringId ? String(filter.offeringId) : undefined,
          alles: filter.upcomingOnly ? undefined : '1',
        },
        page,
        EDITIONS_PAGE_SIZE,
        total,
      ),
    });
  }
}
