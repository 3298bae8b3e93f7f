import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authenticated, GuestOnly } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { safeLocalPath } from '../common/http/safe-redirect';
import { LoginDto } from './dto/login.dto';
import { AuthenticationService } from './authentication.service';
import { PassportProvider } from './passport.provider';
import { beginPendingLogin, rememberUserAgent } from '../two-factor/two-factor-session';
import { authenticateLocal, logIn, logOut } from './passport.setup';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { sessionCookieName } from './session.config';

@Controller()
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly passport: PassportProvider,
    private readonly auth: AuthenticationService,
  ) {}

  loginModel(req: Request) {
    const terug = safeLocalPath(req.query.terug, '');
    return {
      pageTitle: 'accounts.login.title',
      action: terug ? `/inloggen?terug=${encodeURIComponent(terug)}` : '/inloggen',
      registerHref: terug ? `/registreren?terug=${encodeURIComponent(terug)}` : '/registreren',
    };
  }

  @Get('inloggen')
  @GuestOnly()
  loginForm(@Req() req: Request, @Res() res: Response, @Query('uitgelogd') loggedOut?: string) {
    res.render('accounts/login', { ...this.loginModel(req), loggedOut: loggedOut === '1' });
  }

  @Post('inloggen')
  @GuestOnly()
  @FormPage<AuthController>('accounts/login', (c, req) => c.loginModel(req))
  async login(@Body() _dto: LoginDto, @Req() req: Request, @Res() res: Response) {
    const user = await authenticateLocal(this.passport.instance, req, res);
    const next = await this.auth.secondStep(user);
    if (next === 'code') {
      // Two-factor login: not signed in until the code (the session id is renewed twice).
      await beginPendingLogin(req, user.id, safeLocalPath(req.query.terug, ''));
      res.redirect(303, '/inloggen/code');
      return;
    }
    await logIn(req, user);
    rememberUserAgent(req);
    if (next === 'setup') {
      req.session.twoFactorSetupRequired = true;
      flash(req, 'warning', 'twoFactor.setup.requiredFlash');
      res.redirect(303, '/mijn/tweestapsverificatie');
      return;
    }
    flash(req, 'success', 'accounts.login.welcome', { name: user.name });
    const fallback = user.role === 'staff' || user.role === 'admin' ? '/beheer' : '/mijn';
    res.redirect(303, safeLocalPath(req.query.terug, fallback));
  }

  @Post('uitloggen')
  @Authenticated()
  async logout(@Req() req: Request, @Res() res: Response) {
    await logOut(req);
    res.clearCookie(sessionCookieName(this.config), { path: '/' });
    res.redirect(303, '/inloggen?uitgelogd=1');
  }
}
