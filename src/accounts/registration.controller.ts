import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GuestOnly, Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { GeoService } from '../geo/geo.service';
import { RegisterDto } from './dto/register.dto';
import { RegistrationService } from './registration.service';
import { sectorOptions } from './account.presenter';

@Controller()
export class RegistrationController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly geo: GeoService,
  ) {}

  async registerModel() {
    return {
      pageTitle: 'accounts.register.title',
      provinces: await this.geo.provinceGroups(),
      sectors: sectorOptions(),
    };
  }

  @Get('registreren')
  @GuestOnly()
  async registerForm(@Res() res: Response) {
    res.render('accounts/register', { ...(await this.registerModel()), values: {} });
  }

  @Post('registreren')
  @GuestOnly()
  @FormPage<RegistrationController>('accounts/register', (c) => c.registerModel())
  async register(@Body() dto: RegisterDto, @Res() res: Response) {
    await this.registration.register(dto, res.locals.locale as string);
    res.redirect(303, '/registreren/controleer-je-e-mail');
  }

  @Get('registreren/controleer-je-e-mail')
  @Public()
  checkMail(@Res() res: Response) {
    res.render('accounts/check-mail', { pageTitle: 'accounts.checkMail.title' });
  }

  @Get('account/bevestigen/:token')
  @Public()
  async verify(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    await this.registration.verifyEmail(token);
    flash(req, 'success', 'accounts.verified');
    res.redirect(303, req.user ? '/mijn' : '/inloggen');
  }
}
