import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { parsePage } from '../common/views/pagination';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { archiveFeed, archivePage, issuePage } from './archive.presenter';
import { ArchiveService } from './archive.service';
import { pageLocale } from '../common/http/responses';

/** The public JEPzine archive: the list with the subscribe form, each issue's web version, the feed. */
@Controller('jepzine')
export class ArchiveController {
  constructor(
    private readonly archive: ArchiveService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  async list(@Query('pagina') pagina: unknown, @Res() res: Response) {
    const page = parsePage(pagina);
    const { issues, total } = await this.archive.list(page);
    res.render('newsletter/archive', archivePage({ issues, total, page, locale: pageLocale(res) }));
  }

  /** Declared before `:slug`, which would otherwise take "feed.xml" for an issue's address. */
  @Get('feed.xml')
  @Public()
  async feed(@Res() res: Response) {
    const issues = await this.archive.recent();
    res
      .type('application/atom+xml; charset=utf-8')
      .setHeader('Cache-Control', 'public, max-age=300');
    res.send(archiveFeed(issues, this.config.baseUrl, new Date()));
  }

  @Get(':slug')
  @Public()
  async issue(@Param('slug') slug: string, @Res() res: Response) {
    const found = await this.archive.issue(slug);
    res.render('newsletter/issue', issuePage(found, this.config.baseUrl, pageLocale(res)));
  }
}
