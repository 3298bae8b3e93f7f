import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { pageLocale } from '../common/http/responses';
import { CodeDto } from './dto/code.dto';
import { DisableTwoFactorDto } from './dto/disable.dto';
import './two-factor-session';
import { recoveryCodesPage, setupPage } from './two-factor.presenter';
import { TwoFactorService } from './two-factor.service';

const SETUP_VIEW = 'two-factor/setup';
const RECOVERY_PATH = '/mijn/tweestapsverificatie/herstelcodes';

/** Setting up, checking and turning off two-factor login; the recovery codes. */
@Controller()
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  async setupModel(req: Request) {
    const state = await this.twoFactor.setupState(req.user!);
    return setupPage(state, pageLocale(req.res!));
  }

  @Get('mijn/tweestapsverificatie')
  @Authenticated()
  async page(@Req() req: Request, @Res() res: Response) {
    res.render(SETUP_VIEW, await this.setupModel(req));
  }

  @Post('mijn/tweestapsverificatie')
  @Authenticated()
  @FormPage<TwoFactorController>(SETUP_VIEW, (c, req) => c.setupModel(req))
  async confirm(@Body() dto: CodeDto, @Req() req: Request, @Res() res: Response) {
    req.session.twoFactorRecoveryCodes = await this.twoFactor.confirmSetup(req.user!, dto.code);
    delete req.session.twoFactorSetupRequired;
    flash(req, 'success', 'twoFactor.setup.enabled');
    res.redirect(303, RECOVERY_PATH);
  }

  @Get('mijn/tweestapsverificatie/herstelcodes')
  @Authenticated()
  recoveryCodes(@Req() req: Request, @Res() res: Response) {
    const codes = req.session.twoFactorRecoveryCodes;
    delete req.session.twoFactorRecoveryCodes;
    res.setHeader('Cache-Control', 'no-store');
    res.render('two-factor/recovery-codes', recoveryCodesPage(codes));
  }

  @Post('mijn/tweestapsverificatie/herstelcodes')
  @Authenticated()
  @FormPage<TwoFactorController>(SETUP_VIEW, (c, req) => c.setupModel(req))
  async regenerate(@Body() dto: CodeDto, @Req() req: Request, @Res() res: Response) {
    req.session.twoFactorRecoveryCodes = await this.twoFactor.regenerateRecoveryCodes(
      req.user!,
      dto.code,
    );
    flash(req, 'success', 'twoFactor.regenerate.done');
    res.redirect(303, RECOVERY_PATH);
  }

  @Post('mijn/tweestapsverificatie/uitschakelen')
  @Authenticated()
  @FormPage<TwoFactorController>(SETUP_VIEW, (c, req) => c.setupModel(req))
  async disable(@Body() dto: DisableTwoFactorDto, @Req() req: Request, @Res() res: Response) {
    await this.twoFactor.disable(req.user!, dto.password, dto.code);
    flash(req, 'success', 'twoFactor.disable.done');
    res.redirect(303, '/mijn/tweestapsverificatie');
  }
}
