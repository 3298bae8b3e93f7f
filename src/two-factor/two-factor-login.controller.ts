import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { logIn, toRequestUser } from '../accounts/passport.setup';
import { GuestOnly } from '../common/access/access.decorators';
import { FormPage } from '../common/forms/form-page.decorator';
import { flash } from '../common/http/flash';
import { CodeDto } from './dto/code.dto';
import { pendingLogin, rememberUserAgent } from './two-factor-session';
import { TwoFactorService } from './two-factor.service';

const CODE_VIEW = 'two-factor/login-code';

/** The second step of a login: the password was right, now a code from the app or a recovery code. */
@Controller()
export class TwoFactorLoginController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  codeModel() {
    return { pageTitle: 'twoFactor.login.title', values: { code: '' } };
  }

  @Get('inloggen/code')
  @GuestOnly()
  form(@Req() req: Request, @Res() res: Response) {
    if (!pendingLogin(req)) return this.expired(req, res);
    res.render(CODE_VIEW, this.codeModel());
  }

  @Post('inloggen/code')
  @GuestOnly()
  @FormPage<TwoFactorLoginController>(CODE_VIEW, (c) => c.codeModel())
  async verify(@Body() dto: CodeDto, @Req() req: Request, @Res() res: Response) {
    const pending = pendingLogin(req);
    if (!pending) return this.expired(req, res);
    const user = await this.twoFactor.verifyLogin(pending.userId, dto.code);
    // passport renews the session id and drops the pending state with the old session
    await logIn(req, toRequestUser(user));
    rememberUserAgent(req);
    flash(req, 'success', 'accounts.login.welcome', { name: user.name });
    const fallback = user.role === 'staff' || user.role === 'admin' ? '/beheer' : '/mijn';
    res.redirect(303, pending.terug || fallback);
  }

  private expired(req: Request, res: Response) {
    if (req.session) delete req.session.twoFactorPending;
    flash(req, 'warning', 'twoFactor.login.expired');
    res.redirect(303, '/inloggen');
  }
}
