import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GuestOnly, Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { safeLocalPath } from '../common/http/safe-redirect';
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

  /** `terug`: where to come back to after confirming the address (e.g. the edition one wanted). */
  async registerModel(req: Request) {
    const terug = safeLocalPath(req.query.terug, '');
    return {
      pageTitle: 'accounts.register.title',
      action: terug ? `/registreren?terug=${encodeURIComponent(terug)}` : '/registreren',
      loginHref: terug ? `/inloggen?terug=${encodeURIComponent(terug)}` : '/inloggen',
      provinces: await this.geo.provinceGroups(),
      sectors: sectorOptions(),
    };
  }

  @Get('registreren')
  @GuestOnly()
  async registerForm(@Req() req: Request, @Res() res: Response) {
    res.render('accounts/register', { ...(await this.registerModel(req)), values: {} });
  }

  @Post('registreren')
  @GuestOnly()
  @FormPage<RegistrationController>('accounts/register', (c, req) => c.registerModel(req))
  async register(@Body() dto: RegisterDto, @Req() req: Request, @Res() res: Response) {
    await this.registration.register(
      dto,
      res.locals.locale as string,
      safeLocalPath(req.query.terug, '') || null,
    );
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
    const terug = safeLocalPath(req.query.terug, '');
    if (req.user) res.redirect(303, terug || '/mijn');
    else res.redirect(303, terug ? `/inloggen?terug=${encodeURIComponent(terug)}` : '/inloggen');
  }
}
