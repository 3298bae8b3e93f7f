import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/access/access.decorators';
import { pageLocale } from '../common/http/responses';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AccessibilityCheckReader } from './accessibility-check.reader';
import { RetentionService } from './retention.service';
import { accessibilityPage, privacyPage } from './statements.presenter';

/** The statements the law asks for: the privacy statement and the accessibility statement. */
@Controller()
export class StatementsController {
  constructor(
    private readonly retention: RetentionService,
    private readonly accessibilityCheck: AccessibilityCheckReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Generated from the retention kinds and their current periods. */
  @Get('privacy')
  @Public()
  async privacy(@Res() res: Response) {
    res.render('statements/privacy', privacyPage(await this.retention.periods(), pageLocale(res)));
  }

  @Get('toegankelijkheid')
  @Public()
  async accessibility(@Res() res: Response) {
    res.render(
      'statements/accessibility',
      accessibilityPage(await this.accessibilityCheck.read(), this.config.baseUrl, pageLocale(res)),
    );
  }
}
