import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { LOCALES } from '../common/i18n/i18n';
import { GeoService } from '../geo/geo.service';
import { profileValues, sectorOptions } from './account.presenter';
import { ChangeEmailDto } from './dto/change-email.dto';
import { ChangePasswordDto } from './dto/change-password.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { ProfileService } from './profile.service';

/** The signed-in user's own account pages under /mijn. */
@Controller()
export class ProfileController {
  constructor(
    private readonly profiles: ProfileService,
    private readonly geo: GeoService,
  ) {}

  async profileModel(req: Request) {
    const user = await this.profiles.get(req.user!.id);
    return {
      pageTitle: 'accounts.profile.title',
      email: user.email,
      provinces: await this.geo.provinceGroups(),
      sectors: sectorOptions(),
      locales: LOCALES.map((value) => ({ value, label: `locale.${value}` })),
    };
  }

  @Get('mijn/profiel')
  @Authenticated()
  async profileForm(@Req() req: Request, @Res() res: Response) {
    const user = await this.profiles.get(req.user!.id);
    res.render('accounts/profile', {
      ...(await this.profileModel(req)),
      values: profileValues(user),
    });
  }

  @Post('mijn/profiel')
  @Authenticated()
  @FormPage<ProfileController>('accounts/profile', (c, req) => c.profileModel(req))
  async updateProfile(@Body() dto: UpdateProfileDto, @Req() req: Request, @Res() res: Response) {
    await this.profiles.update(req.user!.id, dto);
    flash(req, 'success', 'accounts.profile.saved');
    res.redirect(303, '/mijn/profiel');
  }

  @Get('mijn/wachtwoord')
  @Authenticated()
  passwordForm(@Res() res: Response) {
    res.render('accounts/change-password', { pageTitle: 'accounts.password.title' });
  }

  @Post('mijn/wachtwoord')
  @Authenticated()
  @FormPage('accounts/change-password', () => ({ pageTitle: 'accounts.password.title' }))
  async changePassword(@Body() dto: ChangePasswordDto, @Req() req: Request, @Res() res: Response) {
    await this.profiles.changePassword(req.user!.id, dto, req.sessionID);
    flash(req, 'success', 'accounts.password.changed');
    res.redirect(303, '/mijn/profiel');
  }

  @Get('mijn/e-mailadres')
  @Authenticated()
  emailForm(@Req() req: Request, @Res() res: Response) {
    res.render('accounts/change-email', {
      pageTitle: 'accounts.email.title',
      currentEmail: req.user!.email,
      values: {},
    });
  }

  @Post('mijn/e-mailadres')
  @Authenticated()
  @FormPage('accounts/change-email', (_c, req) => ({
    pageTitle: 'accounts.email.title',
    currentEmail: req.user!.email,
  }))
  async changeEmail(@Body() dto: ChangeEmailDto, @Req() req: Request, @Res() res: Response) {
    const newEmail = await this.profiles.requestEmailChange(req.user!.id, dto);
    flash(req, 'info', 'accounts.email.sent', { email: newEmail });
    res.redirect(303, '/mijn/profiel');
  }

  @Get('e-mailadres/bevestigen/:token')
  @Public()
  async confirmEmail(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    await this.profiles.confirmEmailChange(token);
    flash(req, 'success', 'accounts.email.changed');
    res.redirect(303, req.user ? '/mijn/profiel' : '/inloggen');
  }
}
